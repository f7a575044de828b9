import { CHAR_WIDTH_EM, charsFitting } from './fitText.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the boxes of one part of the tree are sized. All lengths are in the drawing's units. */
export interface GridRule {
  /** Space between boxes. */
  gap: number;
  /** Height of a box in font sizes: its lines, their spacing and its padding. */
  heightInFonts: number;
  /** Fewest characters a line must hold, so a word or two always reads. */
  minChars: number;
  /** The largest font: a few boxes stay a comfortable size instead of filling the area. */
  maxFont: number;
  /** Inner padding on each side, in font sizes. */
  paddingInFonts: number;
}

export interface GridFit {
  fontSize: number;
  /** Top-left corners and sizes, in reading order: left to right, then down. */
  cells: Box[];
  /** Characters that fit on one line of a box. */
  charsPerLine: number;
}

/**
 * `count` boxes laid out in a grid inside `area`, with the number of columns that gives the
 * largest font. Every box is the same size, none overlap, and the grid sits centred in the area.
 */
export function gridFit(count: number, area: Box, rule: GridRule): GridFit {
  if (count === 0) return { fontSize: rule.maxFont, cells: [], charsPerLine: 0 };
  let best = { columns: 1, fontSize: 0 };
  for (let columns = 1; columns <= count; columns += 1) {
    const rows = Math.ceil(count / columns);
    const cellWidth = (area.width - rule.gap * (columns - 1)) / columns;
    const cellHeight = (area.height - rule.gap * (rows - 1)) / rows;
    if (cellWidth <= 0) break;
    if (cellHeight <= 0) continue;
    const byHeight = cellHeight / rule.heightInFonts;
    const byWidth = cellWidth / (rule.minChars * CHAR_WIDTH_EM + rule.paddingInFonts * 2);
    const fontSize = Math.min(byHeight, byWidth, rule.maxFont);
    if (fontSize > best.fontSize) best = { columns, fontSize };
  }
  const { columns, fontSize } = best;
  const rows = Math.ceil(count / columns);
  // Boxes no wider than they need for a comfortable line, so three notes do not span the screen.
  const widest = (area.width - rule.gap * (columns - 1)) / columns;
  const width = Math.min(widest, fontSize * CHAR_WIDTH_EM * rule.minChars * 2.2 + fontSize * rule.paddingInFonts * 2);
  const height = fontSize * rule.heightInFonts;
  const gridWidth = columns * width + (columns - 1) * rule.gap;
  const gridHeight = rows * height + (rows - 1) * rule.gap;
  const left = area.x + (area.width - gridWidth) / 2;
  const top = area.y + (area.height - gridHeight) / 2;
  const cells: Box[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = Math.floor(index / columns);
    const inRow = row === rows - 1 ? count - row * columns : columns;
    // The last row, if short, is centred under the others.
    const rowLeft = left + ((columns - inRow) * (width + rule.gap)) / 2;
    cells.push({ x: rowLeft + (index % columns) * (width + rule.gap), y: top + row * (height + rule.gap), width, height });
  }
  return { fontSize, cells, charsPerLine: charsFitting(width - fontSize * rule.paddingInFonts * 2, fontSize) };
}

/** Whether two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
