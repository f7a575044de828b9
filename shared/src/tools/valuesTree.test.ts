import { describe, expect, it } from 'vitest';
import { allExceptMember, canSee, EVERYONE, FACILITATOR_MEMBER_ID, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { ErrorCode } from '../errors.ts';
import { applyCommand, applyDelta, type AnyCommand } from '../reducer.ts';
import { createRoomState, projectRoom, type Reduction, type RoomState } from '../state.ts';
import { notesOf, VALUE_NOTES_MAX, VALUE_NOTES_PER_PERSON, VALUES_PHASES, type ValueNote } from './valuesTree.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const LATER = NOW + 60_000;
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const ALICE: Actor = { role: 'participant', memberId: 'member-alice' };
const BOB: Actor = { role: 'participant', memberId: 'member-bob' };
const SCREEN_ACTOR: Actor = { role: 'screen', memberId: null };
const SCREEN: Viewer = { role: 'screen', memberId: null };
const VIEWERS: Viewer[] = [FACILITATOR as Viewer, ALICE as Viewer, BOB as Viewer, SCREEN];
const CARE = 'theme-care-01';
const TRUTH = 'theme-truth-1';

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

const refused = (code: string, message?: RegExp) => ({ ok: false, code, ...(message ? { message: expect.stringMatching(message) } : {}) });
const addNote = (id: string, text: string, anonymous = false) => command('valuesTree.addNote', { text, anonymous }, id);
const move = (noteId: string, themeId: string | null, afterNoteId: string | null = null) => command('valuesTree.moveNote', { noteId, themeId, afterNoteId });
const vote = (themeId: string, count: number) => command('valuesTree.vote', { themeId, count });
const setPhase = (phase: string) => command('valuesTree.setPhase', { phase });
const reveal = command('valuesTree.reveal', {});

function steps(state: RoomState, script: [Actor, AnyCommand][]): RoomState {
  for (const [actor, cmd] of script) state = applied(run(state, actor, cmd, NOW)).state;
  return deepFreeze(state);
}

/** Alice (named) wrote "Kindness", Bob (no name) wrote "Honesty" anonymously, the facilitator "Fairness". Not yet revealed. */
function written(): RoomState {
  return steps(createRoomState('room-0001', 'Our values', NOW - 10_000), [
    [{ role: 'system', memberId: null }, { id: 'join-alice', type: 'member.join', payload: { memberId: 'member-alice', name: 'Alice' } }],
    [{ role: 'system', memberId: null }, { id: 'join-bob', type: 'member.join', payload: { memberId: 'member-bob', name: null } }],
    [ALICE, addNote('note-alice-01', 'Kindness')],
    [BOB, addNote('note-bob-0001', 'Honesty', true)],
    [FACILITATOR, addNote('note-facil-01', 'Fairness')],
  ]);
}

/** `written`, revealed, with the themes Care and Truth (no notes in them yet). */
function revealed(): RoomState {
  return steps(written(), [
    [FACILITATOR, reveal],
    [FACILITATOR, command('valuesTree.addTheme', { name: 'Care' }, CARE)],
    [FACILITATOR, command('valuesTree.addTheme', { name: 'Truth' }, TRUTH)],
  ]);
}

/** `revealed`, sorted (Care: Kindness, Fairness; Truth: Honesty), voting open, and Alice (Care 2, Truth 1) and Bob (Truth 2) have voted. */
function voted(): RoomState {
  return steps(revealed(), [
    [FACILITATOR, move('note-alice-01', CARE)],
    [FACILITATOR, move('note-facil-01', CARE, 'note-alice-01')],
    [FACILITATOR, move('note-bob-0001', TRUTH)],
    [FACILITATOR, setPhase('vote')],
    [ALICE, vote(CARE, 2)],
    [ALICE, vote(TRUTH, 1)],
    [BOB, vote(TRUTH, 2)],
  ]);
}

/** What `viewer` ends up with after folding the deltas it may see into its view of `before`. */
function foldedView(before: RoomState, reduction: Reduction, viewer: Viewer) {
  const { effects } = applied(reduction);
  return effects.filter((effect) => canSee(effect.to, viewer)).reduce((view, effect) => applyDelta(view, effect.delta), projectRoom(before, viewer));
}

function expectConverges(before: RoomState, reduction: Reduction): void {
  const { state } = applied(reduction);
  for (const viewer of VIEWERS) expect(foldedView(before, reduction, viewer), `${viewer.role} ${viewer.memberId}`).toEqual(projectRoom(state, viewer));
}

/** Everything `viewer` is sent by one reduction, as text, to search for words that must not reach it. */
const seenBy = (reduction: Reduction, viewer: Viewer) => JSON.stringify(applied(reduction).effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta));
const note = (state: RoomState, id: string): ValueNote | undefined => state.valuesTree.notes[id];

