import { type FigureArea, type ReportFigure } from '@roundtable/shared';
import { pdfSafeText } from './pdfText.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#1a1a1a';
const LINE = '#444444';
const STRESSED_FILL = '#fff1bf';
/** Room left of the square for the upward arrow. */
const ARROW_GUTTER = 16;
const PADDING = 8;
const MARKER_GAP = 12;
/** The largest and smallest type the entries are drawn in; it shrinks only so the picture fits one page. */
const ENTRY_SIZES = [11, 10, 9, 8, 7];

interface Layout {
  size: number;
  /** How many entries of each area are drawn; the rest are counted in words. */
  shown: number[];
  rowHeights: [number, number];
  height: number;
}

function entryLines(area: FigureArea, shown: number): string[] {
  const lines = area.entries.slice(0, shown).map((entry) => pdfSafeText(entry.text));
  if (shown < area.entries.length) lines.push(`and ${area.entries.length - shown} more, in the list above`);
  if (!area.entries.length) lines.push('Nobody');
  return lines;
}

function areaHeight(doc: Doc, area: FigureArea, shown: number, width: number, size: number): number {
  const textWidth = width - 2 * PADDING - MARKER_GAP;
  doc.font(BOLD).fontSize(size);
  let height = PADDING * 2 + doc.heightOfString(pdfSafeText(area.label), { width: width - 2 * PADDING }) + 4;
  doc.font(FONT).fontSize(size);
  for (const line of entryLines(area, shown)) height += doc.heightOfString(line, { width: textWidth }) + 2;
  return height;
}

/** Heights for the side words, the square's two rows, the arrow and the key. */
function measure(doc: Doc, figure: ReportFigure, width: number, size: number, shown: number[]): Layout {
  const half = (width - ARROW_GUTTER) / 2;
  const heights = figure.areas.map((area, index) => areaHeight(doc, area, shown[index] ?? 0, half, size));
  const rowHeights: [number, number] = [Math.max(heights[0] ?? 0, heights[1] ?? 0), Math.max(heights[2] ?? 0, heights[3] ?? 0)];
  const sides = 3 * (size + 6);
  return { size, shown, rowHeights, height: sides + rowHeights[0] + rowHeights[1] + size + 14 };
}

/** The largest type at which the picture fits in `room`; at the smallest, entries beyond what fits are counted instead. */
function fit(doc: Doc, figure: ReportFigure, width: number, room: number): Layout {
  const all = figure.areas.map((area) => area.entries.length);
  let layout = measure(doc, figure, width, ENTRY_SIZES[0]!, all);
  for (const size of ENTRY_SIZES) {
    layout = measure(doc, figure, width, size, all);
    if (layout.height <= room) return layout;
  }
  const shown = [...all];
  while (layout.height > room && shown.some((count) => count > 0)) {
    const fullest = shown.indexOf(Math.max(...shown));
    shown[fullest] = (shown[fullest] ?? 1) - 1;
    layout = measure(doc, figure, width, layout.size, shown);
  }
  return layout;
}

/** A filled dot for an entry, a ring for one marked (not yet involved), so the mark needs no colour. */
function marker(doc: Doc, x: number, y: number, size: number, marked: boolean): void {
  const radius = size * 0.28;
  doc.save().lineWidth(1).circle(x + radius, y + size * 0.45, radius);
  if (marked) doc.strokeColor(INK).stroke();
  else doc.fillColor(INK).fill();
  doc.restore();
}

function drawArea(doc: Doc, area: FigureArea, shown: number, box: { x: number; y: number; width: number; height: number }, size: number): void {
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(area.stressed ? 2.5 : 1);
  if (area.stressed) doc.fillAndStroke(STRESSED_FILL, LINE);
  else doc.strokeColor(LINE).stroke();
  doc.restore();
  let y = box.y + PADDING;
  doc.fillColor(INK).font(BOLD).fontSize(size).text(pdfSafeText(area.label), box.x + PADDING, y, { width: box.width - 2 * PADDING });
  y = doc.y + 4;
  doc.font(FONT).fontSize(size);
  const lines = entryLines(area, shown);
  lines.forEach((line, index) => {
    const entry = index < shown ? area.entries[index] : undefined;
    if (entry) marker(doc, box.x + PADDING, y, size, entry.marked);
    doc.fillColor(INK).text(line, box.x + PADDING + MARKER_GAP, y, { width: box.width - 2 * PADDING - MARKER_GAP });
    y = doc.y + 2;
  });
}

function arrow(doc: Doc, from: [number, number], to: [number, number]): void {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (turn: number): [number, number] => [x2 - 7 * Math.cos(angle + turn), y2 - 7 * Math.sin(angle + turn)];
  doc.save().lineWidth(1.5).strokeColor(INK).moveTo(x1, y1).lineTo(x2, y2).stroke();
  doc.polygon([x2, y2], head(0.45), head(-0.45)).fillColor(INK).fill().restore();
}

/**
 * The influence map drawn with lines and text, as one tagged Figure whose alternate text is the
 * whole picture in words: the four areas, the stakeholders in each, and a key for the mark.
 */
export function drawFigure(doc: Doc, parent: Struct, figure: ReportFigure, caption: () => void): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const pageRoom = bottom - doc.page.margins.top;
  const captionRoom = 2 * doc.currentLineHeight(true) + 8;
  let layout = fit(doc, figure, width, pageRoom - captionRoom);
  // The caption goes on the page with its picture.
  if (doc.y + captionRoom + layout.height > bottom) doc.addPage();
  caption();
  layout = fit(doc, figure, width, bottom - doc.y);
  const { size, shown, rowHeights } = layout;
  const top = doc.y;
  parent.add(
    doc.struct('Figure', { alt: pdfSafeText(figure.alt) }, () => {
      const squareX = left + ARROW_GUTTER;
      const half = (width - ARROW_GUTTER) / 2;
      doc.fillColor(INK).font(BOLD).fontSize(size).text(pdfSafeText(figure.sides.top), left, top, { width });
      const squareTop = doc.y + 4;
      figure.areas.forEach((area, index) => {
        const row = index < 2 ? 0 : 1;
        const y = row === 0 ? squareTop : squareTop + rowHeights[0];
        drawArea(doc, area, shown[index] ?? 0, { x: squareX + (index % 2) * half, y, width: half, height: rowHeights[row] }, size);
      });
      const squareBottom = squareTop + rowHeights[0] + rowHeights[1];
      arrow(doc, [left + 5, squareBottom], [left + 5, squareTop]);
      doc.fillColor(INK).font(BOLD).fontSize(size).text(pdfSafeText(figure.sides.bottom), left, squareBottom + 4, { width });
      const arrowY = doc.y + 4;
      arrow(doc, [squareX, arrowY], [squareX + 2 * half, arrowY]);
      const sidesY = arrowY + 4;
      doc.text(pdfSafeText(figure.sides.left), squareX, sidesY, { width: half });
      doc.text(pdfSafeText(figure.sides.right), squareX + half, sidesY, { width: half, align: 'right' });
      const keyY = doc.y + 6;
      marker(doc, squareX, keyY, size, true);
      doc.font(FONT).text(`A ring: ${pdfSafeText(figure.markedMeans)}`, squareX + MARKER_GAP, keyY, { width: width - ARROW_GUTTER - MARKER_GAP });
    }),
  );
  doc.x = left;
  doc.y = Math.max(doc.y, top + layout.height);
  doc.moveDown(0.8);
}
