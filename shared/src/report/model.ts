/**
 * A meeting's report as plain data: headings, paragraphs, lists and tables, in reading order.
 * Every export format and the participant summary page are drawn from this one model, so they
 * all say the same thing. It holds no member ids, and names only when the facilitator chose them.
 */

/** One piece of a section, in reading order. */
export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a section (one level below the section's own). */
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] }
  | ReportTable;

/** A table with a header row. `name` is file-safe and unique in the report (a CSV file's name). */
export interface ReportTable {
  kind: 'table';
  name: string;
  caption: string;
  columns: string[];
  rows: string[][];
}

/** What one tool made, or the meeting's own details (`id: 'meeting'`). */
export interface ReportSection {
  /** File-safe: `meeting`, or the tool's id. */
  id: string;
  heading: string;
  blocks: ReportBlock[];
}

export interface Report {
  title: string;
  meetingNumber: number;
  /** The day the meeting's room was opened, as a reader writes it: "12 March 2026". */
  date: string;
  /** The same day as `YYYY-MM-DD`, for file names. */
  isoDate: string;
  /** The day the report was made. */
  madeOn: string;
  /** How many people joined from a phone. Never who, unless `namesIncluded`. */
  participants: number;
  namesIncluded: boolean;
  sections: ReportSection[];
}

export interface ReportOptions {
  /** Show the names people gave. Off by default in every export and the summary. */
  includeNames: boolean;
  /** Milliseconds since the Unix epoch: when the report is made (a turn still going counts up to it). */
  now: number;
}

/** What a tool's section module needs besides the state. */
export interface SectionContext extends ReportOptions {
  /** The name a reader sees for a person: their own name when names are included, else a plain stand-in. */
  nameOf(name: string | null): string;
}

/** Shown in place of a name when names are left out, or when someone gave none. */
export const NAME_NOT_SHOWN = 'Name not shown';
