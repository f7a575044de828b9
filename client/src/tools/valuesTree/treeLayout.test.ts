import { describe, expect, it } from 'vitest';
import { charsFitting, wrapText } from './fitText.ts';
import { overlaps, type Box } from './gridFit.ts';
import { treeLayout, VIEW_HEIGHT, VIEW_WIDTH, type LayoutInput } from './treeLayout.ts';

const WORDS = ['Respect', 'Being listened to', 'Honesty about what can change', 'Kindness', 'Time to think', 'Fairness for everyone in the room'];
const notes = (count: number, named = true) =>
  Array.from({ length: count }, (_, index) => ({ id: `note-${index}`, text: WORDS[index % WORDS.length] ?? '', name: named && index % 3 ? `Person ${index}` : null }));
const themes = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `theme-${index}`, name: `Theme number ${index}`, detail: `${index} values` }));
const leaves = (count: number) => Array.from({ length: count }, (_, index) => ({ id: `leaf-${index}`, text: `We make sure everyone is heard, number ${index}` }));

function boxesOf(input: LayoutInput): Box[] {
  const layout = treeLayout(input);
  return [...layout.notes, ...layout.themes, ...layout.leaves, ...(layout.trunk ? [layout.trunk] : [])];
}

const inside = (box: Box) => box.x >= 0 && box.y >= 0 && box.x + box.width <= VIEW_WIDTH && box.y + box.height <= VIEW_HEIGHT;

describe('treeLayout', () => {
  it('draws only the ground before anything exists', () => {
    const layout = treeLayout({ notes: [], themes: [], leaves: [], trunkStarted: false });
    expect(layout).toMatchObject({ notes: [], themes: [], leaves: [], trunk: null, canopy: null });
  });

  it('grows a trunk once the group starts sorting, and a crown with the first shared value', () => {
    expect(treeLayout({ notes: notes(3), themes: [], leaves: [], trunkStarted: true }).trunk).not.toBeNull();
    const grown = treeLayout({ notes: notes(3), themes: themes(2), leaves: leaves(1), trunkStarted: true });
    expect(grown.canopy).not.toBeNull();
    expect(grown.leaves).toHaveLength(1);
  });

  it.each([
    { notes: 1, themes: 1, leaves: 1 },
    { notes: 12, themes: 4, leaves: 3 },
    { notes: 60, themes: 12, leaves: 8 },
    { notes: 60, themes: 30, leaves: 30 },
    { notes: 300, themes: 30, leaves: 30 },
  ])('keeps $notes notes, $themes themes and $leaves leaves apart and inside the drawing', (counts) => {
    const boxes = boxesOf({ notes: notes(counts.notes), themes: themes(counts.themes), leaves: leaves(counts.leaves), trunkStarted: true });
    expect(boxes).toHaveLength(counts.notes + counts.themes + counts.leaves + 1);
    for (const box of boxes) expect(inside(box), JSON.stringify(box)).toBe(true);
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) expect(overlaps(box, other), `${JSON.stringify(box)} ${JSON.stringify(other)}`).toBe(false);
    }
  });

  it('keeps 60 notes readable: a large font, words that fit their boxes, roots below the ground', () => {
    const layout = treeLayout({ notes: notes(60), themes: themes(8), leaves: leaves(6), trunkStarted: true });
    for (const note of layout.notes) {
      expect(note.fontSize).toBeGreaterThanOrEqual(20);
      expect(note.y).toBeGreaterThan(layout.groundY);
      const chars = charsFitting(note.width - note.fontSize * 0.8, note.fontSize);
      for (const line of note.lines) expect(line.length).toBeLessThanOrEqual(chars);
    }
  });

  it('shows writers’ names while there is room, and keeps the words when there is not', () => {
    const few = treeLayout({ notes: notes(6), themes: [], leaves: [], trunkStarted: false });
    expect(few.notes.map((note) => note.name)).toEqual([null, 'Person 1', 'Person 2', null, 'Person 4', 'Person 5']);
    const many = treeLayout({ notes: notes(120), themes: [], leaves: [], trunkStarted: false });
    expect(many.notes.every((note) => note.name === null)).toBe(true);
  });

  it('gives every theme the same size and a branch from the trunk', () => {
    const layout = treeLayout({ notes: [], themes: themes(5), leaves: [], trunkStarted: false });
    expect(new Set(layout.themes.map((theme) => theme.fontSize)).size).toBe(1);
    for (const theme of layout.themes) {
      const trunk = layout.trunk as Box;
      expect([trunk.x, trunk.x + trunk.width]).toContain(theme.branch.x1);
      expect([theme.x, theme.x + theme.width]).toContain(theme.branch.x2);
    }
  });
});

describe('wrapText', () => {
  it.each([
    { text: 'Being listened to', chars: 20, lines: 2, out: ['Being listened to'] },
    { text: 'Being listened to properly', chars: 12, lines: 2, out: ['Being', 'listened to…'] },
    { text: 'Honesty about what can and cannot change', chars: 14, lines: 2, out: ['Honesty about', 'what can and…'] },
    { text: 'Extraordinarily', chars: 8, lines: 2, out: ['Extraord', 'inarily'] },
    { text: '  Kindness  ', chars: 8, lines: 1, out: ['Kindness'] },
  ])('fits “$text” in $lines lines of $chars', ({ text, chars, lines, out }) => {
    expect(wrapText(text, chars, lines)).toEqual(out);
  });
});
