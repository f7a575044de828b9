import type { Active, Over } from '@dnd-kit/core';
import type { Hand } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { dropTarget } from './dragOrder.ts';
import { dragAnnouncements } from './dragWords.ts';

const hand = (id: string, name: string): Hand => ({ id, memberId: `member-${id}`, name, card: 'speak', raisedAt: 0, sortKey: id });
const [ana, ben, cy, dee] = [hand('ana', 'Ana'), hand('ben', 'Ben'), hand('cy', 'Cy'), hand('dee', 'Dee')];
const frozen = [ana, ben, cy, dee];

describe('dropTarget', () => {
  it.each([
    { why: 'down, after the hand above the drop', active: 'ana', over: 'cy', live: frozen, drop: { afterHandId: 'cy', place: 3 } },
    { why: 'up to the top', active: 'dee', over: 'ana', live: frozen, drop: { afterHandId: null, place: 1 } },
    { why: 'up, after the hand above the drop', active: 'dee', over: 'ben', live: frozen, drop: { afterHandId: 'ana', place: 2 } },
    { why: 'after the nearest hand still there when that one has gone', active: 'dee', over: 'cy', live: [ana, cy, dee], drop: { afterHandId: 'ana', place: 2 } },
    { why: 'first when every hand above has gone', active: 'dee', over: 'cy', live: [cy, dee], drop: { afterHandId: null, place: 1 } },
    { why: 'in the queue as it is now, where others moved', active: 'ana', over: 'cy', live: [cy, dee, ben, ana], drop: { afterHandId: 'cy', place: 2 } },
    { why: 'nowhere when dropped where it was', active: 'ben', over: 'ben', live: frozen, drop: null },
    { why: 'nowhere when the dragged hand has gone', active: 'ben', over: 'dee', live: [ana, cy, dee], drop: null },
  ])('moves $why', ({ active, over, live, drop }) => {
    expect(dropTarget(frozen, live, active, over)).toEqual(drop);
  });
});

describe('dragAnnouncements', () => {
  const active = (id: string) => ({ id }) as Active;
  const over = (id: string) => ({ id }) as Over;

  it('says places counted from 1', () => {
    const words = dragAnnouncements(frozen, frozen);
    expect(words.onDragStart({ active: active('cy') })).toBe('Picked up Cy, 3rd in line.');
    expect(words.onDragOver({ active: active('cy'), over: over('ana') })).toBe('Cy would be 1st in line.');
    expect(words.onDragEnd({ active: active('cy'), over: over('ben') })).toBe('Cy is now 2nd in line.');
    expect(words.onDragCancel({ active: active('cy'), over: null })).toBe('Move stopped. Cy stays 3rd in line.');
  });

  it('says a hand that left during the drag has gone, never "0th in line"', () => {
    const words = dragAnnouncements(frozen, [ana, ben, dee]);
    expect(words.onDragOver({ active: active('cy'), over: over('ana') })).toBe('Cy is no longer in the queue.');
    expect(words.onDragEnd({ active: active('cy'), over: over('ana') })).toBe('Cy is no longer in the queue.');
    expect(words.onDragCancel({ active: active('cy'), over: null })).toBe('Move stopped. Cy is no longer in the queue.');
  });

  it('says where the hand really lands when the one above the drop has gone', () => {
    const words = dragAnnouncements(frozen, [ana, cy, dee]);
    expect(words.onDragEnd({ active: active('dee'), over: over('cy') })).toBe('Dee is now 2nd in line.');
  });
});
