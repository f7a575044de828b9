import { describe, expect, it } from 'vitest';
import { canSee, EVERYONE, FACILITATOR_MEMBER_ID, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { ErrorCode } from '../errors.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, type Reduction, type RoomState } from '../state.ts';
import { NAME_MAX, TITLE_MAX } from '../text.ts';
import { TOOL_IDS, type ToolId } from './room.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const LATER = NOW + 60_000;
const SYSTEM: Actor = { role: 'system', memberId: null };
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const ALICE: Actor = { role: 'participant', memberId: 'member-alice' };
const BOB: Actor = { role: 'participant', memberId: 'member-bob' };
const SCREEN: Actor = { role: 'screen', memberId: null };

const setTitle = (title: string): AnyCommand => ({ id: 'cmd-title-001', type: 'room.setTitle', payload: { title } });
const setFocus = (tool: ToolId): AnyCommand => ({ id: 'cmd-focus-001', type: 'room.setFocus', payload: { tool } });
const setName = (name: string | null): AnyCommand => ({ id: 'cmd-name-0001', type: 'member.setName', payload: { name } });
const join = (memberId: string, name: string | null): AnyCommand => ({ id: `join-${memberId}`, type: 'member.join', payload: { memberId, name } });

function applied(reduction: Reduction) {
  if (!reduction.ok) throw new Error(`Refused with ${reduction.code}: ${reduction.message}`);
  return reduction;
}

function run(state: RoomState, actor: Actor, command: AnyCommand, now = NOW): Reduction {
  return applyCommand(state, command, { actor, now });
}

/** A new room that Alice and Bob have joined. */
function room(): RoomState {
  let state = createRoomState('room-0001', 'Bus routes', NOW - 10_000);
  state = applied(run(state, SYSTEM, join('member-alice', 'Alice'))).state;
  return applied(run(state, SYSTEM, join('member-bob', 'Bob'))).state;
}

const parse = (raw: unknown) => clientCommandSchema.safeParse(raw);

describe('room.setTitle and room.setFocus', () => {
  it('renames the room and tells everyone the title and focus', () => {
    const { state, effects } = applied(run(room(), FACILITATOR, setTitle('Bus routes, part two')));
    expect(state.title).toBe('Bus routes, part two');
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'room.saved', title: 'Bus routes, part two', focus: 'welcome' } }]);
  });

  it.each(TOOL_IDS)('puts %s in focus for everyone, keeping the title', (tool) => {
    const before = applied(run(room(), FACILITATOR, setFocus(tool === 'welcome' ? 'carPark' : 'welcome'))).state;
    const { state, effects } = applied(run(before, FACILITATOR, setFocus(tool)));
    expect(state).toEqual({ ...before, focus: tool });
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'room.saved', title: 'Bus routes', focus: tool } }]);
  });

  it.each([
    { who: 'a participant', actor: ALICE, command: setTitle('Mine now') },
    { who: 'the screen', actor: SCREEN, command: setTitle('Mine now') },
    { who: 'a participant', actor: ALICE, command: setFocus('carPark') },
    { who: 'the screen', actor: SCREEN, command: setFocus('carPark') },
  ])('refuses $command.type from $who', ({ actor, command }) => {
    expect(run(room(), actor, command)).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });

  it.each([
    { why: 'trims the title', raw: setTitle('  Bus routes \n'), ok: true, title: 'Bus routes' },
    { why: 'takes a title of the longest length', raw: setTitle('t'.repeat(TITLE_MAX)), ok: true, title: 't'.repeat(TITLE_MAX) },
    { why: 'rejects an empty title', raw: setTitle('   '), ok: false },
    { why: 'rejects a title too long', raw: setTitle('t'.repeat(TITLE_MAX + 1)), ok: false },
    { why: 'rejects an unknown tool', raw: { id: 'cmd-focus-001', type: 'room.setFocus', payload: { tool: 'flipChart' } }, ok: false },
  ])('schema $why', ({ raw, ok, title }) => {
    const result = parse(raw);
    expect(result.success).toBe(ok);
    if (title !== undefined) expect(result.data?.payload).toEqual({ title });
  });
});

