import { describe, expect, it } from 'vitest';
import { columnDropId, moveToEnd, noteDrop, previewMove, ROOTS, type Columns } from './noteDrop.ts';

const THEME_A = 'theme-aaa';
const THEME_B = 'theme-bbb';
const start: Columns = { [ROOTS]: ['n1', 'n2', 'n3'], [THEME_A]: ['n4', 'n5'], [THEME_B]: [] };

describe('previewMove', () => {
  it('moves a note into another theme at the place of the note it is over', () => {
    expect(previewMove(start, 'n2', 'n5')).toEqual({ [ROOTS]: ['n1', 'n3'], [THEME_A]: ['n4', 'n2', 'n5'], [THEME_B]: [] });
  });

  it('moves a note to the end of an empty theme dragged over the theme itself', () => {
    expect(previewMove(start, 'n1', columnDropId(THEME_B))).toEqual({ [ROOTS]: ['n2', 'n3'], [THEME_A]: ['n4', 'n5'], [THEME_B]: ['n1'] });
  });

  it('reorders within a column', () => {
    expect(previewMove(start, 'n1', 'n3')[ROOTS]).toEqual(['n2', 'n3', 'n1']);
    expect(previewMove(start, 'n3', 'n1')[ROOTS]).toEqual(['n3', 'n1', 'n2']);
  });

  it('changes nothing over itself or over something unknown', () => {
    expect(previewMove(start, 'n1', 'n1')).toBe(start);
    expect(previewMove(start, 'n1', 'gone-note')).toBe(start);
    expect(previewMove(start, 'gone-note', 'n1')).toBe(start);
  });
});

describe('noteDrop', () => {
  it.each([
    { why: 'into a theme after the note above it', active: 'n2', shown: previewMove(start, 'n2', 'n5'), live: start, drop: { themeId: THEME_A, afterNoteId: 'n4' } },
    { why: 'first in an empty theme', active: 'n1', shown: previewMove(start, 'n1', columnDropId(THEME_B)), live: start, drop: { themeId: THEME_B, afterNoteId: null } },
    { why: 'back to the roots', active: 'n4', shown: previewMove(start, 'n4', 'n1'), live: start, drop: { themeId: null, afterNoteId: null } },
    { why: 'down within the roots', active: 'n1', shown: previewMove(start, 'n1', 'n3'), live: start, drop: { themeId: null, afterNoteId: 'n3' } },
    {
      why: 'after the nearest note still there when the one above has moved away',
      active: 'n1',
      shown: previewMove(start, 'n1', 'n5'),
      live: { ...start, [THEME_A]: ['n5'], [THEME_B]: ['n4'] },
      drop: { themeId: THEME_A, afterNoteId: null },
    },
    { why: 'nowhere when dropped where it was', active: 'n1', shown: start, live: start, drop: null },
    { why: 'nowhere when the note has gone', active: 'n2', shown: previewMove(start, 'n2', 'n5'), live: { ...start, [ROOTS]: ['n1', 'n3'] }, drop: null },
    { why: 'nowhere when the theme has gone', active: 'n2', shown: previewMove(start, 'n2', columnDropId(THEME_B)), live: { [ROOTS]: ['n1', 'n2', 'n3'], [THEME_A]: ['n4', 'n5'] }, drop: null },
  ])('sends $why', ({ active, shown, live, drop }) => {
    expect(noteDrop(shown, live, active)).toEqual(drop);
  });
});

describe('moveToEnd', () => {
  it('puts a note after the last note of the chosen theme, or first when it is empty', () => {
    expect(moveToEnd(start, 'n1', THEME_A)).toEqual({ themeId: THEME_A, afterNoteId: 'n5' });
    expect(moveToEnd(start, 'n1', THEME_B)).toEqual({ themeId: THEME_B, afterNoteId: null });
    expect(moveToEnd(start, 'n4', ROOTS)).toEqual({ themeId: null, afterNoteId: 'n3' });
  });

  it('sends nothing when the note is already there or the theme has gone', () => {
    expect(moveToEnd(start, 'n4', THEME_A)).toBeNull();
    expect(moveToEnd(start, 'n4', 'theme-gone')).toBeNull();
  });
});
