import type { Report, ReportBlock, ReportTable } from '@roundtable/shared';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { figureInWords, figureTable } from './figureTable.ts';
import { reportHeading } from './reportHeading.ts';
import { treeFigureBlocks } from './treeFigureWords.ts';

const LANGUAGE = 'en-GB';

/** A cell's text, with each line as its own paragraph (Word has no line breaks inside one run otherwise). */
function cellParagraphs(text: string, bold: boolean): Paragraph[] {
  const lines = text.split(/\r?\n/);
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

/** A real Word table: the header row marked as a repeating header, so it shows on every page and screen readers know it. */
function wordTable(table: ReportTable): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((column) => new TableCell({ children: cellParagraphs(column, true) })),
  });
  const rows = table.rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: cellParagraphs(cell, false) })) }));
  return [
    new Paragraph({ style: 'Caption', children: [new TextRun(table.caption)] }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ children: [] }),
  ];
}

function blockContent(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return cellParagraphs(block.text, false);
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, text: block.text })];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, text: item }));
    case 'table':
      return wordTable(block);
    case 'figure':
      // A table rather than an image: it stays readable by screen readers, editable and the same in every Word.
      return [...wordTable(figureTable(block)).slice(0, -1), ...cellParagraphs(figureInWords(block), false), new Paragraph({ children: [] })];
    case 'treeFigure':
      return treeFigureBlocks(block).flatMap(blockContent);
  }
}

/** The report as a Word document: Heading 1 for the title, Heading 2 per section, Heading 3 inside. */
export async function renderDocx(report: Report): Promise<Buffer> {
  const head = reportHeading(report);
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: head.title }), new Paragraph({ text: head.subtitle })];
  for (const section of report.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: section.heading }));
    for (const block of section.blocks) children.push(...blockContent(block));
  }
  const document = new Document({
    title: head.title,
    description: head.subtitle,
    creator: 'Roundtable',
    styles: { default: { document: { run: { language: { value: LANGUAGE } } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
