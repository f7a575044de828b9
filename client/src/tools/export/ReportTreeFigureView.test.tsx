import type { ReportTreeFigure } from '@roundtable/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURE_WIDTH } from './figureLayout.ts';
import { ReportTreeFigureView } from './ReportTreeFigureView.tsx';
import { layoutTree, type TreeBox } from './treeFigureLayout.ts';

const FIGURE: ReportTreeFigure = {
  kind: 'treeFigure',
  caption: 'Our values tree',
  alt: 'A tree. At its roots, 4 values people wrote.',
  roots: { written: 4, unsorted: 1 },
  themes: [
    { name: 'Care', values: 2, votes: 3 },
    { name: 'Truth', values: 1, votes: null },
    { name: 'Getting to every meeting on time, whatever the bus', values: 1, votes: 0 },
  ],
  leaves: [
    { text: 'We are kind and honest with each other, even when it is hard to say', from: ['Care', 'Truth'] },
    { text: 'We listen first', from: [] },
  ],
};

afterEach(cleanup);

const overlaps = (a: TreeBox, b: TreeBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('ReportTreeFigureView', () => {
  it('is one picture named by the whole tree in words, with its caption, leaves, themes and roots drawn', () => {
    render(<ReportTreeFigureView figure={FIGURE} />);
    expect(screen.getByRole('img', { name: FIGURE.alt })).toBeTruthy();
    expect(screen.getByRole('figure', { name: 'Our values tree' })).toBeTruthy();
    const drawn = [...screen.getByRole('img').querySelectorAll('text')].map((line) => line.textContent).join(' ');
    for (const words of ['Shared values (the leaves)', 'We listen first', 'from Care and Truth', 'Care: 2 values, 3 votes', 'Truth: 1 value', 'The roots: 4 values written, 1']) {
      expect(drawn).toContain(words);
    }
  });

  it('keeps every box inside the picture, apart from the others, with its text wrapped to fit', () => {
    const layout = layoutTree(FIGURE);
    const boxes = [...layout.leaves, ...layout.themes];
    expect(boxes).toHaveLength(5);
    for (const [index, box] of boxes.entries()) {
      expect(box.x + box.width).toBeLessThanOrEqual(FIGURE_WIDTH);
      for (const line of box.lines) expect(line.y).toBeLessThan(box.y + box.height);
      for (const other of boxes.slice(index + 1)) expect(overlaps(box, other)).toBe(false);
    }
    expect(Math.max(...boxes.map((box) => box.y + box.height))).toBeLessThanOrEqual(layout.branch.y);
    expect(layout.roots.at(-1)!.y).toBeLessThan(layout.height);
  });

  it('says so when the tree has no themes or shared values yet', () => {
    const layout = layoutTree({ ...FIGURE, themes: [], leaves: [] });
    expect(layout.labels.map((label) => label.text)).toEqual(['Shared values (the leaves)', 'None yet', 'Themes (the branches)', 'None yet']);
  });
});
