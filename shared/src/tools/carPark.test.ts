import { describe, expect, it } from 'vitest';
import { allExceptMember, canSee, EVERYONE, FACILITATOR_MEMBER_ID, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { ErrorCode } from '../errors.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, type Reduction, type RoomState } from '../state.ts';
import { CAR_PARK_MAX_ITEMS, type CarParkItem, type Outcome } from './carPark.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const LATER = NOW + 60_000;
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const ALICE: Actor = { role: 'participant', memberId: 'member-alice' };
const BOB: Actor = { role: 'participant', memberId: 'member-bob' };
const SCREEN: Viewer = { role: 'screen', memberId: null };

const add = (id: string, text: string, anonymous = false): AnyCommand => ({ id, type: 'carPark.add', payload: { text, anonymous } });
const edit = (itemId: string, text: string): AnyCommand => ({ id: 'cmd-edit-0001', type: 'carPark.edit', payload: { itemId, text } });
const setOutcome = (itemId: string, outcome: Outcome | null): AnyCommand => ({ id: 'cmd-outcome-01', type: 'carPark.setOutcome', payload: { itemId, outcome } });
const remove = (itemId: string): AnyCommand => ({ id: 'cmd-remove-001', type: 'carPark.remove', payload: { itemId } });

function applied(reduction: Reduction) {
  if (!reduction.ok) throw new Error(`Refused with ${reduction.code}: ${reduction.message}`);
  return reduction;
}

function run(state: RoomState, actor: Actor, command: AnyCommand, now = NOW): Reduction {
  return applyCommand(state, command, { actor, now });
}

/** Freezes every object inside `value`, so any mutation by the reducer throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A room where Alice (named) and Bob (no name) have joined, and Alice and the facilitator have each parked an item. */
function room(): RoomState {
  let state = createRoomState('room-0001', 'Bus routes', NOW - 10_000);
  for (const [memberId, name] of [['member-alice', 'Alice'], ['member-bob', null]] as const) {
    state = applied(run(state, { role: 'system', memberId: null }, { id: `join-${memberId}`, type: 'member.join', payload: { memberId, name } })).state;
  }
  state = applied(run(state, ALICE, add('item-alice', 'Parking at the venue'))).state;
  state = applied(run(state, ALICE, add('item-alice-anon', 'The budget is unclear', true))).state;
  return applied(run(state, FACILITATOR, add('item-facilitator', 'Lunch times'))).state;
}

const item = (state: RoomState, id: string): CarParkItem | undefined => state.carPark.items[id];

describe('carPark.add', () => {
  it.each([
    { who: 'a named participant', actor: ALICE, anonymous: false, authorName: 'Alice' },
    { who: 'a named participant, anonymously', actor: ALICE, anonymous: true, authorName: null },
    { who: 'a participant with no name', actor: BOB, anonymous: false, authorName: null },
    { who: 'the facilitator', actor: FACILITATOR, anonymous: false, authorName: 'Facilitator' },
  ])('stores the item raised by $who with the name they had', ({ actor, anonymous, authorName }) => {
    const { state } = applied(run(room(), actor, add('item-new-01', 'Who books the hall?', anonymous)));
    expect(item(state, 'item-new-01')).toEqual({
      id: 'item-new-01',
      text: 'Who books the hall?',
      authorId: actor.memberId,
      authorName,
      anonymous,
      createdAt: NOW,
      editedAt: null,
      outcome: null,
      outcomeAt: null,
      meeting: 1,
    });
  });

  it('keeps the name the author had when adding, after they change it', () => {
    let state = applied(run(room(), ALICE, { id: 'cmd-rename-1', type: 'member.setName', payload: { name: 'Ally' } })).state;
    state = applied(run(state, ALICE, add('item-new-01', 'Toilets'))).state;
    expect(item(state, 'item-alice')?.authorName).toBe('Alice');
    expect(item(state, 'item-new-01')?.authorName).toBe('Ally');
  });

  it('tells everyone about a named item in one delta', () => {
    const { state, effects } = applied(run(room(), BOB, add('item-new-01', 'Toilets')));
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'carPark.itemSaved', item: item(state, 'item-new-01') } }]);
  });

  it('splits an anonymous item: only its author is told who wrote it', () => {
    const { state, effects } = applied(run(room(), BOB, add('item-new-01', 'Toilets', true)));
    const full = item(state, 'item-new-01');
    expect(effects).toEqual([
      { to: allExceptMember('member-bob'), delta: { type: 'carPark.itemSaved', item: { ...full, authorId: null } } },
      { to: onlyMember('member-bob'), delta: { type: 'carPark.itemSaved', item: full } },
    ]);
  });

  it.each([
    { viewer: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID } as Viewer, authorId: null },
    { viewer: { role: 'participant', memberId: 'member-alice' } as Viewer, authorId: null },
    { viewer: SCREEN, authorId: null },
    { viewer: { role: 'participant', memberId: 'member-bob' } as Viewer, authorId: 'member-bob' },
  ])('an anonymous item reaches $viewer.role $viewer.memberId once, with authorId $authorId', ({ viewer, authorId }) => {
    const { effects } = applied(run(room(), BOB, add('item-new-01', 'Toilets', true)));
    const seen = effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta);
    expect(seen).toEqual([{ type: 'carPark.itemSaved', item: expect.objectContaining({ id: 'item-new-01', authorId }) }]);
  });

  it(`accepts item ${CAR_PARK_MAX_ITEMS} and refuses the one after`, () => {
    const base = room();
    const items: RoomState['carPark']['items'] = { ...base.carPark.items };
    for (let n = Object.keys(items).length; n < CAR_PARK_MAX_ITEMS - 1; n++) {
      items[`item-fill-${n}`] = { ...base.carPark.items['item-alice']!, id: `item-fill-${n}` };
    }
    const almostFull = applied(run({ ...base, carPark: { items } }, BOB, add('item-last-01', 'Last one'))).state;
    expect(Object.keys(almostFull.carPark.items)).toHaveLength(CAR_PARK_MAX_ITEMS);
    expect(run(almostFull, FACILITATOR, add('item-over-01', 'One too many'))).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
  });
});

