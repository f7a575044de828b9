import type { Report, ReportTable } from '@roundtable/shared';
import { strToU8, zipSync } from 'fflate';

/** Characters a spreadsheet may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, safe to open in a spreadsheet: text that could start a formula gets a leading `'`
 * (the usual neutraliser), and every cell is quoted as RFC 4180 says.
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A table as CSV: a header row, then one row per line, CRLF line ends, UTF-8 with a byte order mark for spreadsheets. */
export function tableCsv(table: ReportTable): string {
  const lines = [table.columns, ...table.rows].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every table of the report, one CSV file each, named after the table. */
export function csvFiles(report: Report): Record<string, string> {
  const files: Record<string, string> = {};
  for (const section of report.sections) {
    for (const block of section.blocks) if (block.kind === 'table') files[`${block.name}.csv`] = tableCsv(block);
  }
  return files;
}

/** The CSV files in one zip. */
export function renderCsvZip(report: Report): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(csvFiles(report))) entries[name] = strToU8(text);
  return zipSync(entries, { level: 6 });
}
