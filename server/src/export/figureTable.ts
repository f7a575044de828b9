import { figureEntryText, type ReportFigure, type ReportTable } from '@roundtable/shared';

/**
 * A figure as a two-by-two table, for formats given no picture: a column per side across, a row
 * per side up, each cell the entries of that area with their mark in words.
 */
export function figureTable(figure: ReportFigure): ReportTable {
  const cell = (index: number) => {
    const entries = figure.areas[index]?.entries ?? [];
    return entries.length ? entries.map((entry) => figureEntryText(figure, entry)).join('\n') : 'Nobody';
  };
  return {
    kind: 'table',
    name: 'figure',
    caption: figure.caption,
    columns: ['', figure.sides.left, figure.sides.right],
    rows: [
      [figure.sides.top, cell(0), cell(1)],
      [figure.sides.bottom, cell(2), cell(3)],
    ],
  };
}

/** The sentence after the table that gives the picture in words. */
export function figureInWords(figure: ReportFigure): string {
  return `The picture in words: ${figure.alt}`;
}
