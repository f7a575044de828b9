import type { Report } from '@roundtable/shared';

/** The words at the top of every format: the title, then which meeting and when. */
export function reportHeading(report: Report): { title: string; subtitle: string } {
  return {
    title: report.title,
    subtitle: `Report of meeting ${report.meetingNumber}, ${report.date}. Made on ${report.madeOn}.`,
  };
}

/** A file name for the report: the title's letters and digits, the meeting and its date. */
export function reportFileName(report: Report, extension: string): string {
  const slug =
    report.title
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'workshop';
  return `${slug}-meeting-${report.meetingNumber}-${report.isoDate}.${extension}`;
}
