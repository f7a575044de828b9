import { treeLeafFrom, treeThemeText, type ReportBlock, type ReportTreeFigure } from '@roundtable/shared';

/**
 * The values tree as words, for formats given no picture: its caption, the leaves, the themes and
 * the roots as lists from the top of the tree down, then the whole picture in words.
 */
export function treeFigureBlocks(figure: ReportTreeFigure): ReportBlock[] {
  const { roots } = figure;
  return [
    { kind: 'paragraph', text: figure.caption },
    { kind: 'paragraph', text: 'The leaves, our shared values:' },
    { kind: 'list', items: figure.leaves.length ? figure.leaves.map((leaf) => (leaf.from.length ? `${leaf.text} (${treeLeafFrom(leaf)})` : leaf.text)) : ['None yet'] },
    { kind: 'paragraph', text: 'The trunk, our themes:' },
    { kind: 'list', items: figure.themes.length ? figure.themes.map(treeThemeText) : ['None yet'] },
    { kind: 'paragraph', text: `The roots: ${roots.written} ${roots.written === 1 ? 'value' : 'values'} written, ${roots.unsorted} in no theme.` },
    { kind: 'paragraph', text: `The picture in words: ${figure.alt}` },
  ];
}