describe('phases', () => {
  it.each(VALUES_PHASES.filter((phase) => phase !== 'reflect'))('refuses the %s phase before the reveal', (phase) => {
    expect(run(written(), FACILITATOR, setPhase(phase))).toMatchObject(refused(ErrorCode.CONFLICT, /reveal/));
  });

  it('lets the facilitator stay in reflect before the reveal', () => {
    const reduction = run(written(), FACILITATOR, setPhase('reflect'));
    expect(applied(reduction).effects).toEqual([{ to: EVERYONE, delta: { type: 'valuesTree.settingsSaved', phase: 'reflect', phonesMayMove: false, votesPerPerson: 3 } }]);
  });

  it.each(VALUES_PHASES)('after the reveal, moves to %s and tells everyone', (phase) => {
    const before = revealed();
    const reduction = run(before, FACILITATOR, setPhase(phase));
    expect(applied(reduction).state.valuesTree.phase).toBe(phase);
    expect(applied(reduction).effects).toEqual([{ to: EVERYONE, delta: expect.objectContaining({ type: 'valuesTree.settingsSaved', phase }) }]);
    expectConverges(before, reduction);
  });
});

describe('valuesTree.addNote', () => {
  it('stores the note at the end of the roots, with the writer’s name unless anonymous', () => {
    const { valuesTree } = written();
    expect(valuesTree.notes['note-alice-01']).toEqual({
      id: 'note-alice-01', text: 'Kindness', authorId: 'member-alice', authorName: 'Alice', anonymous: false, createdAt: NOW, themeId: null, sortKey: expect.any(String),
    });
    expect(valuesTree.notes['note-bob-0001']).toMatchObject({ authorId: 'member-bob', authorName: null, anonymous: true });
    expect(notesOf(valuesTree, null).map((n) => n.id)).toEqual(['note-alice-01', 'note-bob-0001', 'note-facil-01']);
    expect(valuesTree.noteCount).toBe(3);
  });

  it.each([
    { who: 'a participant', actor: ALICE, id: 'note-alice-02', to: onlyMember('member-alice') },
    { who: 'a participant, anonymously', actor: BOB, id: 'note-bob-0002', to: onlyMember('member-bob') },
    { who: 'the facilitator', actor: FACILITATOR, id: 'note-facil-02', to: onlyMember(FACILITATOR_MEMBER_ID) },
  ])('before the reveal, sends a note by $who to its writer only, and the count to everyone', ({ actor, id, to }) => {
    const before = written();
    const reduction = run(before, actor, addNote(id, 'Patience'));
    const { state, effects } = applied(reduction);
    expect(effects).toEqual([
      { to, delta: { type: 'valuesTree.noteSaved', note: note(state, id) } },
      { to: EVERYONE, delta: { type: 'valuesTree.noteCountSaved', noteCount: 4 } },
    ]);
    for (const viewer of VIEWERS) expect(seenBy(reduction, viewer).includes('Patience'), `${viewer.role} ${viewer.memberId}`).toBe(viewer.memberId === actor.memberId);
    expectConverges(before, reduction);
  });

  it('after the reveal, sends a named note to everyone', () => {
    const before = revealed();
    const reduction = run(before, ALICE, addNote('note-alice-02', 'Patience'));
    expect(applied(reduction).effects[0]).toEqual({ to: EVERYONE, delta: { type: 'valuesTree.noteSaved', note: note(applied(reduction).state, 'note-alice-02') } });
    expectConverges(before, reduction);
  });

  it('after the reveal, names an anonymous note’s writer to the writer only', () => {
    const before = revealed();
    const reduction = run(before, BOB, addNote('note-bob-0002', 'Patience', true));
    const full = note(applied(reduction).state, 'note-bob-0002')!;
    expect(applied(reduction).effects.slice(0, 2)).toEqual([
      { to: allExceptMember('member-bob'), delta: { type: 'valuesTree.noteSaved', note: { ...full, authorId: null } } },
      { to: onlyMember('member-bob'), delta: { type: 'valuesTree.noteSaved', note: full } },
    ]);
    for (const viewer of VIEWERS) expect(seenBy(reduction, viewer).includes('member-bob')).toBe(viewer.memberId === 'member-bob');
    expectConverges(before, reduction);
  });

  it(`accepts ${VALUE_NOTES_PER_PERSON} notes from one person and refuses the next, while others may still write`, () => {
    const base = written();
    const notes = { ...base.valuesTree.notes };
    for (let n = 1; n < VALUE_NOTES_PER_PERSON; n++) notes[`note-fill-${n}`] = { ...notes['note-alice-01']!, id: `note-fill-${n}` };
    const full = deepFreeze({ ...base, valuesTree: { ...base.valuesTree, notes } });
    expect(run(full, ALICE, addNote('note-over-01', 'One more'))).toMatchObject(refused(ErrorCode.LIMIT_REACHED, new RegExp(`${VALUE_NOTES_PER_PERSON} values`)));
    expect(run(full, BOB, addNote('note-bob-0002', 'One more')).ok).toBe(true);
  });

  it(`refuses a note once the tree holds ${VALUE_NOTES_MAX}`, () => {
    const base = written();
    const notes = { ...base.valuesTree.notes };
    for (let n = Object.keys(notes).length; n < VALUE_NOTES_MAX; n++) notes[`note-fill-${n}`] = { ...notes['note-alice-01']!, id: `note-fill-${n}`, authorId: `member-${n}` };
    const full = deepFreeze({ ...base, valuesTree: { ...base.valuesTree, notes } });
    expect(run(full, BOB, addNote('note-bob-0002', 'One more'))).toMatchObject(refused(ErrorCode.LIMIT_REACHED));
  });

  it('refuses a repeated id', () => {
    expect(run(written(), ALICE, addNote('note-alice-01', 'Again'))).toMatchObject(refused(ErrorCode.CONFLICT));
  });
});