describe('carPark.edit', () => {
  it.each([
    { who: 'its author', actor: ALICE, itemId: 'item-alice' },
    { who: 'its author, on an anonymous item', actor: ALICE, itemId: 'item-alice-anon' },
    { who: 'the facilitator, on a participant item', actor: FACILITATOR, itemId: 'item-alice' },
    { who: 'the facilitator, on an anonymous item', actor: FACILITATOR, itemId: 'item-alice-anon' },
  ])('lets $who change the text, stamping editedAt and keeping the rest', ({ actor, itemId }) => {
    const before = room();
    const { state } = applied(run(before, actor, edit(itemId, 'New words'), LATER));
    expect(item(state, itemId)).toEqual({ ...item(before, itemId), text: 'New words', editedAt: LATER });
  });

  it('keeps an anonymous author hidden when the facilitator edits the item', () => {
    const { effects } = applied(run(room(), FACILITATOR, edit('item-alice-anon', 'Budget?'), LATER));
    expect(effects.map((effect) => [effect.to, effect.delta.type === 'carPark.itemSaved' && effect.delta.item.authorId])).toEqual([
      [allExceptMember('member-alice'), null],
      [onlyMember('member-alice'), 'member-alice'],
    ]);
  });
});

describe('carPark.setOutcome', () => {
  it.each<Outcome>([
    { kind: 'today' },
    { kind: 'nextMeeting' },
    { kind: 'action', owner: 'Sam', due: '2026-04-01' },
    { kind: 'outOfScope', reason: 'Council decides this' },
  ])('records the outcome $kind with the time it was decided, for everyone', (outcome) => {
    const { state, effects } = applied(run(room(), FACILITATOR, setOutcome('item-alice-anon', outcome), LATER));
    expect(item(state, 'item-alice-anon')).toMatchObject({ outcome, outcomeAt: LATER, text: 'The budget is unclear' });
    expect(effects.map((effect) => effect.delta)).toContainEqual({
      type: 'carPark.itemSaved',
      item: { ...item(state, 'item-alice-anon'), authorId: null },
    });
  });

  it('clears the outcome and its time with null', () => {
    const decided = applied(run(room(), FACILITATOR, setOutcome('item-alice', { kind: 'today' }), LATER)).state;
    const { state } = applied(run(decided, FACILITATOR, setOutcome('item-alice', null), LATER + 1));
    expect(item(state, 'item-alice')).toMatchObject({ outcome: null, outcomeAt: null });
  });
});

describe('carPark.remove', () => {
  it('takes the item out for everyone and leaves the others', () => {
    const { state, effects } = applied(run(room(), FACILITATOR, remove('item-alice')));
    expect(Object.keys(state.carPark.items).sort()).toEqual(['item-alice-anon', 'item-facilitator']);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'carPark.itemRemoved', itemId: 'item-alice' } }]);
  });
});

