import { treeLeafFrom, treeThemeText, type ReportTreeFigure } from '@roundtable/shared';
import { FIGURE_LINE, FIGURE_PADDING, FIGURE_TEXT, FIGURE_WIDTH, wrapWords } from './figureLayout.ts';

const GAP = 10;
const THEME_COLUMNS = 2;
/** A wide average letter, so wrapped lines never run past their box. */
const LETTER = 0.6 * FIGURE_TEXT;
export const TRUNK_WIDTH = 28;
const TRUNK_HEIGHT = 40;

export interface TreeLine {
  text: string;
  /** Where the line's baseline sits. */
  y: number;
  bold: boolean;
}

export interface TreeBox {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: TreeLine[];
}

export interface TreeLayout {
  /** The band labels and any "none yet" words, drawn bold at the left. */
  labels: TreeLine[];
  leaves: TreeBox[];
  themes: TreeBox[];
  /** The bar the themes hang from, and where each column joins it. */
  branch: { y: number; from: number; to: number; joins: number[] };
  trunk: { x: number; y: number; height: number };
  /** The roots' words, centred under the trunk. */
  roots: TreeLine[];
  height: number;
}

/** Boxes of wrapped text in `columns`, rows as tall as their fullest box, from `top`. */
function boxesFrom(contents: { text: string; bold: boolean }[][], columns: number, top: number): { boxes: TreeBox[]; bottom: number } {
  const width = (FIGURE_WIDTH - (columns - 1) * GAP) / columns;
  const chars = Math.floor((width - 2 * FIGURE_PADDING) / LETTER);
  const wrapped = contents.map((lines) => lines.flatMap((line) => wrapWords(line.text, chars).map((text) => ({ text, bold: line.bold }))));
  const boxes: TreeBox[] = [];
  let y = top;
  for (let start = 0; start < wrapped.length; start += columns) {
    const row = wrapped.slice(start, start + columns);
    const height = 2 * FIGURE_PADDING + Math.max(...row.map((lines) => lines.length)) * FIGURE_LINE;
    row.forEach((lines, column) => {
      boxes.push({
        x: column * (width + GAP),
        y,
        width,
        height,
        lines: lines.map((line, index) => ({ ...line, y: y + FIGURE_PADDING + FIGURE_TEXT + index * FIGURE_LINE })),
      });
    });
    y += height + GAP;
  }
  return { boxes, bottom: y };
}

/** Where everything in the tree goes, top to bottom: the leaves, the themes on their branch, the trunk and the roots. */
export function layoutTree(figure: ReportTreeFigure): TreeLayout {
  const labels: TreeLine[] = [];
  let y = FIGURE_LINE;
  const band = (label: string, contents: { text: string; bold: boolean }[][], columns: number) => {
    labels.push({ text: label, y, bold: true });
    if (!contents.length) {
      labels.push({ text: 'None yet', y: y + FIGURE_LINE, bold: false });
      y += 2 * FIGURE_LINE + GAP;
      return [];
    }
    const { boxes, bottom } = boxesFrom(contents, columns, y + 8);
    y = bottom;
    return boxes;
  };
  const leaves = band(
    'Shared values (the leaves)',
    figure.leaves.map((leaf) => [{ text: leaf.text, bold: true }, ...(leaf.from.length ? [{ text: treeLeafFrom(leaf), bold: false }] : [])]),
    1,
  );
  const themes = band('Themes (the branches)', figure.themes.map((theme) => [{ text: treeThemeText(theme), bold: true }]), THEME_COLUMNS);
  const columnWidth = (FIGURE_WIDTH - (THEME_COLUMNS - 1) * GAP) / THEME_COLUMNS;
  const joins = themes.slice(0, THEME_COLUMNS).map((box) => box.x + columnWidth / 2);
  const branchY = y;
  const trunk = { x: FIGURE_WIDTH / 2 - TRUNK_WIDTH / 2, y: branchY, height: TRUNK_HEIGHT };
  const rootsY = branchY + TRUNK_HEIGHT + 16 + FIGURE_LINE;
  const { written, unsorted } = figure.roots;
  const rootsWords = `The roots: ${written} ${written === 1 ? 'value' : 'values'} written, ${unsorted} in no theme`;
  const roots = wrapWords(rootsWords, Math.floor(FIGURE_WIDTH / LETTER)).map((text, index) => ({ text, y: rootsY + index * FIGURE_LINE, bold: true }));
  return {
    labels,
    leaves,
    themes,
    branch: { y: branchY, from: FIGURE_WIDTH / 6, to: (5 * FIGURE_WIDTH) / 6, joins },
    trunk,
    roots,
    height: rootsY + roots.length * FIGURE_LINE,
  };
}
