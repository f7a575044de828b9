import type { CarParkItem, ClientCommand } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { outcomeText, raisedBy } from './itemWords.ts';
import { pendingCarPark } from './pending.ts';

const item = (over: Partial<CarParkItem> = {}): CarParkItem => ({
  id: 'item-0001',
  text: 'Parking for wheelchair users',
  authorId: 'member-1',
  authorName: 'Sam',
  anonymous: false,
  createdAt: 0,
  editedAt: null,
  outcome: null,
  outcomeAt: null,
  ...over,
});

describe('outcomeText', () => {
  it.each([
    [null, 'No outcome yet'],
    [{ kind: 'today' } as const, 'Dealt with today'],
    [{ kind: 'nextMeeting' } as const, 'The group will look at this at the next meeting'],
    [{ kind: 'action', owner: 'Sam', due: '2026-12-03' } as const, 'Action: Sam will do this by 3 December 2026'],
    [{ kind: 'outOfScope', reason: 'Not ours to decide' } as const, 'Out of scope: Not ours to decide'],
  ])('says %j as %s', (outcome, words) => {
    expect(outcomeText(outcome)).toBe(words);
  });
});

describe('raisedBy', () => {
  it('names the author, or says it is anonymous, or that it is yours', () => {
    expect(raisedBy(item(), 'someone-else')).toBe('Raised by Sam');
    expect(raisedBy(item({ anonymous: true, authorId: null, authorName: null }), 'member-1')).toBe('Raised anonymously');
    expect(raisedBy(item(), 'member-1')).toBe('You raised this');
    expect(raisedBy(item({ anonymous: true, authorName: null }), 'member-1')).toBe(
      'You raised this (others see it as anonymous)',
    );
  });
});

describe('pendingCarPark', () => {
  const commands: ClientCommand[] = [
    { id: 'add-00001', type: 'carPark.add', payload: { text: 'new', anonymous: false } },
    { id: 'add-00002', type: 'carPark.add', payload: { text: 'arrived already', anonymous: true } },
    { id: 'edit-0001', type: 'carPark.edit', payload: { itemId: 'item-0001', text: 'changed' } },
    { id: 'out-00001', type: 'carPark.setOutcome', payload: { itemId: 'item-0001', outcome: null } },
    { id: 'room-0001', type: 'room.setFocus', payload: { tool: 'carPark' } },
  ];

  it('lists unsent adds once, leaving out those whose item has arrived', () => {
    const pending = pendingCarPark(commands, new Set(['add-00002']));
    expect(pending.adds.map((add) => add.id)).toEqual(['add-00001']);
  });

  it('gathers the waiting changes of each item', () => {
    const change = pendingCarPark(commands, new Set()).byItem.get('item-0001');
    expect(change).toEqual({ text: 'changed', outcome: { value: null }, removing: false });
  });
});