describe('valuesTree.editNote and removeNote', () => {
  const edit = (noteId: string, text: string) => command('valuesTree.editNote', { noteId, text });
  const remove = (noteId: string) => command('valuesTree.removeNote', { noteId });

  it('before the reveal, lets the writer change their note and tells only them', () => {
    const before = written();
    const reduction = run(before, BOB, edit('note-bob-0001', 'Being honest'));
    expect(note(applied(reduction).state, 'note-bob-0001')?.text).toBe('Being honest');
    expect(applied(reduction).effects.map((effect) => effect.to)).toEqual([onlyMember('member-bob')]);
    expectConverges(before, reduction);
  });

  it.each([
    { why: 'another participant edits it', actor: BOB, cmd: edit('note-alice-01', 'x') },
    { why: 'the facilitator edits it', actor: FACILITATOR, cmd: edit('note-alice-01', 'x') },
    { why: 'another participant removes it', actor: BOB, cmd: remove('note-alice-01') },
    { why: 'the facilitator removes it', actor: FACILITATOR, cmd: remove('note-alice-01') },
    { why: 'a participant edits the facilitator’s', actor: ALICE, cmd: edit('note-facil-01', 'x') },
  ])('before the reveal, refuses when $why', ({ actor, cmd }) => {
    expect(run(written(), actor, cmd)).toMatchObject(refused(ErrorCode.FORBIDDEN));
  });

  it('before the reveal, tells only the writer a note was removed, and everyone the new count', () => {
    const before = written();
    const reduction = run(before, ALICE, remove('note-alice-01'));
    expect(applied(reduction).effects).toEqual([
      { to: onlyMember('member-alice'), delta: { type: 'valuesTree.noteRemoved', noteId: 'note-alice-01' } },
      { to: EVERYONE, delta: { type: 'valuesTree.noteCountSaved', noteCount: 2 } },
    ]);
    expectConverges(before, reduction);
  });

  it('after the reveal, lets the facilitator edit an anonymous note without naming its writer', () => {
    const before = revealed();
    const reduction = run(before, FACILITATOR, edit('note-bob-0001', 'Telling the truth'));
    expect(applied(reduction).effects.map((effect) => [effect.to, effect.delta.type === 'valuesTree.noteSaved' && effect.delta.note.authorId])).toEqual([
      [allExceptMember('member-bob'), null],
      [onlyMember('member-bob'), 'member-bob'],
    ]);
    expectConverges(before, reduction);
  });

  it('after the reveal, lets the facilitator remove a note, for everyone', () => {
    const before = revealed();
    const reduction = run(before, FACILITATOR, remove('note-alice-01'));
    expect(applied(reduction).effects).toEqual([
      { to: EVERYONE, delta: { type: 'valuesTree.noteRemoved', noteId: 'note-alice-01' } },
      { to: EVERYONE, delta: { type: 'valuesTree.noteCountSaved', noteCount: 2 } },
    ]);
    expectConverges(before, reduction);
  });

  it('refuses a note that is gone', () => {
    expect(run(revealed(), FACILITATOR, remove('note-gone-01'))).toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('valuesTree.reveal', () => {
  it('shows every note to everyone, anonymous writers left out, and opens the roots', () => {
    const before = written();
    const reduction = run(before, FACILITATOR, reveal);
    const { state, effects } = applied(reduction);
    expect(state.valuesTree).toMatchObject({ revealed: true, phase: 'roots' });
    expect(effects).toEqual([
      {
        to: EVERYONE,
        delta: {
          type: 'valuesTree.notesRevealed',
          notes: [note(state, 'note-alice-01'), { ...note(state, 'note-bob-0001'), authorId: null }, note(state, 'note-facil-01')],
        },
      },
      { to: EVERYONE, delta: { type: 'valuesTree.settingsSaved', phase: 'roots', phonesMayMove: false, votesPerPerson: 3 } },
    ]);
    expectConverges(before, reduction);
  });

  it('a device folding the reveal keeps its own anonymous note’s writer; others never learn it', () => {
    const before = written();
    const reduction = run(before, FACILITATOR, reveal);
    expect(foldedView(before, reduction, BOB as Viewer).valuesTree.notes['note-bob-0001']?.authorId).toBe('member-bob');
    for (const viewer of [FACILITATOR, ALICE, SCREEN] as Viewer[]) {
      expect(foldedView(before, reduction, viewer).valuesTree.notes['note-bob-0001']?.authorId).toBeNull();
    }
  });

  it('cannot happen twice', () => {
    expect(run(revealed(), FACILITATOR, reveal)).toMatchObject(refused(ErrorCode.CONFLICT));
  });

  it('before it, each device’s view holds only its own notes, and the count', () => {
    const state = written();
    expect(Object.keys(projectRoom(state, ALICE as Viewer).valuesTree.notes)).toEqual(['note-alice-01']);
    expect(Object.keys(projectRoom(state, FACILITATOR as Viewer).valuesTree.notes)).toEqual(['note-facil-01']);
    expect(projectRoom(state, SCREEN).valuesTree).toMatchObject({ notes: {}, noteCount: 3 });
  });
});

describe('themes', () => {
  it('adds and renames a theme, for everyone', () => {
    const before = revealed();
    const reduction = run(before, FACILITATOR, command('valuesTree.renameTheme', { themeId: CARE, name: 'Caring' }));
    expect(applied(reduction).effects).toEqual([{ to: EVERYONE, delta: { type: 'valuesTree.themeSaved', theme: { ...before.valuesTree.themes[CARE], name: 'Caring' } } }]);
    expect(before.valuesTree.themes[TRUTH]).toMatchObject({ name: 'Truth', createdAt: NOW });
    expectConverges(before, reduction);
  });

  it('a merge moves the notes and the votes into the other theme, and its totals add up', () => {
    const before = steps(voted(), [[FACILITATOR, command('valuesTree.addLeaf', { text: 'We are honest and kind', themeIds: [TRUTH, CARE] }, 'leaf-0000-01')]]);
    const reduction = run(before, FACILITATOR, command('valuesTree.mergeThemes', { fromThemeId: TRUTH, intoThemeId: CARE }));
    const { state, effects } = applied(reduction);
    const tree = state.valuesTree;
    expect(Object.keys(tree.themes)).toEqual([CARE]);
    // The merged theme's values come after those already there, in their old order.
    expect(notesOf(tree, CARE).map((n) => n.id)).toEqual(['note-alice-01', 'note-facil-01', 'note-bob-0001']);
    expect(tree.votes).toEqual({ 'member-alice': { [CARE]: 3 }, 'member-bob': { [CARE]: 2 } });
    expect(tree.totals).toEqual({ [CARE]: 5 });
    expect(tree.leaves['leaf-0000-01']?.themeIds).toEqual([CARE]);
    expect(effects).toEqual([
      { to: EVERYONE, delta: { type: 'valuesTree.themeRemoved', themeId: TRUTH, intoThemeId: CARE } },
      { to: onlyMember('member-alice'), delta: { type: 'valuesTree.myVotesSaved', memberId: 'member-alice', votes: { [CARE]: 3 } } },
      { to: onlyMember('member-bob'), delta: { type: 'valuesTree.myVotesSaved', memberId: 'member-bob', votes: { [CARE]: 2 } } },
    ]);
    expectConverges(before, reduction);
  });

  it('a leaf that grew only from the merged theme now names the other', () => {
    const before = steps(voted(), [[FACILITATOR, command('valuesTree.addLeaf', { text: 'We tell the truth', themeIds: [TRUTH] }, 'leaf-0000-01')]]);
    const { state } = applied(run(before, FACILITATOR, command('valuesTree.mergeThemes', { fromThemeId: TRUTH, intoThemeId: CARE })));
    expect(state.valuesTree.leaves['leaf-0000-01']?.themeIds).toEqual([CARE]);
  });

  it('with the totals shown, a merge sends the new totals to everyone', () => {
    const before = steps(voted(), [[FACILITATOR, command('valuesTree.revealVotes', { revealed: true })]]);
    const reduction = run(before, FACILITATOR, command('valuesTree.mergeThemes', { fromThemeId: CARE, intoThemeId: TRUTH }));
    expect(applied(reduction).effects.at(-1)).toEqual({ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: true, totals: { [TRUTH]: 5 } } });
    expectConverges(before, reduction);
  });

  it('removing a theme sends its notes back to the roots and gives its votes back', () => {
    const before = voted();
    const reduction = run(before, FACILITATOR, command('valuesTree.removeTheme', { themeId: TRUTH }));
    const { state, effects } = applied(reduction);
    expect(notesOf(state.valuesTree, null).map((n) => n.id)).toEqual(['note-bob-0001']);
    expect(state.valuesTree).toMatchObject({ votes: { 'member-alice': { [CARE]: 2 } }, voters: 1, totals: { [CARE]: 2 } });
    expect(effects).toEqual([
      { to: EVERYONE, delta: { type: 'valuesTree.themeRemoved', themeId: TRUTH, intoThemeId: null } },
      { to: onlyMember('member-alice'), delta: { type: 'valuesTree.myVotesSaved', memberId: 'member-alice', votes: { [CARE]: 2 } } },
      { to: onlyMember('member-bob'), delta: { type: 'valuesTree.myVotesSaved', memberId: 'member-bob', votes: {} } },
      { to: FACILITATORS, delta: { type: 'valuesTree.votersSaved', voters: 1 } },
    ]);
    expectConverges(before, reduction);
  });

  it.each([
    { why: 'merging a theme into itself', cmd: command('valuesTree.mergeThemes', { fromThemeId: CARE, intoThemeId: CARE }), code: ErrorCode.BAD_REQUEST },
    { why: 'merging into a theme that is gone', cmd: command('valuesTree.mergeThemes', { fromThemeId: CARE, intoThemeId: 'theme-gone-01' }), code: ErrorCode.NOT_FOUND },
    { why: 'removing a theme that is gone', cmd: command('valuesTree.removeTheme', { themeId: 'theme-gone-01' }), code: ErrorCode.NOT_FOUND },
    { why: 'renaming a theme that is gone', cmd: command('valuesTree.renameTheme', { themeId: 'theme-gone-01', name: 'x' }), code: ErrorCode.NOT_FOUND },
    { why: 'a repeated theme id', cmd: command('valuesTree.addTheme', { name: 'Again' }, CARE), code: ErrorCode.CONFLICT },
  ])('refuses $why', ({ cmd, code }) => {
    expect(run(voted(), FACILITATOR, cmd)).toMatchObject(refused(code));
  });
});

describe('valuesTree.moveNote', () => {
  const keysExcept = (state: RoomState, id: string) => Object.values(state.valuesTree.notes).filter((n) => n.id !== id);

  it('puts a note first in a theme, changing only that note', () => {
    const before = revealed();
    const reduction = run(before, FACILITATOR, move('note-bob-0001', CARE));
    const { state } = applied(reduction);
    expect(note(state, 'note-bob-0001')).toMatchObject({ themeId: CARE, text: 'Honesty', authorId: 'member-bob' });
    expect(keysExcept(state, 'note-bob-0001')).toEqual(keysExcept(before, 'note-bob-0001'));
    expectConverges(before, reduction);
  });

  it('places a note straight after a given note, with a key between its neighbours', () => {
    let state = steps(revealed(), [
      [FACILITATOR, move('note-alice-01', CARE)],
      [FACILITATOR, move('note-facil-01', CARE)],
    ]);
    expect(notesOf(state.valuesTree, CARE).map((n) => n.id)).toEqual(['note-facil-01', 'note-alice-01']);
    const before = state;
    const reduction = run(before, FACILITATOR, move('note-bob-0001', CARE, 'note-facil-01'));
    state = applied(reduction).state;
    const [first, middle, last] = notesOf(state.valuesTree, CARE);
    expect([first?.id, middle?.id, last?.id]).toEqual(['note-facil-01', 'note-bob-0001', 'note-alice-01']);
    expect(first!.sortKey < middle!.sortKey && middle!.sortKey < last!.sortKey).toBe(true);
    expect(keysExcept(state, 'note-bob-0001')).toEqual(keysExcept(before, 'note-bob-0001'));
    expectConverges(before, reduction);
  });

  it('moves a note within its own theme, and back to the roots', () => {
    let state = steps(voted(), [[FACILITATOR, move('note-alice-01', CARE, 'note-facil-01')]]);
    expect(notesOf(state.valuesTree, CARE).map((n) => n.id)).toEqual(['note-facil-01', 'note-alice-01']);
    const before = state;
    const reduction = run(before, FACILITATOR, move('note-facil-01', null));
    state = applied(reduction).state;
    expect(notesOf(state.valuesTree, null).map((n) => n.id)).toEqual(['note-facil-01']);
    expect(notesOf(state.valuesTree, CARE).map((n) => n.id)).toEqual(['note-alice-01']);
    expectConverges(before, reduction);
  });

  it('lets phones move notes only once the host allows it', () => {
    expect(run(revealed(), ALICE, move('note-bob-0001', CARE))).toMatchObject(refused(ErrorCode.FORBIDDEN, /host/));
    const allowed = steps(revealed(), [[FACILITATOR, command('valuesTree.setSettings', { phonesMayMove: true, votesPerPerson: 3 })]]);
    expect(note(applied(run(allowed, ALICE, move('note-bob-0001', CARE))).state, 'note-bob-0001')?.themeId).toBe(CARE);
  });

  it.each([
    { why: 'before the reveal', state: written, cmd: move('note-alice-01', null), code: ErrorCode.CONFLICT },
    { why: 'a note that is gone', state: revealed, cmd: move('note-gone-01', CARE), code: ErrorCode.NOT_FOUND },
    { why: 'a theme that is gone', state: revealed, cmd: move('note-alice-01', 'theme-gone-01'), code: ErrorCode.NOT_FOUND },
    { why: 'after a note in another theme', state: voted, cmd: move('note-alice-01', CARE, 'note-bob-0001'), code: ErrorCode.NOT_FOUND },
    { why: 'after itself', state: voted, cmd: move('note-alice-01', CARE, 'note-alice-01'), code: ErrorCode.BAD_REQUEST },
  ])('refuses a move $why', ({ state, cmd, code }) => {
    expect(run(state(), FACILITATOR, cmd)).toMatchObject(refused(code));
  });
});

describe('voting', () => {
  const votesRevealed = (revealed: boolean) => command('valuesTree.revealVotes', { revealed });
  const hasTotals = (reduction: Reduction) => applied(reduction).effects.some((effect) => effect.delta.type === 'valuesTree.totalsSaved');

  it('keeps each person’s votes to themselves, the number of voters to the facilitator, and the totals to nobody', () => {
    const before = steps(revealed(), [[FACILITATOR, setPhase('vote')]]);
    const reduction = run(before, ALICE, vote(CARE, 2));
    const { state, effects } = applied(reduction);
    expect(state.valuesTree).toMatchObject({ votes: { 'member-alice': { [CARE]: 2 } }, voters: 1, totals: { [CARE]: 2 } });
    expect(effects).toEqual([
      { to: onlyMember('member-alice'), delta: { type: 'valuesTree.myVotesSaved', memberId: 'member-alice', votes: { [CARE]: 2 } } },
      { to: FACILITATORS, delta: { type: 'valuesTree.votersSaved', voters: 1 } },
    ]);
    for (const viewer of VIEWERS) expect(projectRoom(state, viewer).valuesTree.totals).toEqual({});
    expect(projectRoom(state, BOB as Viewer).valuesTree).toMatchObject({ votes: {}, voters: 0 });
    expect(projectRoom(state, FACILITATOR as Viewer).valuesTree).toMatchObject({ votes: {}, voters: 1 });
    expectConverges(before, reduction);
  });

  it('lets a person change and take back votes, within their limit', () => {
    let state = voted();
    expect(run(state, ALICE, vote(TRUTH, 2))).toMatchObject(refused(ErrorCode.LIMIT_REACHED, /3 votes in all/));
    state = applied(run(state, ALICE, vote(CARE, 1))).state;
    state = applied(run(state, ALICE, vote(TRUTH, 2))).state;
    expect(state.valuesTree.votes['member-alice']).toEqual({ [CARE]: 1, [TRUTH]: 2 });
    const before = steps(state, [[ALICE, vote(CARE, 0)]]);
    const reduction = run(before, ALICE, vote(TRUTH, 0));
    expect(applied(reduction).state.valuesTree).toMatchObject({ voters: 1, totals: { [TRUTH]: 2 } });
    expect(applied(reduction).state.valuesTree.votes['member-alice']).toBeUndefined();
    expect(applied(reduction).effects).toContainEqual({ to: FACILITATORS, delta: { type: 'valuesTree.votersSaved', voters: 1 } });
    expectConverges(before, reduction);
  });

  it('sends no totals while they are hidden, whatever changes', () => {
    const state = voted();
    for (const [actor, cmd] of [
      [BOB, vote(CARE, 1)],
      [FACILITATOR, command('valuesTree.mergeThemes', { fromThemeId: TRUTH, intoThemeId: CARE })],
      [FACILITATOR, command('valuesTree.removeTheme', { themeId: CARE })],
    ] as [Actor, AnyCommand][]) {
      const reduction = run(state, actor, cmd);
      expect(hasTotals(reduction), cmd.type).toBe(false);
      expect(JSON.stringify(applied(reduction).effects), cmd.type).not.toContain('totals');
    }
  });

  it('shows the totals to everyone, keeps them current, and hides them again', () => {
    const before = voted();
    const shown = run(before, FACILITATOR, votesRevealed(true));
    expect(applied(shown).effects).toEqual([{ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: true, totals: { [CARE]: 2, [TRUTH]: 3 } } }]);
    expectConverges(before, shown);
    const afterVote = run(applied(shown).state, BOB, vote(CARE, 1));
    expect(applied(afterVote).effects.at(-1)).toEqual({ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: true, totals: { [CARE]: 3, [TRUTH]: 3 } } });
    expectConverges(applied(shown).state, afterVote);
    const hidden = run(applied(afterVote).state, FACILITATOR, votesRevealed(false));
    expect(applied(hidden).effects).toEqual([{ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: false, totals: {} } }]);
    expect(run(before, FACILITATOR, votesRevealed(false))).toMatchObject(refused(ErrorCode.CONFLICT));
  });

  it('clears every vote, telling each voter and the facilitator', () => {
    const before = voted();
    const reduction = run(before, FACILITATOR, command('valuesTree.clearVotes', {}));
    expect(applied(reduction).state.valuesTree).toMatchObject({ votes: {}, voters: 0, totals: {} });
    expect(applied(reduction).effects).toEqual([
      { to: onlyMember('member-alice'), delta: { type: 'valuesTree.myVotesSaved', memberId: 'member-alice', votes: {} } },
      { to: onlyMember('member-bob'), delta: { type: 'valuesTree.myVotesSaved', memberId: 'member-bob', votes: {} } },
      { to: FACILITATORS, delta: { type: 'valuesTree.votersSaved', voters: 0 } },
      { to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: false, totals: {} } },
    ]);
    expectConverges(before, reduction);
    expect(run(applied(reduction).state, FACILITATOR, command('valuesTree.clearVotes', {}))).toMatchObject(refused(ErrorCode.CONFLICT));
  });

  it('refuses a smaller limit than someone has already used, and accepts one that fits', () => {
    const settings = (votesPerPerson: number) => command('valuesTree.setSettings', { phonesMayMove: false, votesPerPerson });
    expect(run(voted(), FACILITATOR, settings(2))).toMatchObject(refused(ErrorCode.CONFLICT, /Clear the votes/));
    const reduction = run(voted(), FACILITATOR, settings(5));
    expect(applied(reduction).effects).toEqual([{ to: EVERYONE, delta: { type: 'valuesTree.settingsSaved', phase: 'vote', phonesMayMove: false, votesPerPerson: 5 } }]);
  });

  it.each([
    { why: 'outside the vote phase', state: revealed, cmd: vote(CARE, 1), code: ErrorCode.CONFLICT },
    { why: 'for a theme that is gone', state: voted, cmd: vote('theme-gone-01', 1), code: ErrorCode.NOT_FOUND },
    { why: 'giving the same votes again', state: voted, cmd: vote(CARE, 2), code: ErrorCode.CONFLICT },
  ])('refuses a vote $why', ({ state, cmd, code }) => {
    expect(run(state(), ALICE, cmd)).toMatchObject(refused(code));
  });
});

