import { buildReport, roomFile, type RoomState } from '@roundtable/shared';
import { renderCsvZip } from './csv.ts';
import { renderDocx } from './docx.ts';
import { renderMarkdown } from './markdown.ts';
import { renderPdf } from './pdf.ts';
import { reportFileName } from './reportHeading.ts';

export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(value);
}

/** A file ready to send: its bytes, content type and name. */
export interface ExportFile {
  body: Buffer | Uint8Array | string;
  contentType: string;
  fileName: string;
}

/**
 * A room in one format. Every report format is drawn from the same report model; the JSON file
 * is the whole room (names and all), for restoring it or starting a new meeting from it.
 */
export async function exportRoom(state: RoomState, format: ExportFormat, options: { includeNames: boolean; now: number }): Promise<ExportFile> {
  const report = buildReport(state, options);
  switch (format) {
    case 'docx':
      return {
        body: await renderDocx(report),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: reportFileName(report, 'docx'),
      };
    case 'pdf':
      return { body: await renderPdf(report), contentType: 'application/pdf', fileName: reportFileName(report, 'pdf') };
    case 'md':
      return { body: renderMarkdown(report), contentType: 'text/markdown; charset=utf-8', fileName: reportFileName(report, 'md') };
    case 'csv':
      return { body: renderCsvZip(report), contentType: 'application/zip', fileName: reportFileName(report, 'csv.zip') };
    case 'json':
      return { body: JSON.stringify(roomFile(state, options.now)), contentType: 'application/json; charset=utf-8', fileName: reportFileName(report, 'json') };
  }
}
