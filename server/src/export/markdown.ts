import type { Report, ReportBlock } from '@roundtable/shared';
import { figureInWords, figureTable } from './figureTable.ts';
import { reportHeading } from './reportHeading.ts';
import { treeFigureBlocks } from './treeFigureWords.ts';

/** Backslash-escapes what Markdown would read as formatting, so people's words show as typed. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#+\-=]|\d+[.)])/gm, '$1\\$2')
    .replace(/\r?\n/g, '  \n');
}

function escapeCell(text: string): string {
  return escapeText(text).replace(/ {2}\n/g, '<br>');
}

function blockLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escapeText(block.text), ''];
    case 'subheading':
      return [`### ${escapeText(block.text)}`, ''];
    case 'list':
      return [...block.items.map((item) => `- ${escapeText(item)}`), ''];
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
      return [`*${escapeText(block.caption)}*`, '', row(block.columns), `|${block.columns.map(() => ' --- |').join('')}`, ...block.rows.map(row), ''];
    }
    case 'figure':
      // Markdown has no drawing of its own: the picture's four areas as a table, then in words.
      return [...blockLines(figureTable(block)), escapeText(figureInWords(block)), ''];
    case 'treeFigure':
      return treeFigureBlocks(block).flatMap(blockLines);
  }
}

/** The report as Markdown: one `##` section per tool, tables as pipe tables. */
export function renderMarkdown(report: Report): string {
  const head = reportHeading(report);
  const lines = [`# ${escapeText(head.title)}`, '', escapeText(head.subtitle), ''];
  for (const section of report.sections) {
    lines.push(`## ${escapeText(section.heading)}`, '');
    for (const block of section.blocks) lines.push(...blockLines(block));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