describe('leaves', () => {
  const addLeaf = (text: string, themeIds: string[], id = 'leaf-0000-01') => command('valuesTree.addLeaf', { text, themeIds }, id);

  it('adds a shared value growing from its themes, each named once, for everyone', () => {
    const before = voted();
    const reduction = run(before, FACILITATOR, addLeaf('We care for each other', [CARE, CARE, TRUTH]));
    const leaf = applied(reduction).state.valuesTree.leaves['leaf-0000-01'];
    expect(leaf).toEqual({ id: 'leaf-0000-01', text: 'We care for each other', themeIds: [CARE, TRUTH], sortKey: expect.any(String), createdAt: LATER });
    expect(applied(reduction).effects).toEqual([{ to: EVERYONE, delta: { type: 'valuesTree.leafSaved', leaf } }]);
    expectConverges(before, reduction);
  });

  it('edits and removes a shared value', () => {
    const before = steps(voted(), [[FACILITATOR, addLeaf('We care', [CARE])]]);
    const edited = run(before, FACILITATOR, command('valuesTree.editLeaf', { leafId: 'leaf-0000-01', text: 'We are truthful', themeIds: [TRUTH] }));
    expect(applied(edited).state.valuesTree.leaves['leaf-0000-01']).toMatchObject({ text: 'We are truthful', themeIds: [TRUTH], createdAt: NOW });
    expectConverges(before, edited);
    const removed = run(before, FACILITATOR, command('valuesTree.removeLeaf', { leafId: 'leaf-0000-01' }));
    expect(applied(removed).effects).toEqual([{ to: EVERYONE, delta: { type: 'valuesTree.leafRemoved', leafId: 'leaf-0000-01' } }]);
    expectConverges(before, removed);
  });

  it.each([
    { why: 'growing from a theme that is gone', cmd: addLeaf('x', ['theme-gone-01']), code: ErrorCode.NOT_FOUND },
    { why: 'editing one that is gone', cmd: command('valuesTree.editLeaf', { leafId: 'leaf-gone-01', text: 'x', themeIds: [] }), code: ErrorCode.NOT_FOUND },
    { why: 'removing one that is gone', cmd: command('valuesTree.removeLeaf', { leafId: 'leaf-gone-01' }), code: ErrorCode.NOT_FOUND },
  ])('refuses $why', ({ cmd, code }) => {
    expect(run(voted(), FACILITATOR, cmd)).toMatchObject(refused(code));
  });
});

