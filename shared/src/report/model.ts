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
  | ReportTable
  | ReportFigure
  | ReportTreeFigure;

/** A table with a header row. `name` is file-safe and unique in the report (a CSV file's name). */
export interface ReportTable {
  kind: 'table';
  name: string;
  caption: string;
  columns: string[];
  rows: string[][];
}

/**
 * A picture of four areas in a two-by-two square, drawn from data: the stakeholders' influence map.
 * Each format draws it or, where it cannot, gives it as a two-by-two table; every format gives
 * `alt`, the whole picture in words, for anyone who cannot see it.
 */
export interface ReportFigure {
  kind: 'figure';
  caption: string;
  alt: string;
  /** The words at each side of the square: what rises going up, and going right. */
  sides: { top: string; bottom: string; left: string; right: string };
  /** The four areas in reading order: top left, top right, bottom left, bottom right. */
  areas: FigureArea[];
  /** What a marked entry means, in words a reader sees beside it ("not yet involved"). */
  markedMeans: string;
}

export interface FigureArea {
  label: string;
  entries: { text: string; marked: boolean }[];
  /** The area the group most needs to look at, drawn so it stands out. */
  stressed: boolean;
}

/** An entry as text, its mark in words: "Funders (not yet involved)". */
export function figureEntryText(figure: ReportFigure, entry: FigureArea['entries'][number]): string {
  return entry.marked ? `${entry.text} (${figure.markedMeans})` : entry.text;
}

/**
 * A picture of a tree drawn from data: the values tree. The roots (every value people wrote) at the
 * bottom, the trunk branching into the themes the group sorted them into, and the shared values as
 * leaves at the top. Formats that cannot draw give it as lists; every format gives `alt`.
 */
export interface ReportTreeFigure {
  kind: 'treeFigure';
  caption: string;
  alt: string;
  /** How many values were written (the roots), and how many of them are in no theme. */
  roots: { written: number; unsorted: number };
  /** The themes in the group's order; `votes` is null while the totals are not shown. */
  themes: { name: string; values: number; votes: number | null }[];
  /** The shared values, each with the names of the themes it grew from. */
  leaves: { text: string; from: string[] }[];
}

/** A theme of the tree as a reader sees it: "Care: 5 values, 8 votes" (no votes while they are hidden). */
export function treeThemeText(theme: ReportTreeFigure['themes'][number]): string {
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return `${theme.name}: ${count(theme.values, 'value')}${theme.votes === null ? '' : `, ${count(theme.votes, 'vote')}`}`;
}

/** Where a shared value grew from, in words: "from Care and Truth", or "" when from no theme. */
export function treeLeafFrom(leaf: ReportTreeFigure['leaves'][number]): string {
  const names = leaf.from;
  if (!names.length) return '';
  return `from ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}`;
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