describe('member.setName', () => {
  it.each([
    { who: 'Alice', actor: ALICE, name: 'Ally' },
    { who: 'Alice', actor: ALICE, name: null },
    { who: 'Bob', actor: BOB, name: 'Robert' },
    { who: 'the facilitator', actor: FACILITATOR, name: 'Sam' },
  ])('changes only the name of $who to $name', ({ actor, name }) => {
    const before = room();
    const { state } = applied(run(before, actor, setName(name), LATER));
    const id = actor.memberId!;
    expect(state.members).toEqual({ ...before.members, [id]: { ...before.members[id], name } });
  });

  it('sends a participant their own record and the facilitators a copy', () => {
    const { state, effects } = applied(run(room(), ALICE, setName(null)));
    const delta = { type: 'member.saved', member: state.members['member-alice'] };
    expect(effects).toEqual([
      { to: FACILITATORS, delta },
      { to: onlyMember('member-alice'), delta },
    ]);
  });

  it("sends the facilitator's new name to facilitators only", () => {
    const { effects } = applied(run(room(), FACILITATOR, setName('Sam')));
    expect(effects.map((effect) => effect.to)).toEqual([FACILITATORS]);
  });

  it.each([
    { who: 'the screen', actor: SCREEN },
    { who: 'a participant who never joined', actor: { role: 'participant', memberId: 'member-ghost' } as Actor },
    { who: 'a participant with no member', actor: { role: 'participant', memberId: null } as Actor },
  ])('refuses a name from $who', ({ actor }) => {
    expect(run(room(), actor, setName('Eve'))).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });

  it.each([
    { typed: '', name: null },
    { typed: '   ', name: null },
    { typed: null, name: null },
    { typed: '  Sam  ', name: 'Sam' },
    { typed: 'n'.repeat(NAME_MAX), name: 'n'.repeat(NAME_MAX) },
  ])('schema reads the name $typed as $name', ({ typed, name }) => {
    expect(clientCommandSchema.parse(setName(typed)).payload).toEqual({ name });
  });

  it('schema rejects a name too long', () => {
    expect(parse(setName('n'.repeat(NAME_MAX + 1))).success).toBe(false);
  });
});

describe('member.join', () => {
  it('adds a participant with the time they joined', () => {
    const { state } = applied(run(room(), SYSTEM, join('member-carol', null), LATER));
    expect(state.members['member-carol']).toEqual({ id: 'member-carol', name: null, role: 'participant', joinedAt: LATER });
    expect(Object.keys(state.members).sort()).toEqual(['facilitator', 'member-alice', 'member-bob', 'member-carol']);
  });

  it.each([
    { who: 'the facilitator', actor: FACILITATOR },
    { who: 'a participant', actor: ALICE },
    { who: 'the screen', actor: SCREEN },
  ])('is refused from $who', ({ actor }) => {
    expect(run(room(), actor, join('member-carol', 'Carol'))).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });

  it.each(['member-alice', FACILITATOR_MEMBER_ID])('is refused for the existing member %s, which stays as it was', (memberId) => {
    const before = room();
    expect(run(before, SYSTEM, join(memberId, 'Impostor'))).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    expect(before.members[memberId]?.name).not.toBe('Impostor');
  });
});

describe('member.saved audience', () => {
  const viewers: { viewer: Viewer; sees: boolean }[] = [
    { viewer: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }, sees: true },
    { viewer: { role: 'participant', memberId: 'member-carol' }, sees: true },
    { viewer: { role: 'participant', memberId: 'member-alice' }, sees: false },
    { viewer: { role: 'screen', memberId: null }, sees: false },
  ];

  it.each(viewers)("Carol's record reaches $viewer.role $viewer.memberId: $sees", ({ viewer, sees }) => {
    const joined = applied(run(room(), SYSTEM, join('member-carol', 'Carol')));
    const renamed = applied(run(joined.state, { role: 'participant', memberId: 'member-carol' }, setName('Caz')));
    for (const { effects } of [joined, renamed]) {
      const seen = effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta);
      expect(seen).toEqual(sees ? [{ type: 'member.saved', member: expect.objectContaining({ id: 'member-carol' }) }] : []);
    }
  });
});