describe('permissions', () => {
  const everyCommand: AnyCommand[] = [
    setPhase('trunk'),
    addNote('note-new-0001', 'New'),
    command('valuesTree.editNote', { noteId: 'note-alice-01', text: 'New' }),
    command('valuesTree.removeNote', { noteId: 'note-alice-01' }),
    reveal,
    command('valuesTree.addTheme', { name: 'New' }, 'theme-new-001'),
    command('valuesTree.renameTheme', { themeId: CARE, name: 'New' }),
    command('valuesTree.mergeThemes', { fromThemeId: TRUTH, intoThemeId: CARE }),
    command('valuesTree.removeTheme', { themeId: TRUTH }),
    move('note-alice-01', TRUTH),
    command('valuesTree.setSettings', { phonesMayMove: true, votesPerPerson: 4 }),
    vote(CARE, 1),
    command('valuesTree.revealVotes', { revealed: true }),
    command('valuesTree.clearVotes', {}),
    command('valuesTree.addLeaf', { text: 'New', themeIds: [CARE] }, 'leaf-new-0001'),
    command('valuesTree.editLeaf', { leafId: 'leaf-new-0001', text: 'New', themeIds: [] }),
    command('valuesTree.removeLeaf', { leafId: 'leaf-new-0001' }),
  ];
  const FACILITATOR_ONLY = [
    'valuesTree.setPhase', 'valuesTree.reveal', 'valuesTree.addTheme', 'valuesTree.renameTheme', 'valuesTree.mergeThemes', 'valuesTree.removeTheme',
    'valuesTree.setSettings', 'valuesTree.revealVotes', 'valuesTree.clearVotes', 'valuesTree.addLeaf', 'valuesTree.editLeaf', 'valuesTree.removeLeaf',
  ];

  it.each(everyCommand.map((cmd) => [cmd.type, cmd] as const))('the screen cannot run %s', (_type, cmd) => {
    expect(run(voted(), SCREEN_ACTOR, cmd)).toMatchObject(refused(ErrorCode.FORBIDDEN));
  });

  it.each(everyCommand.filter((cmd) => FACILITATOR_ONLY.includes(cmd.type)).map((cmd) => [cmd.type, cmd] as const))('a participant cannot run %s', (_type, cmd) => {
    expect(run(voted(), ALICE, cmd)).toMatchObject(refused(ErrorCode.FORBIDDEN));
  });

  it('only participants vote: the facilitator is refused', () => {
    expect(run(voted(), FACILITATOR, vote(CARE, 1))).toMatchObject(refused(ErrorCode.FORBIDDEN));
  });
});

