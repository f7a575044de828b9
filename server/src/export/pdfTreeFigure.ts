import { treeLeafFrom, treeThemeText, type ReportTreeFigure } from '@roundtable/shared';
import { pdfSafeText } from './pdfText.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const INK = '#1a1a1a';
const LEAF_FILL = '#dcefd6';
const LEAF_LINE = '#2d6a2f';
const BARK = '#6b4a2b';
const PADDING = 6;
const GAP = 8;
const TRUNK_WIDTH = 26;
const TRUNK_HEIGHT = 30;
const LEAF_COLUMNS = 2;
const THEME_COLUMNS = 3;
/** The largest and smallest type; it shrinks only so the picture fits one page. */
const SIZES = [11, 10, 9, 8, 7];

interface Box {
  lines: { text: string; bold: boolean }[];
}

interface Layout {
  size: number;
  leaves: Box[];
  themes: Box[];
  height: number;
}

function leafBoxes(figure: ReportTreeFigure, shown: number): Box[] {
  const boxes = figure.leaves.slice(0, shown).map((leaf) => ({
    lines: [{ text: leaf.text, bold: true }, ...(leaf.from.length ? [{ text: treeLeafFrom(leaf), bold: false }] : [])],
  }));
  if (shown < figure.leaves.length) boxes.push({ lines: [{ text: `and ${figure.leaves.length - shown} more, in the list above`, bold: false }] });
  return boxes;
}

function themeBoxes(figure: ReportTreeFigure, shown: number): Box[] {
  const boxes = figure.themes.slice(0, shown).map((theme) => ({ lines: [{ text: treeThemeText(theme), bold: true }] }));
  if (shown < figure.themes.length) boxes.push({ lines: [{ text: `and ${figure.themes.length - shown} more, in the list above`, bold: false }] });
  return boxes;
}

function boxHeight(doc: Doc, box: Box, width: number, size: number): number {
  let height = 2 * PADDING;
  for (const line of box.lines) height += doc.font(line.bold ? BOLD : FONT).fontSize(size).heightOfString(pdfSafeText(line.text), { width: width - 2 * PADDING }) + 1;
  return height;
}

/** The height of each row of boxes laid out in `columns`. */
function rowHeights(doc: Doc, boxes: Box[], columns: number, width: number, size: number): number[] {
  const boxWidth = (width - (columns - 1) * GAP) / columns;
  const rows: number[] = [];
  boxes.forEach((box, index) => {
    const row = Math.floor(index / columns);
    rows[row] = Math.max(rows[row] ?? 0, boxHeight(doc, box, boxWidth, size));
  });
  return rows;
}

function measure(doc: Doc, figure: ReportTreeFigure, width: number, size: number, leaves: number, themes: number): Layout {
  const leafBoxesShown = leafBoxes(figure, leaves);
  const themeBoxesShown = themeBoxes(figure, themes);
  const band = (boxes: Box[], columns: number) => {
    const rows = rowHeights(doc, boxes, columns, width, size);
    return size + 6 + (rows.length ? rows.reduce((sum, row) => sum + row + GAP, 0) : size + GAP);
  };
  const height = band(leafBoxesShown, LEAF_COLUMNS) + band(themeBoxesShown, THEME_COLUMNS) + TRUNK_HEIGHT + 3 * (size + 4) + 12;
  return { size, leaves: leafBoxesShown, themes: themeBoxesShown, height };
}

/** The largest type at which the tree fits in `room`; at the smallest, leaves and themes beyond what fits are counted instead. */
function fit(doc: Doc, figure: ReportTreeFigure, width: number, room: number): Layout {
  let leaves = figure.leaves.length;
  let themes = figure.themes.length;
  let layout = measure(doc, figure, width, SIZES[0]!, leaves, themes);
  for (const size of SIZES) {
    layout = measure(doc, figure, width, size, leaves, themes);
    if (layout.height <= room) return layout;
  }
  while (layout.height > room && leaves + themes > 0) {
    if (leaves >= themes) leaves--;
    else themes--;
    layout = measure(doc, figure, width, layout.size, leaves, themes);
  }
  return layout;
}

