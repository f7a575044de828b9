import { describe, expect, it } from 'vitest';
import { canSee, FACILITATOR_MEMBER_ID, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { ErrorCode } from '../errors.ts';
import { applyCommand, applyDelta } from '../reducer.ts';
import { createRoomState, projectRoom, type RoomState } from '../state.ts';
import { ACCESS_OTHER_MAX, accessListings } from './access.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const phone = (memberId: string): Actor => ({ role: 'participant', memberId });
const SCREEN: Viewer = { role: 'screen', memberId: null };

let counter = 0;
function run(state: RoomState, actor: Actor, payload: unknown, now = NOW) {
  const command = clientCommandSchema.parse({ id: `cmd-${String(++counter).padStart(6, '0')}`, type: 'access.setNeeds', payload });
  return applyCommand(state, command, { actor, now });
}

function ok(state: RoomState, actor: Actor, payload: unknown, now = NOW) {
  const reduction = run(state, actor, payload, now);
  if (!reduction.ok) throw new Error(reduction.message);
  return reduction;
}

/** A room with Ana (named) and Ben (no name) joined. */
function room(): RoomState {
  let state = createRoomState('room-0001', 'Bus routes', NOW);
  for (const [memberId, name] of [['member-ana', 'Ana'], ['member-ben', null]] as const) {
    const joined = applyCommand(state, { id: `join-${memberId}`, type: 'member.join', payload: { memberId, name } }, { actor: { role: 'system', memberId: null }, now: NOW });
    if (!joined.ok) throw new Error(joined.message);
    state = joined.state;
  }
  return state;
}

const VIEWERS: { name: string; viewer: Viewer; sees: boolean }[] = [
  { name: 'the facilitator', viewer: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }, sees: true },
  { name: 'the phone that answered', viewer: { role: 'participant', memberId: 'member-ana' }, sees: true },
  { name: 'another phone', viewer: { role: 'participant', memberId: 'member-ben' }, sees: false },
  { name: 'the screen', viewer: SCREEN, sees: false },
];

describe('access.setNeeds', () => {
  const answered = ok(room(), phone('member-ana'), { needs: ['largePrint', 'breaks', 'breaks'], other: '  I use a wheelchair ' });

  it('keeps each need once, in the order of the list, with the typed text trimmed and the time', () => {
    expect(answered.state.access.needs['member-ana']).toEqual({ needs: ['breaks', 'largePrint'], other: 'I use a wheelchair', updatedAt: NOW });
  });

  it('tells the facilitators and that person only, never everyone', () => {
    expect(answered.effects.map((effect) => effect.to)).toEqual([FACILITATORS, onlyMember('member-ana')]);
  });

  it.each(VIEWERS)('gives $name the answer: $sees', ({ viewer, sees }) => {
    const view = projectRoom(answered.state, viewer);
    expect(view.access.needs['member-ana'] !== undefined).toBe(sees);
    expect(answered.effects.some((effect) => canSee(effect.to, viewer))).toBe(sees);
    const folded = answered.effects.filter((effect) => canSee(effect.to, viewer)).reduce((current, effect) => applyDelta(current, effect.delta), projectRoom(room(), viewer));
    expect(folded.access).toEqual(view.access);
  });

  it('shows a phone only its own answer when two have answered', () => {
    const both = ok(answered.state, phone('member-ben'), { needs: ['quietSpace'], other: null }).state;
    expect(Object.keys(projectRoom(both, VIEWERS[1]!.viewer).access.needs)).toEqual(['member-ana']);
    expect(Object.keys(projectRoom(both, VIEWERS[2]!.viewer).access.needs)).toEqual(['member-ben']);
    expect(projectRoom(both, SCREEN).access.needs).toEqual({});
  });

  it('clears the answer with no needs and no other text, and tells the same people', () => {
    const cleared = ok(answered.state, phone('member-ana'), { needs: [], other: null });
    expect(cleared.state.access.needs).toEqual({});
    expect(cleared.effects).toEqual([
      { to: FACILITATORS, delta: { type: 'access.needsSaved', memberId: 'member-ana', entry: null } },
      { to: onlyMember('member-ana'), delta: { type: 'access.needsSaved', memberId: 'member-ana', entry: null } },
    ]);
  });

  it.each([
    { name: 'the same answer again', state: () => answered.state, payload: { needs: ['breaks', 'largePrint'], other: 'I use a wheelchair' }, code: ErrorCode.CONFLICT },
    { name: 'clearing when nothing was given', state: room, payload: { needs: [], other: null }, code: ErrorCode.CONFLICT },
  ])('refuses $name', ({ state, payload, code }) => {
    expect(run(state(), phone('member-ana'), payload)).toMatchObject({ ok: false, code });
  });

  it.each([
    { name: 'other text past the limit', payload: { needs: [], other: 'x'.repeat(ACCESS_OTHER_MAX + 1) } },
    { name: 'other text of only spaces', payload: { needs: [], other: '   ' } },
    { name: 'a need not on the list', payload: { needs: ['aLift'], other: null } },
  ])('does not accept $name', ({ payload }) => {
    expect(clientCommandSchema.safeParse({ id: 'cmd-000999', type: 'access.setNeeds', payload }).success).toBe(false);
  });

  it('accepts other text at the limit', () => {
    expect(ok(room(), phone('member-ana'), { needs: [], other: 'x'.repeat(ACCESS_OTHER_MAX) }).state.access.needs['member-ana']?.other).toHaveLength(ACCESS_OTHER_MAX);
  });

  it.each([
    { name: 'the facilitator', actor: FACILITATOR },
    { name: 'the screen', actor: { role: 'screen', memberId: null } as Actor },
    { name: 'a phone that never joined', actor: phone('member-nobody') },
  ])('refuses $name', ({ actor }) => {
    expect(run(room(), actor, { needs: ['breaks'], other: null })).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });
});

describe('accessListings', () => {
  it('lists the newest answer first, with the name each person gave or none', () => {
    const first = ok(room(), phone('member-ana'), { needs: ['breaks'], other: null }, NOW).state;
    const second = ok(first, phone('member-ben'), { needs: ['moreTime'], other: null }, NOW + 1000).state;
    expect(accessListings(second.access, second.members).map(({ memberId, name }) => ({ memberId, name }))).toEqual([
      { memberId: 'member-ben', name: null },
      { memberId: 'member-ana', name: 'Ana' },
    ]);
  });
});
