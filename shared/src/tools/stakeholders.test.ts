import { describe, expect, it } from 'vitest';
import { allExceptMember, canSee, EVERYONE, FACILITATOR_MEMBER_ID, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { ErrorCode } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { applyCommand, applyDelta, type AnyCommand } from '../reducer.ts';
import { createRoomState, projectRoom, type Reduction, type RoomState } from '../state.ts';
import {
  emptyColumns,
  GRID_COLUMNS,
  muchAffectedLittleInfluence,
  notesIn,
  orderedStakeholders,
  QUADRANTS,
  SMALL_GROUPS_MAX,
  STAKEHOLDER_NOTES_MAX,
  STAKEHOLDERS_MAX,
  STARTER_STAKEHOLDERS,
  type GridNote,
  type Quadrant,
  type Stakeholder,
} from './stakeholders.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const LATER = NOW + 60_000;
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const ALICE: Actor = { role: 'participant', memberId: 'member-alice' };
const BOB: Actor = { role: 'participant', memberId: 'member-bob' };
const SCREEN_ACTOR: Actor = { role: 'screen', memberId: null };
const SCREEN: Viewer = { role: 'screen', memberId: null };
const VIEWERS: Viewer[] = [FACILITATOR as Viewer, ALICE as Viewer, BOB as Viewer, SCREEN];

/** A command as it arrives from a device: parsed by the wire schema, so typed text is trimmed. */
function command(type: string, payload: unknown, id = 'cmd-0000-0001'): AnyCommand {
  return clientCommandSchema.parse({ id, type, payload });
}

function run(state: RoomState, actor: Actor, cmd: AnyCommand, now = LATER): Reduction {
  return applyCommand(state, cmd, { actor, now });
}

function applied(reduction: Reduction) {
  if (!reduction.ok) throw new Error(`Refused with ${reduction.code}: ${reduction.message}`);
  return reduction;
}

/** Freezes every object inside `value`, so any mutation by the reducer throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const add = (id: string, name: string, why: string | null = null, brings: string | null = null) => command('stakeholders.add', { name, why, brings }, id);
const addNote = (id: string, stakeholderId: string, column: string, text: string) => command('stakeholders.addNote', { stakeholderId, column, text }, id);

/**
 * Alice and Bob have joined; Alice added "Bus drivers" (with a needs note), the facilitator added
 * "Local shops" (with a barriers note), and there is one small group.
 */
function room(): RoomState {
  let state = createRoomState('room-0001', 'Bus routes', NOW - 10_000);
  const steps: [Actor, AnyCommand][] = [
    [{ role: 'system', memberId: null }, { id: 'join-alice', type: 'member.join', payload: { memberId: 'member-alice', name: 'Alice' } }],
    [{ role: 'system', memberId: null }, { id: 'join-bob', type: 'member.join', payload: { memberId: 'member-bob', name: null } }],
    [ALICE, add('sh-drivers-01', 'Bus drivers', 'They run the routes', 'Know every stop')],
    [FACILITATOR, add('sh-shops-001', 'Local shops')],
    [ALICE, addNote('note-alice-01', 'sh-drivers-01', 'needs', 'Time off to come')],
    [FACILITATOR, addNote('note-facil-01', 'sh-shops-001', 'barriers', 'Busy on market day')],
    [FACILITATOR, command('stakeholders.addGroup', { name: 'Red table' }, 'group-red-001')],
  ];
  for (const [actor, cmd] of steps) state = applied(run(state, actor, cmd, NOW)).state;
  return deepFreeze(state);
}

const stakeholder = (state: RoomState, id: string): Stakeholder | undefined => state.stakeholders.stakeholders[id];
const note = (state: RoomState, id: string): GridNote | undefined => state.stakeholders.notes[id];
const refused = (code: string, message?: RegExp) => ({ ok: false, code, ...(message ? { message: expect.stringMatching(message) } : {}) });

/** What `viewer` ends up with after folding the deltas it may see into its view of `before`. */
function foldedView(before: RoomState, reduction: Reduction, viewer: Viewer) {
  const { effects } = applied(reduction);
  return effects.filter((effect) => canSee(effect.to, viewer)).reduce((view, effect) => applyDelta(view, effect.delta), projectRoom(before, viewer));
}

describe('stakeholders.add', () => {
  it('stores the stakeholder at the end of the list, not yet placed, grouped or involved', () => {
    const before = room();
    const { state } = applied(run(before, BOB, add('sh-council-1', '  The   council ', 'They pay', null)));
    expect(stakeholder(state, 'sh-council-1')).toEqual({
      id: 'sh-council-1',
      name: 'The   council',
      why: 'They pay',
      brings: null,
      addedBy: 'member-bob',
      createdAt: LATER,
      sortKey: expect.any(String),
      groupId: null,
      quadrant: null,
      involved: false,
    });
    expect(orderedStakeholders(state.stakeholders).map((s) => s.id)).toEqual(['sh-drivers-01', 'sh-shops-001', 'sh-council-1']);
  });

  it.each([
    { who: 'a participant', actor: BOB },
    { who: 'the facilitator', actor: FACILITATOR },
  ])('tells only $who who added it; every other device gets it without the adder', ({ actor }) => {
    const { state, effects } = applied(run(room(), actor, add('sh-council-1', 'The council')));
    const full = stakeholder(state, 'sh-council-1')!;
    expect(full.addedBy).toBe(actor.memberId);
    expect(effects).toEqual([
      { to: allExceptMember(actor.memberId!), delta: { type: 'stakeholders.stakeholderSaved', stakeholder: { ...full, addedBy: null } } },
      { to: onlyMember(actor.memberId!), delta: { type: 'stakeholders.stakeholderSaved', stakeholder: full } },
    ]);
    for (const viewer of VIEWERS) {
      const seen = effects.filter((effect) => canSee(effect.to, viewer));
      expect(seen, `${viewer.role} ${viewer.memberId}`).toEqual([
        { to: expect.anything(), delta: expect.objectContaining({ stakeholder: expect.objectContaining({ addedBy: viewer.memberId === actor.memberId ? actor.memberId : null }) }) },
      ]);
    }
  });

  it.each(['Bus drivers', 'bus drivers', 'BUS DRIVERS', '  Bus   drivers  ', 'bus\tDrivers'])('refuses “%s”, naming the stakeholder already listed', (name) => {
    expect(run(room(), BOB, add('sh-again-001', name))).toEqual(refused(ErrorCode.CONFLICT, /^“Bus drivers” is already on the list\.$/));
  });

  it('refuses the same command twice', () => {
    expect(run(room(), ALICE, add('sh-drivers-01', 'Someone else'))).toMatchObject(refused(ErrorCode.CONFLICT));
  });

  it.each([
    { name: '   ', why: null },
    { name: 'x'.repeat(81), why: null },
    { name: 'Fine', why: 'y'.repeat(301) },
  ])('refuses an empty or over-long name or reason at the wire', (payload) => {
    expect(clientCommandSchema.safeParse({ id: 'cmd-0000-0001', type: 'stakeholders.add', payload: { ...payload, brings: null } }).success).toBe(false);
  });

  it(`accepts stakeholder ${STAKEHOLDERS_MAX} and refuses the one after`, () => {
    let state = room();
    for (let n = 2; n < STAKEHOLDERS_MAX; n++) state = applied(run(state, BOB, add(`sh-fill-${String(n).padStart(4, '0')}`, `Group ${n}`))).state;
    expect(Object.keys(state.stakeholders.stakeholders)).toHaveLength(STAKEHOLDERS_MAX);
    expect(run(deepFreeze(state), FACILITATOR, add('sh-over-0001', 'One too many'))).toMatchObject(refused(ErrorCode.LIMIT_REACHED));
  });
});

describe('stakeholders.edit', () => {
  const edit = (stakeholderId: string, name: string) => command('stakeholders.edit', { stakeholderId, name, why: 'New reason', brings: null });

  it.each([
    { who: 'its adder', actor: ALICE, id: 'sh-drivers-01' },
    { who: 'the facilitator, on a participant’s', actor: FACILITATOR, id: 'sh-drivers-01' },
    { who: 'the facilitator, on its own', actor: FACILITATOR, id: 'sh-shops-001' },
  ])('lets $who change the words, keeping its place, group and map position', ({ actor, id }) => {
    const before = applied(run(room(), BOB, command('stakeholders.place', { stakeholderId: id, quadrant: 'muchInfluenceLittleAffected' }))).state;
    const { state } = applied(run(before, actor, edit(id, 'Renamed')));
    expect(stakeholder(state, id)).toEqual({ ...stakeholder(before, id), name: 'Renamed', why: 'New reason', brings: null });
  });

  it.each([
    { who: 'another participant', actor: BOB, id: 'sh-drivers-01' },
    { who: 'a participant, on the facilitator’s', actor: ALICE, id: 'sh-shops-001' },
  ])('refuses $who', ({ actor, id }) => {
    expect(run(room(), actor, edit(id, 'Renamed'))).toMatchObject(refused(ErrorCode.FORBIDDEN, /Only the person who added it, or the host/));
  });

  it('refuses a name another stakeholder has, in any case, and allows re-casing its own', () => {
    expect(run(room(), ALICE, edit('sh-drivers-01', 'LOCAL  shops'))).toEqual(refused(ErrorCode.CONFLICT, /^“Local shops” is already on the list\.$/));
    expect(stakeholder(applied(run(room(), ALICE, edit('sh-drivers-01', 'BUS DRIVERS'))).state, 'sh-drivers-01')?.name).toBe('BUS DRIVERS');
  });

  it('keeps the adder hidden when the facilitator edits', () => {
    const { effects } = applied(run(room(), FACILITATOR, edit('sh-drivers-01', 'Drivers')));
    expect(effects.map((effect) => [effect.to, effect.delta.type === 'stakeholders.stakeholderSaved' && effect.delta.stakeholder.addedBy])).toEqual([
      [allExceptMember('member-alice'), null],
      [onlyMember('member-alice'), 'member-alice'],
    ]);
  });

  it('refuses a stakeholder no longer listed', () => {
    expect(run(room(), FACILITATOR, edit('sh-gone-0001', 'Anyone'))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('stakeholders.remove', () => {
  it('drops the stakeholder and its notes, leaving the others, and tells everyone once', () => {
    const before = room();
    const reduction = run(before, FACILITATOR, command('stakeholders.remove', { stakeholderId: 'sh-drivers-01' }));
    const { state, effects } = applied(reduction);
    expect(Object.keys(state.stakeholders.stakeholders)).toEqual(['sh-shops-001']);
    expect(Object.keys(state.stakeholders.notes)).toEqual(['note-facil-01']);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'stakeholders.stakeholderRemoved', stakeholderId: 'sh-drivers-01' } }]);
    for (const viewer of VIEWERS) expect(foldedView(before, reduction, viewer)).toEqual(projectRoom(state, viewer));
  });

  it('refuses a note on a removed stakeholder', () => {
    const state = applied(run(room(), FACILITATOR, command('stakeholders.remove', { stakeholderId: 'sh-drivers-01' }))).state;
    expect(run(state, ALICE, addNote('note-late-001', 'sh-drivers-01', 'needs', 'Too late'))).toMatchObject(refused(ErrorCode.NOT_FOUND));
    expect(run(state, FACILITATOR, command('stakeholders.remove', { stakeholderId: 'sh-drivers-01' }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('stakeholders.addStarters', () => {
  const starters = (id = 'cmd-starters-1') => command('stakeholders.addStarters', {}, id);

  it('adds every starter, in order, after the list, with ids from the command id and one delta each', () => {
    const { state, effects } = applied(run(room(), FACILITATOR, starters()));
    const added = orderedStakeholders(state.stakeholders).slice(2);
    expect(added.map((s) => s.name)).toEqual(STARTER_STAKEHOLDERS);
    expect(added.map((s) => s.id)).toEqual(STARTER_STAKEHOLDERS.map((_, index) => `cmd-starters-1-${String(index + 1).padStart(2, '0')}`));
    expect(added.every((s) => s.addedBy === null)).toBe(true);
    expect(effects).toEqual(added.map((s) => ({ to: EVERYONE, delta: { type: 'stakeholders.stakeholderSaved', stakeholder: s } })));
  });

  it('adds only the starters not listed yet, by name in any case and spacing', () => {
    let state = applied(run(room(), ALICE, add('sh-funders-1', '  FUNDERS '))).state;
    state = applied(run(state, BOB, add('sh-council-1', 'the   Council'))).state;
    const { state: after, effects } = applied(run(deepFreeze(state), FACILITATOR, starters()));
    const names = orderedStakeholders(after.stakeholders).map((s) => s.name);
    expect(names).toEqual(['Bus drivers', 'Local shops', 'FUNDERS', 'the   Council', ...STARTER_STAKEHOLDERS.filter((name) => name !== 'Funders' && name !== 'The council')]);
    expect(effects).toHaveLength(STARTER_STAKEHOLDERS.length - 2);
    expect(stakeholder(after, 'cmd-starters-1-08')?.name).toBe('Transport and other companies people rely on');
  });

  it('makes valid ids from a long command id', () => {
    const { state } = applied(run(room(), FACILITATOR, starters('c'.repeat(64))));
    for (const id of Object.keys(state.stakeholders.stakeholders)) expect(idSchema.safeParse(id).success, id).toBe(true);
  });

  it('refuses when every starter is listed already', () => {
    const state = deepFreeze(applied(run(room(), FACILITATOR, starters())).state);
    expect(run(state, FACILITATOR, starters('cmd-starters-2'))).toEqual(refused(ErrorCode.CONFLICT, /starter groups are all on the list/));
  });

  it('refuses, adding none, when the starters would overfill the list', () => {
    let state = room();
    const roomFor = STAKEHOLDERS_MAX - STARTER_STAKEHOLDERS.length + 1;
    for (let n = 2; n < roomFor; n++) state = applied(run(state, BOB, add(`sh-fill-${String(n).padStart(4, '0')}`, `Group ${n}`))).state;
    expect(run(deepFreeze(state), FACILITATOR, starters())).toMatchObject(refused(ErrorCode.LIMIT_REACHED));
    const exactlyFull = applied(run(state, FACILITATOR, command('stakeholders.remove', { stakeholderId: 'sh-fill-0002' }))).state;
    expect(Object.keys(applied(run(exactlyFull, FACILITATOR, starters())).state.stakeholders.stakeholders)).toHaveLength(STAKEHOLDERS_MAX);
  });
});

describe('grid notes', () => {
  it.each(GRID_COLUMNS)('adds a note to the %s column, its writer told only to their own devices', (column) => {
    const { state, effects } = applied(run(room(), BOB, addNote('note-bob-0001', 'sh-shops-001', column, '  Step-free entrance ')));
    const full = { id: 'note-bob-0001', stakeholderId: 'sh-shops-001', column, text: 'Step-free entrance', addedBy: 'member-bob', createdAt: LATER };
    expect(note(state, 'note-bob-0001')).toEqual(full);
    expect(effects).toEqual([
      { to: allExceptMember('member-bob'), delta: { type: 'stakeholders.noteSaved', note: { ...full, addedBy: null } } },
      { to: onlyMember('member-bob'), delta: { type: 'stakeholders.noteSaved', note: full } },
    ]);
  });

  it('refuses a note on an unknown stakeholder, a repeated note and an empty one', () => {
    expect(run(room(), BOB, addNote('note-bob-0001', 'sh-gone-0001', 'needs', 'Lifts'))).toMatchObject(refused(ErrorCode.NOT_FOUND));
    expect(run(room(), BOB, addNote('note-alice-01', 'sh-shops-001', 'needs', 'Lifts'))).toMatchObject(refused(ErrorCode.CONFLICT));
    expect(clientCommandSchema.safeParse({ id: 'note-bob-0001', type: 'stakeholders.addNote', payload: { stakeholderId: 'sh-shops-001', column: 'needs', text: ' ' } }).success).toBe(false);
    expect(clientCommandSchema.safeParse({ id: 'note-bob-0001', type: 'stakeholders.addNote', payload: { stakeholderId: 'sh-shops-001', column: 'wishes', text: 'Hi' } }).success).toBe(false);
  });

  it(`accepts note ${STAKEHOLDER_NOTES_MAX} and refuses the one after`, () => {
    const base = room();
    const notes = { ...base.stakeholders.notes };
    for (let n = Object.keys(notes).length; n < STAKEHOLDER_NOTES_MAX - 1; n++) notes[`note-fill-${n}`] = { ...notes['note-alice-01']!, id: `note-fill-${n}` };
    const almost = deepFreeze({ ...base, stakeholders: { ...base.stakeholders, notes } });
    const full = applied(run(almost, BOB, addNote('note-last-001', 'sh-shops-001', 'needs', 'Last'))).state;
    expect(Object.keys(full.stakeholders.notes)).toHaveLength(STAKEHOLDER_NOTES_MAX);
    expect(run(full, FACILITATOR, addNote('note-over-001', 'sh-shops-001', 'needs', 'Over'))).toMatchObject(refused(ErrorCode.LIMIT_REACHED));
  });

  it.each([
    { who: 'its writer', actor: ALICE, noteId: 'note-alice-01', allowed: true },
    { who: 'the facilitator, on a participant’s note', actor: FACILITATOR, noteId: 'note-alice-01', allowed: true },
    { who: 'another participant', actor: BOB, noteId: 'note-alice-01', allowed: false },
    { who: 'a participant, on the facilitator’s note', actor: ALICE, noteId: 'note-facil-01', allowed: false },
  ])('editing and removing: $who allowed $allowed', ({ actor, noteId, allowed }) => {
    const edited = run(room(), actor, command('stakeholders.editNote', { noteId, text: 'Reworded' }));
    const removed = run(room(), actor, command('stakeholders.removeNote', { noteId }));
    if (!allowed) {
      expect(edited).toMatchObject(refused(ErrorCode.FORBIDDEN, /Only the person who wrote a note, or the host/));
      expect(removed).toMatchObject(refused(ErrorCode.FORBIDDEN));
      return;
    }
    expect(note(applied(edited).state, noteId)).toEqual({ ...note(room(), noteId), text: 'Reworded' });
    expect(note(applied(removed).state, noteId)).toBeUndefined();
    expect(applied(removed).effects).toEqual([{ to: EVERYONE, delta: { type: 'stakeholders.noteRemoved', noteId } }]);
  });

  it('refuses to change a note no longer in the grid', () => {
    expect(run(room(), FACILITATOR, command('stakeholders.editNote', { noteId: 'note-gone-001', text: 'x' }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
    expect(run(room(), FACILITATOR, command('stakeholders.removeNote', { noteId: 'note-gone-001' }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('small groups', () => {
  const addGroup = (id: string, name: string) => command('stakeholders.addGroup', { name }, id);

  it('adds groups in order, tells everyone, and renames them', () => {
    const { state, effects } = applied(run(room(), FACILITATOR, addGroup('group-blue-01', 'Blue table')));
    const blue = state.stakeholders.groups['group-blue-01']!;
    expect(blue).toEqual({ id: 'group-blue-01', name: 'Blue table', sortKey: expect.any(String) });
    expect(blue.sortKey > state.stakeholders.groups['group-red-001']!.sortKey).toBe(true);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'stakeholders.groupSaved', group: blue } }]);
    const renamed = applied(run(deepFreeze(state), FACILITATOR, command('stakeholders.renameGroup', { groupId: 'group-blue-01', name: 'Window table' })));
    expect(renamed.state.stakeholders.groups['group-blue-01']).toEqual({ ...blue, name: 'Window table' });
    expect(run(state, FACILITATOR, command('stakeholders.renameGroup', { groupId: 'group-gone-01', name: 'x' }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });

  it(`accepts group ${SMALL_GROUPS_MAX} and refuses the one after, and a repeated group`, () => {
    let state = room();
    for (let n = 1; n < SMALL_GROUPS_MAX; n++) state = applied(run(state, FACILITATOR, addGroup(`group-fill-${n}`, `Table ${n}`))).state;
    expect(Object.keys(state.stakeholders.groups)).toHaveLength(SMALL_GROUPS_MAX);
    expect(run(deepFreeze(state), FACILITATOR, addGroup('group-over-01', 'Too many'))).toMatchObject(refused(ErrorCode.LIMIT_REACHED));
    expect(run(room(), FACILITATOR, addGroup('group-red-001', 'Again'))).toMatchObject(refused(ErrorCode.CONFLICT));
  });

  it('removing a group takes it off every row and person, on the server and on each device', () => {
    let before = applied(run(room(), FACILITATOR, command('stakeholders.assign', { stakeholderId: 'sh-drivers-01', groupId: 'group-red-001' }))).state;
    before = applied(run(before, FACILITATOR, addGroup('group-blue-01', 'Blue table'))).state;
    before = applied(run(before, FACILITATOR, command('stakeholders.assign', { stakeholderId: 'sh-shops-001', groupId: 'group-blue-01' }))).state;
    before = applied(run(before, ALICE, command('stakeholders.joinGroup', { groupId: 'group-red-001' }))).state;
    before = deepFreeze(applied(run(before, BOB, command('stakeholders.joinGroup', { groupId: 'group-blue-01' }))).state);
    const reduction = run(before, FACILITATOR, command('stakeholders.removeGroup', { groupId: 'group-red-001' }));
    const { state, effects } = applied(reduction);
    expect(Object.keys(state.stakeholders.groups)).toEqual(['group-blue-01']);
    expect(stakeholder(state, 'sh-drivers-01')?.groupId).toBeNull();
    expect(stakeholder(state, 'sh-shops-001')?.groupId).toBe('group-blue-01');
    expect(state.stakeholders.memberGroups).toEqual({ 'member-bob': 'group-blue-01' });
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'stakeholders.groupRemoved', groupId: 'group-red-001' } }]);
    for (const viewer of VIEWERS) expect(foldedView(before, reduction, viewer)).toEqual(projectRoom(state, viewer));
    expect(run(state, FACILITATOR, command('stakeholders.removeGroup', { groupId: 'group-red-001' }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });

  it('assigns a row to a group and back to none, keeping its adder hidden from others', () => {
    const assign = (groupId: string | null) => command('stakeholders.assign', { stakeholderId: 'sh-drivers-01', groupId });
    const { state, effects } = applied(run(room(), FACILITATOR, assign('group-red-001')));
    expect(stakeholder(state, 'sh-drivers-01')?.groupId).toBe('group-red-001');
    expect(effects.map((effect) => effect.to)).toEqual([allExceptMember('member-alice'), onlyMember('member-alice')]);
    expect(stakeholder(applied(run(deepFreeze(state), FACILITATOR, assign(null))).state, 'sh-drivers-01')?.groupId).toBeNull();
    expect(run(room(), FACILITATOR, assign('group-gone-01'))).toMatchObject(refused(ErrorCode.NOT_FOUND, /small group no longer exists/));
    expect(run(room(), FACILITATOR, command('stakeholders.assign', { stakeholderId: 'sh-gone-0001', groupId: null }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('stakeholders.joinGroup', () => {
  const join = (groupId: string | null) => command('stakeholders.joinGroup', { groupId });

  it('records which group a participant is in, telling only that participant', () => {
    const before = room();
    const reduction = run(before, ALICE, join('group-red-001'));
    const { state, effects } = applied(reduction);
    expect(state.stakeholders.memberGroups).toEqual({ 'member-alice': 'group-red-001' });
    expect(effects).toEqual([{ to: onlyMember('member-alice'), delta: { type: 'stakeholders.memberGroupSaved', memberId: 'member-alice', groupId: 'group-red-001' } }]);
    expect(projectRoom(state, BOB as Viewer).stakeholders.memberGroups).toEqual({});
    expect(projectRoom(state, FACILITATOR as Viewer).stakeholders.memberGroups).toEqual({});
    expect(projectRoom(state, SCREEN).stakeholders.memberGroups).toEqual({});
    for (const viewer of VIEWERS) expect(foldedView(before, reduction, viewer)).toEqual(projectRoom(state, viewer));
  });

  it('leaves with null, and refuses an unknown group', () => {
    const state = deepFreeze(applied(run(room(), ALICE, join('group-red-001'))).state);
    const left = applied(run(state, ALICE, join(null)));
    expect(left.state.stakeholders.memberGroups).toEqual({});
    expect(left.effects).toEqual([{ to: onlyMember('member-alice'), delta: { type: 'stakeholders.memberGroupSaved', memberId: 'member-alice', groupId: null } }]);
    expect(run(state, BOB, join('group-gone-01'))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('the influence map and who is involved', () => {
  it.each<Quadrant | null>([...QUADRANTS, null])('lets any participant place a stakeholder in %s', (quadrant) => {
    const placed = applied(run(room(), FACILITATOR, command('stakeholders.place', { stakeholderId: 'sh-shops-001', quadrant: 'muchInfluenceMuchAffected' }))).state;
    const { state, effects } = applied(run(deepFreeze(placed), BOB, command('stakeholders.place', { stakeholderId: 'sh-shops-001', quadrant })));
    expect(stakeholder(state, 'sh-shops-001')).toEqual({ ...stakeholder(placed, 'sh-shops-001'), quadrant });
    expect(effects.map((effect) => effect.delta)).toContainEqual({ type: 'stakeholders.stakeholderSaved', stakeholder: stakeholder(state, 'sh-shops-001') });
  });

  it.each([true, false])('lets a participant mark a stakeholder involved: %s', (involved) => {
    const start = applied(run(room(), FACILITATOR, command('stakeholders.setInvolved', { stakeholderId: 'sh-drivers-01', involved: !involved }))).state;
    const { state } = applied(run(deepFreeze(start), BOB, command('stakeholders.setInvolved', { stakeholderId: 'sh-drivers-01', involved })));
    expect(stakeholder(state, 'sh-drivers-01')).toEqual({ ...stakeholder(start, 'sh-drivers-01'), involved });
  });

  it('refuses a stakeholder no longer listed', () => {
    expect(run(room(), BOB, command('stakeholders.place', { stakeholderId: 'sh-gone-0001', quadrant: null }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
    expect(run(room(), BOB, command('stakeholders.setInvolved', { stakeholderId: 'sh-gone-0001', involved: true }))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('stakeholders.setView', () => {
  it.each([
    { view: 'grid', highlightGaps: true },
    { view: 'map', highlightGaps: false },
    { view: 'list', highlightGaps: true },
  ] as const)('shows the $view view on the screen (gaps picked out: $highlightGaps)', ({ view, highlightGaps }) => {
    const { state, effects } = applied(run(room(), FACILITATOR, command('stakeholders.setView', { view, highlightGaps })));
    expect(state.stakeholders).toMatchObject({ view, highlightGaps });
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'stakeholders.viewSaved', view, highlightGaps } }]);
  });
});

describe('helpers', () => {
  function gridRoom(): RoomState {
    let state = room();
    const steps: [Actor, AnyCommand, number][] = [
      [BOB, addNote('note-b-000002', 'sh-drivers-01', 'needs', 'Second, same time'), LATER],
      [ALICE, addNote('note-a-000002', 'sh-drivers-01', 'needs', 'First by id, same time'), LATER],
      [ALICE, addNote('note-early-01', 'sh-drivers-01', 'solutions', 'Pay their time'), NOW + 1],
      [FACILITATOR, add('sh-families1', 'Families'), LATER],
      [BOB, command('stakeholders.place', { stakeholderId: 'sh-families1', quadrant: 'littleInfluenceMuchAffected' }), LATER],
      [BOB, command('stakeholders.place', { stakeholderId: 'sh-drivers-01', quadrant: 'littleInfluenceMuchAffected' }), LATER],
      [BOB, command('stakeholders.place', { stakeholderId: 'sh-shops-001', quadrant: 'muchInfluenceMuchAffected' }), LATER],
    ];
    for (const [actor, cmd, at] of steps) state = applied(run(state, actor, cmd, at)).state;
    return deepFreeze(state);
  }

  it('notesIn gives one cell’s notes, oldest first, ties by id', () => {
    const { stakeholders } = gridRoom();
    expect(notesIn(stakeholders, 'sh-drivers-01', 'needs').map((n) => n.id)).toEqual(['note-alice-01', 'note-a-000002', 'note-b-000002']);
    expect(notesIn(stakeholders, 'sh-drivers-01', 'solutions').map((n) => n.text)).toEqual(['Pay their time']);
    expect(notesIn(stakeholders, 'sh-families1', 'needs')).toEqual([]);
  });

  it('emptyColumns names the columns with no note yet, in grid order', () => {
    const { stakeholders } = gridRoom();
    expect(emptyColumns(stakeholders, 'sh-drivers-01')).toEqual(['barriers']);
    expect(emptyColumns(stakeholders, 'sh-shops-001')).toEqual(['needs', 'solutions']);
    expect(emptyColumns(stakeholders, 'sh-families1')).toEqual([...GRID_COLUMNS]);
  });

  it('muchAffectedLittleInfluence lists those in that corner, in list order', () => {
    expect(muchAffectedLittleInfluence(gridRoom().stakeholders).map((s) => s.name)).toEqual(['Bus drivers', 'Families']);
  });

  it('orderedStakeholders follows the sort keys, then ids', () => {
    const { stakeholders } = gridRoom();
    const tied = { ...stakeholders.stakeholders, 'sh-aaaa-0001': { ...stakeholders.stakeholders['sh-shops-001']!, id: 'sh-aaaa-0001' } };
    expect(orderedStakeholders({ stakeholders: tied }).map((s) => s.id)).toEqual(['sh-drivers-01', 'sh-aaaa-0001', 'sh-shops-001', 'sh-families1']);
  });
});

describe('permissions', () => {
  const everyCommand: AnyCommand[] = [
    add('sh-new-00001', 'New'),
    command('stakeholders.edit', { stakeholderId: 'sh-drivers-01', name: 'New', why: null, brings: null }),
    command('stakeholders.remove', { stakeholderId: 'sh-drivers-01' }),
    command('stakeholders.addStarters', {}),
    addNote('note-new-0001', 'sh-drivers-01', 'needs', 'New'),
    command('stakeholders.editNote', { noteId: 'note-alice-01', text: 'New' }),
    command('stakeholders.removeNote', { noteId: 'note-alice-01' }),
    command('stakeholders.addGroup', { name: 'New' }, 'group-new-001'),
    command('stakeholders.renameGroup', { groupId: 'group-red-001', name: 'New' }),
    command('stakeholders.removeGroup', { groupId: 'group-red-001' }),
    command('stakeholders.assign', { stakeholderId: 'sh-drivers-01', groupId: 'group-red-001' }),
    command('stakeholders.joinGroup', { groupId: 'group-red-001' }),
    command('stakeholders.place', { stakeholderId: 'sh-drivers-01', quadrant: 'muchInfluenceMuchAffected' }),
    command('stakeholders.setInvolved', { stakeholderId: 'sh-drivers-01', involved: true }),
    command('stakeholders.setView', { view: 'map', highlightGaps: true }),
  ];
  const FACILITATOR_ONLY = ['stakeholders.remove', 'stakeholders.addStarters', 'stakeholders.addGroup', 'stakeholders.renameGroup', 'stakeholders.removeGroup', 'stakeholders.assign', 'stakeholders.setView'];

  it.each(everyCommand.map((cmd) => [cmd.type, cmd] as const))('the screen cannot run %s', (_type, cmd) => {
    expect(run(room(), SCREEN_ACTOR, cmd)).toMatchObject(refused(ErrorCode.FORBIDDEN));
  });

  it.each(everyCommand.filter((cmd) => FACILITATOR_ONLY.includes(cmd.type)).map((cmd) => [cmd.type, cmd] as const))('a participant cannot run %s', (_type, cmd) => {
    expect(run(room(), ALICE, cmd)).toMatchObject(refused(ErrorCode.FORBIDDEN));
  });

  it('only a participant joins a small group: the facilitator is refused', () => {
    expect(run(room(), FACILITATOR, command('stakeholders.joinGroup', { groupId: 'group-red-001' }))).toMatchObject(refused(ErrorCode.FORBIDDEN));
  });

  it.each(everyCommand.filter((cmd) => !FACILITATOR_ONLY.includes(cmd.type) && cmd.type !== 'stakeholders.joinGroup').map((cmd) => [cmd.type, cmd] as const))(
    'the facilitator can run %s',
    (_type, cmd) => {
      expect(run(room(), FACILITATOR, cmd).ok).toBe(true);
    },
  );
});

describe('determinism', () => {
  it('gives the same state and effects for the same script, every time', () => {
    const script = (): Reduction[] => {
      let state = room();
      const reductions: Reduction[] = [];
      const steps: [Actor, AnyCommand][] = [
        [FACILITATOR, command('stakeholders.addStarters', {}, 'cmd-starters-1')],
        [ALICE, addNote('note-a-000003', 'cmd-starters-1-01', 'barriers', 'Forms are hard')],
        [BOB, command('stakeholders.place', { stakeholderId: 'cmd-starters-1-01', quadrant: 'littleInfluenceMuchAffected' })],
        [ALICE, command('stakeholders.joinGroup', { groupId: 'group-red-001' })],
        [FACILITATOR, command('stakeholders.removeGroup', { groupId: 'group-red-001' })],
      ];
      for (const [index, [actor, cmd]] of steps.entries()) {
        const reduction = run(state, actor, cmd, LATER + index);
        reductions.push(reduction);
        state = applied(reduction).state;
      }
      return reductions;
    };
    expect(script()).toEqual(script());
  });
});
