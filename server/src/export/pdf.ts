import type { Report, ReportBlock, ReportTable } from '@roundtable/shared';
import PDFDocument from 'pdfkit';
import { drawFigure } from './pdfFigure.ts';
import { pdfSafeText } from './pdfText.ts';
import { reportHeading } from './reportHeading.ts';
import { drawTreeFigure } from './pdfTreeFigure.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type TableOptions = PDFKit.Mixins.TableOptionsWithData & { structParent: Struct };

const LANGUAGE = 'en-GB';
const MARGIN = 56;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = { h1: 22, h2: 16, h3: 13, body: 11, small: 9.5 };

/** Text in a structure element of its own (a heading or a paragraph), so a screen reader knows what it is. */
function tagged(doc: Doc, parent: Struct, type: 'H1' | 'H2' | 'H3' | 'P', text: string, font: string, size: number, gapAfter: number): void {
  parent.add(
    doc.struct(type, {}, () => {
      doc.font(font).fontSize(size).text(pdfSafeText(text), { lineGap: 2 });
    }),
  );
  doc.moveDown(gapAfter);
}

function list(doc: Doc, parent: Struct, items: string[]): void {
  const struct = doc.struct('L');
  parent.add(struct);
  doc.font(FONT).fontSize(SIZE.body).list(items.map(pdfSafeText), { structParent: struct, bulletRadius: 2, textIndent: 14, lineGap: 2 });
  struct.end();
  doc.moveDown(0.6);
}

/** Widths in points that give long text (a point, a meaning) more room than a number or a date. */
function columnWidths(doc: Doc, block: ReportTable): number[] {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const weights = block.columns.map((column, index) => {
    const lengths = [column, ...block.rows.slice(0, 50).map((row) => row[index] ?? '')].map((text) => Math.min(text.length, 60));
    return 6 + Math.max(...lengths);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => (weight / total) * width);
}

/** A real table: header cells marked TH with column scope, every cell in a TR, the caption before it. */
function table(doc: Doc, parent: Struct, block: ReportTable): void {
  tagged(doc, parent, 'P', block.caption, BOLD, SIZE.small, 0.2);
  const header = block.columns.map((column) => ({ text: pdfSafeText(column), type: 'TH' as const, scope: 'Column', font: { src: BOLD } }));
  const rows = block.rows.map((cells) => cells.map((cell) => pdfSafeText(cell)));
  // `structParent` and `scope` are pdfkit's, missing from its published types.
  const options: TableOptions = {
    structParent: parent,
    data: [header, ...rows],
    columnStyles: columnWidths(doc, block),
    defaultStyle: { padding: 4, border: 0.5, borderColor: '#666666' },
  };
  doc.font(FONT).fontSize(SIZE.small);
  doc.table(options);
  doc.moveDown(0.8);
}

function block(doc: Doc, parent: Struct, content: ReportBlock): void {
  switch (content.kind) {
    case 'paragraph':
      return tagged(doc, parent, 'P', content.text, FONT, SIZE.body, 0.5);
    case 'subheading':
      return tagged(doc, parent, 'H3', content.text, BOLD, SIZE.h3, 0.3);
    case 'list':
      return list(doc, parent, content.items);
    case 'table':
      return table(doc, parent, content);
    case 'figure':
      return drawFigure(doc, parent, content, () => tagged(doc, parent, 'P', content.caption, BOLD, SIZE.small, 0.3));
    case 'treeFigure':
      return drawTreeFigure(doc, parent, content, () => tagged(doc, parent, 'P', content.caption, BOLD, SIZE.small, 0.3));
  }
}

/**
 * The report as a tagged PDF on A4: a structure tree of headings, paragraphs, lists and tables,
 * its language and title set, and the title shown in the reader's window bar.
 */
export function renderPdf(report: Report): Promise<Buffer> {
  const head = reportHeading(report);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: LANGUAGE,
    displayTitle: true,
    info: { Title: pdfSafeText(head.title), Subject: pdfSafeText(head.subtitle), Creator: 'Roundtable' },
    font: FONT,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  tagged(doc, root, 'H1', head.title, BOLD, SIZE.h1, 0.3);
  tagged(doc, root, 'P', head.subtitle, FONT, SIZE.body, 1);
  for (const section of report.sections) {
    const part = doc.struct('Sect');
    root.add(part);
    tagged(doc, part, 'H2', section.heading, BOLD, SIZE.h2, 0.4);
    for (const content of section.blocks) block(doc, part, content);
    part.end();
  }
  root.end();
  doc.end();
  return done;
}