/** A band of boxes in columns with its label above; returns where the band ends. */
function drawBand(doc: Doc, label: string, boxes: Box[], columns: number, x: number, top: number, width: number, size: number, leafy: boolean): number {
  doc.fillColor(INK).font(BOLD).fontSize(size).text(label, x, top, { width });
  let y = doc.y + 4;
  if (!boxes.length) {
    doc.font(FONT).text('None yet', x, y, { width });
    return doc.y + GAP;
  }
  const boxWidth = (width - (columns - 1) * GAP) / columns;
  const rows = rowHeights(doc, boxes, columns, width, size);
  rows.forEach((rowHeight, row) => {
    boxes.slice(row * columns, (row + 1) * columns).forEach((box, column) => {
      const boxX = x + column * (boxWidth + GAP);
      doc.save().lineWidth(1);
      if (leafy) doc.roundedRect(boxX, y, boxWidth, rowHeight, 8).fillAndStroke(LEAF_FILL, LEAF_LINE);
      else doc.rect(boxX, y, boxWidth, rowHeight).lineWidth(1.5).strokeColor(BARK).stroke();
      doc.restore();
      let textY = y + PADDING;
      for (const line of box.lines) {
        doc.fillColor(INK).font(line.bold ? BOLD : FONT).fontSize(size).text(pdfSafeText(line.text), boxX + PADDING, textY, { width: boxWidth - 2 * PADDING });
        textY = doc.y + 1;
      }
    });
    y += rowHeight + GAP;
  });
  return y;
}

/**
 * The values tree drawn with shapes and text, as one tagged Figure whose alternate text is the
 * whole tree in words: the shared values as leaves at the top, the themes below them, the trunk,
 * and the roots with how many values were written.
 */
export function drawTreeFigure(doc: Doc, parent: Struct, figure: ReportTreeFigure, caption: () => void): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const captionRoom = 2 * doc.currentLineHeight(true) + 8;
  let layout = fit(doc, figure, width, bottom - doc.page.margins.top - captionRoom);
  // The caption goes on the page with its picture.
  if (doc.y + captionRoom + layout.height > bottom) doc.addPage();
  caption();
  layout = fit(doc, figure, width, bottom - doc.y);
  const { size } = layout;
  const top = doc.y;
  parent.add(
    doc.struct('Figure', { alt: pdfSafeText(figure.alt) }, () => {
      const themesTop = drawBand(doc, 'Shared values (the leaves)', layout.leaves, LEAF_COLUMNS, left, top, width, size, true);
      const branchY = drawBand(doc, 'Themes (the branches)', layout.themes, THEME_COLUMNS, left, themesTop, width, size, false);
      const middle = left + width / 2;
      // The branches join the trunk, which grows down into the roots.
      doc.save().lineWidth(3).strokeColor(BARK).moveTo(left + width / 6, branchY).lineTo(left + (5 * width) / 6, branchY).stroke().restore();
      const columnWidth = (width - (THEME_COLUMNS - 1) * GAP) / THEME_COLUMNS;
      for (let column = 0; column < Math.min(THEME_COLUMNS, layout.themes.length); column++) {
        const x = left + column * (columnWidth + GAP) + columnWidth / 2;
        doc.save().lineWidth(2).strokeColor(BARK).moveTo(x, branchY).lineTo(x, branchY - GAP).stroke().restore();
      }
      doc.save().rect(middle - TRUNK_WIDTH / 2, branchY, TRUNK_WIDTH, TRUNK_HEIGHT).fill(BARK).restore();
      const rootsTop = branchY + TRUNK_HEIGHT;
      for (const spread of [-60, -30, 0, 30, 60]) {
        doc.save().lineWidth(2).strokeColor(BARK).moveTo(middle, rootsTop).quadraticCurveTo(middle + spread / 3, rootsTop + 8, middle + spread, rootsTop + 12).stroke().restore();
      }
      const { written, unsorted } = figure.roots;
      const rootsWords = `The roots: ${written} ${written === 1 ? 'value' : 'values'} written, ${unsorted} in no theme`;
      doc.fillColor(INK).font(BOLD).fontSize(size).text(rootsWords, left, rootsTop + 16, { width, align: 'center' });
    }),
  );
  doc.x = left;
  doc.y = Math.max(doc.y, top + layout.height);
  doc.moveDown(0.8);
}
