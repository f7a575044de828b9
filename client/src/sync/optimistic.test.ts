import {
  applyCommand,
  createRoomState,
  FACILITATOR_MEMBER_ID,
  projectRoom,
  type AnyCommand,
  type ClientCommand,
  type Me,
  type RoomState,
  type RoomView,
} from '@roundtable/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { foldPending, pendingItemId, selectOptimisticView } from './optimistic.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const LATER = NOW + 60_000;
const ALICE: Me = { role: 'participant', memberId: 'member-alice' };
const HOST: Me = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };

function applied(state: RoomState, command: AnyCommand, actor: Me | 'system'): RoomState {
  const ctx = { actor: actor === 'system' ? { role: 'system' as const, memberId: null } : actor, now: NOW };
  const result = applyCommand(state, command, ctx);
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

/** A room Alice (named) and Bob have joined, with one item of Bob's, as `me` sees it. */
function viewFor(me: Me): RoomView {
  let state = createRoomState('room-0001', 'Bus routes', NOW - 10_000);
  state = applied(state, { id: 'join-alice', type: 'member.join', payload: { memberId: 'member-alice', name: 'Alice' } }, 'system');
  state = applied(state, { id: 'join-bob01', type: 'member.join', payload: { memberId: 'member-bob', name: 'Bob' } }, 'system');
  state = applied(state, { id: 'item-bob-01', type: 'carPark.add', payload: { text: 'Lunch', anonymous: false } }, { role: 'participant', memberId: 'member-bob' });
  return projectRoom(state, me);
}

const add = (id: string, text: string, anonymous = false): ClientCommand => ({ id, type: 'carPark.add', payload: { text, anonymous } });

describe('foldPending', () => {
  it('shows a pending add as an item of mine, with my name', () => {
    const folded = foldPending(viewFor(ALICE), [add('item-new-01', 'Parking')], ALICE, LATER);
    expect(folded.carPark.items['item-new-01']).toMatchObject({ text: 'Parking', authorId: 'member-alice', authorName: 'Alice', createdAt: LATER });
  });

  it('shows my pending item added without my name as mine, with no name on it', () => {
    const folded = foldPending(viewFor(ALICE), [add('item-new-01', 'Toilets', true)], ALICE, LATER);
    expect(folded.carPark.items['item-new-01']).toMatchObject({ authorId: 'member-alice', authorName: null, anonymous: true });
  });

  it('skips a command the reducer refuses and folds the rest', () => {
    const pending: ClientCommand[] = [
      { id: 'cmd-edit-01', type: 'carPark.edit', payload: { itemId: 'item-bob-01', text: 'Not mine to change' } },
      { id: 'cmd-title-1', type: 'room.setTitle', payload: { title: 'Mine now' } },
      add('item-new-01', 'Still shown'),
    ];
    const folded = foldPending(viewFor(ALICE), pending, ALICE, LATER);
    expect(folded.carPark.items['item-bob-01']?.text).toBe('Lunch');
    expect(folded.title).toBe('Bus routes');
    expect(folded.carPark.items['item-new-01']?.text).toBe('Still shown');
  });

  it('shows a pending outcome set by the host', () => {
    const outcome = { kind: 'action', owner: 'Priya', due: '2026-12-03' } as const;
    const pending: ClientCommand[] = [{ id: 'cmd-outcome1', type: 'carPark.setOutcome', payload: { itemId: 'item-bob-01', outcome } }];
    const folded = foldPending(viewFor(HOST), pending, HOST, LATER);
    expect(folded.carPark.items['item-bob-01']).toMatchObject({ outcome, outcomeAt: LATER });
  });

  it('shows an add whose item already arrived once, as the server has it', () => {
    const view = viewFor(ALICE);
    const folded = foldPending(view, [add('item-bob-01', 'Sent twice')], ALICE, LATER);
    expect(folded).toBe(view);
  });

  it('changes nothing for a screen, which may send nothing', () => {
    const screen: Me = { role: 'screen', memberId: null };
    const view = viewFor(screen);
    expect(foldPending(view, [add('item-new-01', 'Hi')], screen, LATER)).toBe(view);
  });
});

describe('selectOptimisticView', () => {
  it('gives the same view object while the view, outbox and device stay the same', () => {
    const state = { view: viewFor(ALICE), pending: [add('item-new-01', 'Parking')], me: ALICE, clockOffsetMs: 0 };
    const first = selectOptimisticView(state);
    expect(selectOptimisticView({ ...state })).toBe(first);
    expect(first?.carPark.items['item-new-01']).toBeDefined();
    expect(selectOptimisticView({ ...state, pending: [] })).toBe(state.view);
  });
});

describe('selectOptimisticView uses the server’s clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const raise: ClientCommand = { id: 'hand-alice-1', type: 'queue.raiseHand', payload: { card: 'speak' } };
  const raisedAt = (view: RoomView | null) => Object.values(view?.queue.hands ?? {})[0]?.raisedAt;

  it('stamps a pending command with this device’s time plus the offset to the server', () => {
    vi.useFakeTimers({ now: NOW });
    const state = { view: viewFor(ALICE), pending: [raise], me: ALICE, clockOffsetMs: 90_000 };
    expect(raisedAt(selectOptimisticView(state))).toBe(NOW + 90_000);
  });

  it('folds again when only the offset changes, so a better estimate is used at once', () => {
    vi.useFakeTimers({ now: NOW });
    const state = { view: viewFor(ALICE), pending: [raise], me: ALICE, clockOffsetMs: -5_000 };
    const first = selectOptimisticView(state);
    expect(raisedAt(first)).toBe(NOW - 5_000);
    const corrected = selectOptimisticView({ ...state, clockOffsetMs: 2_000 });
    expect(corrected).not.toBe(first);
    expect(raisedAt(corrected)).toBe(NOW + 2_000);
  });
});

describe('pendingItemId', () => {
  it.each<[ClientCommand, string | null]>([
    [add('item-new-01', 'New'), 'item-new-01'],
    [{ id: 'cmd-edit-01', type: 'carPark.edit', payload: { itemId: 'item-0001', text: 'x' } }, 'item-0001'],
    [{ id: 'cmd-outcome1', type: 'carPark.setOutcome', payload: { itemId: 'item-0002', outcome: null } }, 'item-0002'],
    [{ id: 'cmd-remove-1', type: 'carPark.remove', payload: { itemId: 'item-0003' } }, 'item-0003'],
    [{ id: 'cmd-focus-01', type: 'room.setFocus', payload: { tool: 'carPark' } }, null],
  ])('%j touches %s', (command, itemId) => {
    expect(pendingItemId(command)).toBe(itemId);
  });
});

describe('foldPending keeps what it did not change', () => {
  it('gives unchanged items, even ones projected again, the same object as before', () => {
    const view = viewFor(ALICE);
    const bobs = view.carPark.items['item-bob-01']!;
    const anonymous = { ...bobs, id: 'item-anon-01', anonymous: true, authorId: null, authorName: null };
    const hidden: RoomView = { ...view, carPark: { items: { ...view.carPark.items, [anonymous.id]: anonymous } } };
    const folded = foldPending(hidden, [add('item-new-01', 'Parking')], ALICE, LATER);
    expect(folded.carPark.items['item-anon-01']).toBe(hidden.carPark.items['item-anon-01']);
    expect(folded.carPark.items['item-bob-01']).toBe(hidden.carPark.items['item-bob-01']);
  });
});