describe('refusals', () => {
  it.each([
    { why: 'adding an id that exists', actor: BOB, command: add('item-alice', 'Again'), code: ErrorCode.CONFLICT },
    { why: 'editing a missing item', actor: FACILITATOR, command: edit('item-missing', 'x'), code: ErrorCode.NOT_FOUND },
    { why: "editing another's item", actor: BOB, command: edit('item-alice', 'x'), code: ErrorCode.FORBIDDEN },
    { why: "editing another's anonymous item", actor: BOB, command: edit('item-alice-anon', 'x'), code: ErrorCode.FORBIDDEN },
    { why: "editing the facilitator's item", actor: ALICE, command: edit('item-facilitator', 'x'), code: ErrorCode.FORBIDDEN },
    { why: 'deciding a missing item', actor: FACILITATOR, command: setOutcome('item-missing', null), code: ErrorCode.NOT_FOUND },
    { why: 'a participant deciding their own item', actor: ALICE, command: setOutcome('item-alice', { kind: 'today' }), code: ErrorCode.FORBIDDEN },
    { why: 'removing a missing item', actor: FACILITATOR, command: remove('item-missing'), code: ErrorCode.NOT_FOUND },
    { why: 'a participant removing their own item', actor: ALICE, command: remove('item-alice'), code: ErrorCode.FORBIDDEN },
  ])('refuses $why with $code', ({ actor, command, code }) => {
    expect(run(room(), actor, command)).toEqual({ ok: false, code, message: expect.any(String) });
  });

  it('refuses removing the same item twice', () => {
    const { state } = applied(run(room(), FACILITATOR, remove('item-alice')));
    expect(run(state, FACILITATOR, remove('item-alice'))).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('determinism', () => {
  const script: [Actor, AnyCommand][] = [
    [BOB, add('item-bob-01', 'Bus stop', true)],
    [ALICE, edit('item-alice-anon', 'Bus stop near the school')],
    [FACILITATOR, setOutcome('item-alice-anon', { kind: 'action', owner: 'Sam', due: '2026-05-01' })],
    [FACILITATOR, remove('item-alice')],
  ];

  it.each(script.map(([actor, command]) => ({ type: command.type, actor, command })))(
    '$type gives equal results twice and leaves a frozen input untouched',
    ({ actor, command }) => {
      const before = deepFreeze(room());
      const copy = structuredClone(before);
      const first = run(before, actor, command, LATER);
      expect(run(before, actor, command, LATER)).toEqual(first);
      expect(before).toEqual(copy);
      expect(first.ok).toBe(true);
    },
  );
});

describe('clientCommandSchema for the car park', () => {
  const long = (n: number) => 'x'.repeat(n);
  const action = (due: string, owner = 'Sam') => ({ id: 'cmd-outcome-01', type: 'carPark.setOutcome', payload: { itemId: 'item-0001', outcome: { kind: 'action', owner, due } } });

  it.each([
    { why: 'empty text', raw: { id: 'item-0001', type: 'carPark.add', payload: { text: '', anonymous: false } } },
    { why: 'whitespace text', raw: { id: 'item-0001', type: 'carPark.add', payload: { text: ' \n\t ', anonymous: false } } },
    { why: 'text over 500', raw: { id: 'item-0001', type: 'carPark.add', payload: { text: long(501), anonymous: false } } },
    { why: 'no anonymous flag', raw: { id: 'item-0001', type: 'carPark.add', payload: { text: 'Hi' } } },
    { why: 'an edit over 500', raw: edit('item-0001', long(501)) },
    { why: 'a short id', raw: add('item-01', 'Hi') },
    { why: 'an id of 65 characters', raw: add(long(65), 'Hi') },
    { why: 'an id with a slash', raw: add('item/0001', 'Hi') },
    { why: 'a bad item id', raw: remove('item 0001') },
    { why: 'February 30th', raw: action('2026-02-30') },
    { why: 'February 29th outside a leap year', raw: action('2025-02-29') },
    { why: 'month 13', raw: action('2026-13-01') },
    { why: 'a date without padding', raw: action('2026-4-1') },
    { why: 'an action with no owner', raw: action('2026-04-01', '  ') },
    { why: 'an unknown outcome', raw: setOutcome('item-0001', { kind: 'later' } as unknown as Outcome) },
    { why: 'an unknown type', raw: { id: 'item-0001', type: 'carPark.delete', payload: { itemId: 'item-0001' } } },
    { why: 'a member.join from a client', raw: { id: 'join-00001', type: 'member.join', payload: { memberId: 'member-eve', name: null } } },
  ])('rejects $why', ({ raw }) => {
    expect(clientCommandSchema.safeParse(raw).success).toBe(false);
  });

  it.each([
    { raw: add('item-0001', '  Parking \n'), text: 'Parking' },
    { raw: edit('item-0001', '\tParking'), text: 'Parking' },
    { raw: add('item-0001', ` ${long(500)} `), text: long(500) },
  ])('accepts and trims $raw.type text', ({ raw, text }) => {
    expect(clientCommandSchema.parse(raw).payload).toMatchObject({ text });
  });

  it.each(['2028-02-29', '2026-12-31'])('accepts the real date %s', (due) => {
    expect(clientCommandSchema.safeParse(action(due)).success).toBe(true);
  });
});