describe('clientCommandSchema for the values tree', () => {
  it.each([
    { why: 'an empty note', raw: { id: 'note-0000-01', type: 'valuesTree.addNote', payload: { text: '  ', anonymous: false } } },
    { why: 'a note over 120 characters', raw: { id: 'note-0000-01', type: 'valuesTree.addNote', payload: { text: 'x'.repeat(121), anonymous: false } } },
    { why: 'a note with no anonymous flag', raw: { id: 'note-0000-01', type: 'valuesTree.addNote', payload: { text: 'Kind' } } },
    { why: 'an unknown phase', raw: { id: 'cmd-0000-0001', type: 'valuesTree.setPhase', payload: { phase: 'branches' } } },
    { why: 'more than 10 votes', raw: { id: 'cmd-0000-0001', type: 'valuesTree.vote', payload: { themeId: CARE, count: 11 } } },
    { why: 'a negative vote', raw: { id: 'cmd-0000-0001', type: 'valuesTree.vote', payload: { themeId: CARE, count: -1 } } },
    { why: 'no votes per person', raw: { id: 'cmd-0000-0001', type: 'valuesTree.setSettings', payload: { phonesMayMove: false, votesPerPerson: 0 } } },
  ])('rejects $why', ({ raw }) => {
    expect(clientCommandSchema.safeParse(raw).success).toBe(false);
  });
});

describe('determinism', () => {
  const script: [Actor, AnyCommand][] = [
    [BOB, addNote('note-bob-0002', 'Patience', true)],
    [FACILITATOR, move('note-alice-01', TRUTH, 'note-bob-0001')],
    [FACILITATOR, command('valuesTree.mergeThemes', { fromThemeId: CARE, intoThemeId: TRUTH })],
    [ALICE, vote(CARE, 1)],
    [FACILITATOR, command('valuesTree.addLeaf', { text: 'We are kind', themeIds: [TRUTH] }, 'leaf-0000-01')],
  ];

  it.each(script.map(([actor, cmd]) => ({ type: cmd.type, actor, cmd })))('$type gives equal results twice and leaves a frozen input untouched', ({ actor, cmd }) => {
    const before = voted();
    const copy = structuredClone(before);
    const first = run(before, actor, cmd);
    expect(run(before, actor, cmd)).toEqual(first);
    expect(before).toEqual(copy);
    expect(first.ok).toBe(true);
  });
});
