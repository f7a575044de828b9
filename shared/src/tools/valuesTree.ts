import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import { assertNever, EVERYONE, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import { authoredEffects, authoredFor, ToolChange } from '../authored.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { typedText } from '../text.ts';
import type { Reduction, RoomState } from '../state.ts';

/** Most characters on one value note: a value is a few words. */
export const VALUE_NOTE_MAX = 120;
/** Most notes on one tree. */
export const VALUE_NOTES_MAX = 300;
/** Most notes one person writes. */
export const VALUE_NOTES_PER_PERSON = 20;
export const THEMES_MAX = 30;
export const THEME_NAME_MAX = 60;
export const LEAVES_MAX = 30;
export const LEAF_TEXT_MAX = 200;
/** Most votes the facilitator can give each person. */
export const VOTES_PER_PERSON_MAX = 10;

/**
 * The activity's phases, run by the facilitator: each person reflects privately and writes their
 * values (the roots); the notes are revealed; the group sorts them into themes (the trunk); each
 * person spends votes on themes; the group words its shared values (the leaves).
 */
export const VALUES_PHASES = ['reflect', 'roots', 'trunk', 'vote', 'leaves'] as const;
export const valuesPhaseSchema = z.enum(VALUES_PHASES);
export type ValuesPhase = z.infer<typeof valuesPhaseSchema>;

export const valueNoteSchema = z.object({
  id: idSchema,
  text: z.string(),
  /** The writer; for an anonymous note, sent only to the writer's own devices. */
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  anonymous: z.boolean(),
  createdAt: z.number().int(),
  /** The theme it is sorted into, or null while it is at the roots. */
  themeId: z.string().nullable(),
  /** Fractional key: its place among the notes of its theme (or of the roots). */
  sortKey: z.string(),
});
export type ValueNote = z.infer<typeof valueNoteSchema>;

export const themeSchema = z.object({ id: idSchema, name: z.string(), sortKey: z.string(), createdAt: z.number().int() });
export type Theme = z.infer<typeof themeSchema>;

/** A shared value the group worded together, growing from the themes it chose. */
export const leafSchema = z.object({
  id: idSchema,
  text: z.string(),
  themeIds: z.array(z.string()),
  sortKey: z.string(),
  createdAt: z.number().int(),
});
export type Leaf = z.infer<typeof leafSchema>;

export const valuesTreeStateSchema = z.object({
  phase: valuesPhaseSchema,
  /** Whether the notes have been revealed. Before, each note reaches only its writer's devices. */
  revealed: z.boolean(),
  /** Before the reveal: the writer's own notes only. After: every note, anonymous writers redacted. */
  notes: z.record(z.string(), valueNoteSchema),
  /** How many notes have been written: everyone sees the number, never the words, before the reveal. */
  noteCount: z.number().int(),
  themes: z.record(z.string(), themeSchema),
  /** Whether phones may move notes between themes too (the console always may). */
  phonesMayMove: z.boolean(),
  votesPerPerson: z.number().int().min(1).max(VOTES_PER_PERSON_MAX),
  /** votes[memberId][themeId] = how many of their votes they gave it. Each device receives only its own. */
  votes: z.record(z.string(), z.record(z.string(), z.number().int())),
  /** How many people have voted. Facilitators only. */
  voters: z.number().int(),
  /** Whether the vote totals are shown. */
  votesRevealed: z.boolean(),
  /** Votes per theme: kept by the server, sent to devices only once revealed. */
  totals: z.record(z.string(), z.number().int()),
  leaves: z.record(z.string(), leafSchema),
});
export type ValuesTreeState = z.infer<typeof valuesTreeStateSchema>;

export const emptyValuesTree = (): ValuesTreeState => ({
  phase: 'reflect',
  revealed: false,
  notes: {},
  noteCount: 0,
  themes: {},
  phonesMayMove: false,
  votesPerPerson: 3,
  votes: {},
  voters: 0,
  votesRevealed: false,
  totals: {},
  leaves: {},
});

const noteText = typedText(VALUE_NOTE_MAX, 'your value');
const themeName = typedText(THEME_NAME_MAX, 'the theme’s name');
const leafText = typedText(LEAF_TEXT_MAX, 'the shared value');
const themeIds = z.array(idSchema).max(THEMES_MAX);

export const valuesTreeCommandSchemas = [
  commandSchema('valuesTree.setPhase', z.object({ phase: valuesPhaseSchema })),
  commandSchema('valuesTree.addNote', z.object({ text: noteText, anonymous: z.boolean() })),
  commandSchema('valuesTree.editNote', z.object({ noteId: idSchema, text: noteText })),
  commandSchema('valuesTree.removeNote', z.object({ noteId: idSchema })),
  /** Shows every note at the roots, to everyone. Cannot be undone. */
  commandSchema('valuesTree.reveal', z.object({})),
  commandSchema('valuesTree.addTheme', z.object({ name: themeName })),
  commandSchema('valuesTree.renameTheme', z.object({ themeId: idSchema, name: themeName })),
  /** Moves every note (and vote) of one theme into another, and removes the first. */
  commandSchema('valuesTree.mergeThemes', z.object({ fromThemeId: idSchema, intoThemeId: idSchema })),
  /** Removes a theme; its notes go back to the roots and its votes are given back. */
  commandSchema('valuesTree.removeTheme', z.object({ themeId: idSchema })),
  /** Puts a note into a theme (null: back to the roots), straight after `afterNoteId` (null: first). */
  commandSchema('valuesTree.moveNote', z.object({ noteId: idSchema, themeId: idSchema.nullable(), afterNoteId: idSchema.nullable() })),
  commandSchema('valuesTree.setSettings', z.object({ phonesMayMove: z.boolean(), votesPerPerson: z.number().int().min(1).max(VOTES_PER_PERSON_MAX) })),
  /** How many of their votes a person gives one theme (0 takes them back). */
  commandSchema('valuesTree.vote', z.object({ themeId: idSchema, count: z.number().int().min(0).max(VOTES_PER_PERSON_MAX) })),
  commandSchema('valuesTree.revealVotes', z.object({ revealed: z.boolean() })),
  commandSchema('valuesTree.clearVotes', z.object({})),
  commandSchema('valuesTree.addLeaf', z.object({ text: leafText, themeIds })),
  commandSchema('valuesTree.editLeaf', z.object({ leafId: idSchema, text: leafText, themeIds })),
  commandSchema('valuesTree.removeLeaf', z.object({ leafId: idSchema })),
] as const;
export type ValuesTreeCommand = z.infer<(typeof valuesTreeCommandSchemas)[number]>;

const settingsSaved = z.object({
  type: z.literal('valuesTree.settingsSaved'),
  phase: valuesPhaseSchema,
  phonesMayMove: z.boolean(),
  votesPerPerson: z.number().int(),
});

export const valuesTreeDeltaSchemas = [
  settingsSaved,
  z.object({ type: z.literal('valuesTree.noteSaved'), note: valueNoteSchema }),
  z.object({ type: z.literal('valuesTree.noteRemoved'), noteId: z.string() }),
  z.object({ type: z.literal('valuesTree.noteCountSaved'), noteCount: z.number().int() }),
  /** The reveal: every note, anonymous writers redacted (a device keeps the writer it already knew). */
  z.object({ type: z.literal('valuesTree.notesRevealed'), notes: z.array(valueNoteSchema) }),
  z.object({ type: z.literal('valuesTree.themeSaved'), theme: themeSchema }),
  /** A theme gone: its notes to `intoThemeId` (a merge) or back to the roots (null), with their votes. */
  z.object({ type: z.literal('valuesTree.themeRemoved'), themeId: z.string(), intoThemeId: z.string().nullable() }),
  z.object({ type: z.literal('valuesTree.myVotesSaved'), memberId: z.string(), votes: z.record(z.string(), z.number().int()) }),
  z.object({ type: z.literal('valuesTree.votersSaved'), voters: z.number().int() }),
  z.object({ type: z.literal('valuesTree.totalsSaved'), revealed: z.boolean(), totals: z.record(z.string(), z.number().int()) }),
  z.object({ type: z.literal('valuesTree.leafSaved'), leaf: leafSchema }),
  z.object({ type: z.literal('valuesTree.leafRemoved'), leafId: z.string() }),
] as const;
export type ValuesTreeDelta = z.infer<(typeof valuesTreeDeltaSchemas)[number]>;

const bySortKey = <T extends { sortKey: string; id: string }>(a: T, b: T) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1;

/** The notes of one theme (null: the roots), in order. */
export function notesOf(state: Pick<ValuesTreeState, 'notes'>, themeId: string | null): ValueNote[] {
  return Object.values(state.notes).filter((note) => note.themeId === themeId).sort(bySortKey);
}

export function orderedThemes(state: Pick<ValuesTreeState, 'themes'>): Theme[] {
  return Object.values(state.themes).sort(bySortKey);
}

export function orderedLeaves(state: Pick<ValuesTreeState, 'leaves'>): Leaf[] {
  return Object.values(state.leaves).sort(bySortKey);
}

/** Votes one person has given, in all. */
export function votesUsed(byTheme: Record<string, number> | undefined): number {
  return Object.values(byTheme ?? {}).reduce((sum, count) => sum + count, 0);
}

export function projectValuesTree(state: ValuesTreeState, viewer: Viewer): ValuesTreeState {
  const notes: ValuesTreeState['notes'] = {};
  for (const [id, note] of Object.entries(state.notes)) {
    if (state.revealed) notes[id] = authoredFor(note, viewer);
    else if (note.authorId !== null && note.authorId === viewer.memberId) notes[id] = note;
  }
  const own = viewer.memberId === null ? undefined : state.votes[viewer.memberId];
  return {
    ...state,
    notes,
    votes: own && viewer.memberId ? { [viewer.memberId]: own } : {},
    voters: viewer.role === 'facilitator' ? state.voters : 0,
    totals: state.votesRevealed ? state.totals : {},
  };
}

/** Totals per theme from everyone's votes. */
function totalsOf(votes: ValuesTreeState['votes']): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const byTheme of Object.values(votes)) for (const [themeId, count] of Object.entries(byTheme)) totals[themeId] = (totals[themeId] ?? 0) + count;
  return totals;
}

/** Everyone's votes with those for `themeId` moved to `intoThemeId`, or given back (null). */
function votesWithout(votes: ValuesTreeState['votes'], themeId: string, intoThemeId: string | null): ValuesTreeState['votes'] {
  const next: ValuesTreeState['votes'] = {};
  for (const [memberId, byTheme] of Object.entries(votes)) {
    const { [themeId]: moved = 0, ...rest } = byTheme;
    const merged = intoThemeId !== null && moved ? { ...rest, [intoThemeId]: (rest[intoThemeId] ?? 0) + moved } : rest;
    if (Object.keys(merged).length) next[memberId] = merged;
  }
  return next;
}

/** The state with a theme gone: its notes and votes moved into another theme, or back. */
function withoutTheme(state: ValuesTreeState, themeId: string, intoThemeId: string | null): ValuesTreeState {
  const { [themeId]: _removed, ...themes } = state.themes;
  // The moved notes go after those already there, in their old order, with fresh keys: keys from
  // two themes could tie. Every device holds every note once revealed, so each computes the same.
  const moving = notesOf(state, themeId);
  const keys = generateNKeysBetween(notesOf(state, intoThemeId).at(-1)?.sortKey ?? null, null, moving.length);
  const notes = { ...state.notes };
  moving.forEach((note, index) => {
    notes[note.id] = { ...note, themeId: intoThemeId, sortKey: keys[index]! };
  });
  const votes = votesWithout(state.votes, themeId, intoThemeId);
  const { [themeId]: _total, ...totals } = state.totals;
  const leaves = Object.fromEntries(
    Object.entries(state.leaves).map(([id, leaf]) => {
      if (!leaf.themeIds.includes(themeId)) return [id, leaf];
      const kept = leaf.themeIds.filter((other) => other !== themeId);
      return [id, { ...leaf, themeIds: intoThemeId !== null && !kept.includes(intoThemeId) ? [...kept, intoThemeId] : kept }];
    }),
  );
  return { ...state, themes, notes, votes, totals: intoThemeId === null ? totals : totalsOf(votes), leaves };
}

/** The values tree's next state and effects, one change at a time. */
class ValuesTreeChange extends ToolChange<ValuesTreeState> {
  /** A note saved: before the reveal only its writer hears of it; after, everyone, anonymous writers redacted. */
  saveNote(note: ValueNote): void {
    this.set({ notes: { ...this.state.notes, [note.id]: note } });
    if (this.state.revealed) this.effects.push(...authoredEffects(note, (shown) => ({ type: 'valuesTree.noteSaved', note: shown })));
    else this.send({ to: privateTo(note.authorId), delta: { type: 'valuesTree.noteSaved', note } });
  }

  saveSettings(): void {
    const { phase, phonesMayMove, votesPerPerson } = this.state;
    this.send({ to: EVERYONE, delta: { type: 'valuesTree.settingsSaved', phase, phonesMayMove, votesPerPerson } });
  }

  saveTotals(): void {
    const totals = totalsOf(this.state.votes);
    this.set({ totals });
    if (this.state.votesRevealed) this.send({ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: true, totals } });
  }

  done(room: RoomState): Reduction {
    return { ok: true, state: { ...room, valuesTree: this.state }, effects: this.effects };
  }
}

/** Before the reveal, a note goes to its writer's devices only (the facilitator's own notes to facilitators). */
function privateTo(authorId: string | null) {
  return authorId === null ? FACILITATORS : onlyMember(authorId);
}

const NOTE_GONE = 'That value is no longer on the tree.';
const THEME_GONE = 'That theme is no longer on the tree.';
const LEAF_GONE = 'That shared value is no longer on the tree.';

export function reduceValuesTree(room: RoomState, command: ValuesTreeCommand, ctx: CommandContext): Reduction {
  const { actor, now } = ctx;
  const state = room.valuesTree;
  const change = new ValuesTreeChange(state);
  const facilitator = actor.role === 'facilitator';
  const checkThemes = (ids: readonly string[]) => ids.every((id) => state.themes[id]);
  switch (command.type) {
    case 'valuesTree.setPhase': {
      if (command.payload.phase !== 'reflect' && !state.revealed) return fail(ErrorCode.CONFLICT, 'Please reveal the values first.');
      change.set({ phase: command.payload.phase });
      change.saveSettings();
      return change.done(room);
    }
    case 'valuesTree.addNote': {
      const { text, anonymous } = command.payload;
      if (state.notes[command.id]) return fail(ErrorCode.CONFLICT, 'This value was already added.');
      if (Object.keys(state.notes).length >= VALUE_NOTES_MAX) return fail(ErrorCode.LIMIT_REACHED, `The tree is full (${VALUE_NOTES_MAX} values).`);
      if (Object.values(state.notes).filter((note) => note.authorId === actor.memberId).length >= VALUE_NOTES_PER_PERSON) {
        return fail(ErrorCode.LIMIT_REACHED, `You have written ${VALUE_NOTES_PER_PERSON} values, the most one person can.`);
      }
      const author = actor.memberId === null ? undefined : room.members[actor.memberId];
      const roots = notesOf(state, null);
      change.saveNote({
        id: command.id,
        text,
        authorId: actor.memberId,
        authorName: anonymous ? null : (author?.name ?? null),
        anonymous,
        createdAt: now,
        themeId: null,
        sortKey: generateKeyBetween(roots.at(-1)?.sortKey ?? null, null),
      });
      change.set({ noteCount: state.noteCount + 1 });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.noteCountSaved', noteCount: state.noteCount + 1 } });
      return change.done(room);
    }
    case 'valuesTree.editNote':
    case 'valuesTree.removeNote': {
      const note = state.notes[command.payload.noteId];
      if (!note) return fail(ErrorCode.NOT_FOUND, NOTE_GONE);
      const mine = note.authorId !== null && note.authorId === actor.memberId;
      if (!mine && !(facilitator && state.revealed)) return fail(ErrorCode.FORBIDDEN, 'Only the person who wrote a value can change it.');
      if (command.type === 'valuesTree.editNote') {
        change.saveNote({ ...note, text: command.payload.text });
        return change.done(room);
      }
      const { [note.id]: _removed, ...notes } = state.notes;
      change.set({ notes, noteCount: state.noteCount - 1 });
      change.send({ to: state.revealed ? EVERYONE : privateTo(note.authorId), delta: { type: 'valuesTree.noteRemoved', noteId: note.id } });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.noteCountSaved', noteCount: state.noteCount - 1 } });
      return change.done(room);
    }
    case 'valuesTree.reveal': {
      if (state.revealed) return fail(ErrorCode.CONFLICT, 'The values are already revealed.');
      change.set({ revealed: true, phase: 'roots' });
      const shown = Object.values(state.notes).map((note) => (note.anonymous ? { ...note, authorId: null } : note));
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.notesRevealed', notes: shown } });
      change.saveSettings();
      return change.done(room);
    }
    case 'valuesTree.addTheme': {
      if (state.themes[command.id]) return fail(ErrorCode.CONFLICT, 'This theme was already added.');
      const themes = orderedThemes(state);
      if (themes.length >= THEMES_MAX) return fail(ErrorCode.LIMIT_REACHED, `The tree has ${THEMES_MAX} themes, the most it can hold.`);
      const theme: Theme = { id: command.id, name: command.payload.name, sortKey: generateKeyBetween(themes.at(-1)?.sortKey ?? null, null), createdAt: now };
      change.set({ themes: { ...state.themes, [theme.id]: theme } });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.themeSaved', theme } });
      return change.done(room);
    }
    case 'valuesTree.renameTheme': {
      const theme = state.themes[command.payload.themeId];
      if (!theme) return fail(ErrorCode.NOT_FOUND, THEME_GONE);
      const renamed = { ...theme, name: command.payload.name };
      change.set({ themes: { ...state.themes, [theme.id]: renamed } });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.themeSaved', theme: renamed } });
      return change.done(room);
    }
    case 'valuesTree.mergeThemes':
    case 'valuesTree.removeTheme': {
      const themeId = command.type === 'valuesTree.mergeThemes' ? command.payload.fromThemeId : command.payload.themeId;
      const intoThemeId = command.type === 'valuesTree.mergeThemes' ? command.payload.intoThemeId : null;
      if (!state.themes[themeId] || (intoThemeId !== null && !state.themes[intoThemeId])) return fail(ErrorCode.NOT_FOUND, THEME_GONE);
      if (themeId === intoThemeId) return fail(ErrorCode.BAD_REQUEST, 'A theme cannot be merged into itself.');
      const next = withoutTheme(state, themeId, intoThemeId);
      change.set(next);
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.themeRemoved', themeId, intoThemeId } });
      // Votes moved or given back change what people have left and, once shown, the totals.
      for (const [memberId, byTheme] of Object.entries(state.votes)) {
        if (byTheme[themeId]) change.send({ to: onlyMember(memberId), delta: { type: 'valuesTree.myVotesSaved', memberId, votes: next.votes[memberId] ?? {} } });
      }
      const voters = Object.keys(next.votes).length;
      if (voters !== state.voters) {
        change.set({ voters });
        change.send({ to: FACILITATORS, delta: { type: 'valuesTree.votersSaved', voters } });
      }
      if (state.votesRevealed) change.send({ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: true, totals: next.totals } });
      return change.done(room);
    }
    case 'valuesTree.moveNote': {
      const { noteId, themeId, afterNoteId } = command.payload;
      const note = state.notes[noteId];
      if (!note) return fail(ErrorCode.NOT_FOUND, NOTE_GONE);
      if (!state.revealed) return fail(ErrorCode.CONFLICT, 'Please reveal the values first.');
      if (!facilitator && !state.phonesMayMove) return fail(ErrorCode.FORBIDDEN, 'The host is sorting the values just now.');
      if (themeId !== null && !state.themes[themeId]) return fail(ErrorCode.NOT_FOUND, THEME_GONE);
      if (noteId === afterNoteId) return fail(ErrorCode.BAD_REQUEST, 'A value cannot go after itself.');
      const others = notesOf(state, themeId).filter((other) => other.id !== noteId);
      const index = afterNoteId === null ? -1 : others.findIndex((other) => other.id === afterNoteId);
      if (afterNoteId !== null && index < 0) return fail(ErrorCode.NOT_FOUND, NOTE_GONE);
      change.saveNote({ ...note, themeId, sortKey: generateKeyBetween(others[index]?.sortKey ?? null, others[index + 1]?.sortKey ?? null) });
      return change.done(room);
    }
    case 'valuesTree.setSettings': {
      const { phonesMayMove, votesPerPerson } = command.payload;
      const overspent = Object.values(state.votes).some((byTheme) => votesUsed(byTheme) > votesPerPerson);
      if (overspent) return fail(ErrorCode.CONFLICT, 'Some people have already used more votes than that. Clear the votes first.');
      change.set({ phonesMayMove, votesPerPerson });
      change.saveSettings();
      return change.done(room);
    }
    case 'valuesTree.vote': {
      const { themeId, count } = command.payload;
      const memberId = actor.memberId;
      if (memberId === null) return fail(ErrorCode.FORBIDDEN, 'Only people in the room can vote.');
      if (!state.themes[themeId]) return fail(ErrorCode.NOT_FOUND, THEME_GONE);
      if (state.phase !== 'vote') return fail(ErrorCode.CONFLICT, 'Voting is not open just now.');
      const mine = state.votes[memberId] ?? {};
      const { [themeId]: before = 0, ...rest } = mine;
      if (before === count) return fail(ErrorCode.CONFLICT, 'Those are already your votes for that theme.');
      const used = votesUsed(rest) + count;
      if (used > state.votesPerPerson) {
        return fail(ErrorCode.LIMIT_REACHED, `You have ${state.votesPerPerson} votes in all. Take some back from another theme first.`);
      }
      const nextMine = count ? { ...rest, [themeId]: count } : rest;
      const { [memberId]: _old, ...others } = state.votes;
      const votes = Object.keys(nextMine).length ? { ...others, [memberId]: nextMine } : others;
      change.set({ votes });
      change.send({ to: onlyMember(memberId), delta: { type: 'valuesTree.myVotesSaved', memberId, votes: nextMine } });
      const voters = Object.keys(votes).length;
      if (voters !== state.voters) {
        change.set({ voters });
        change.send({ to: FACILITATORS, delta: { type: 'valuesTree.votersSaved', voters } });
      }
      change.saveTotals();
      return change.done(room);
    }
    case 'valuesTree.revealVotes': {
      const { revealed } = command.payload;
      if (revealed === state.votesRevealed) return fail(ErrorCode.CONFLICT, revealed ? 'The votes are already shown.' : 'The votes are already hidden.');
      change.set({ votesRevealed: revealed });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed, totals: revealed ? state.totals : {} } });
      return change.done(room);
    }
    case 'valuesTree.clearVotes': {
      if (!Object.keys(state.votes).length) return fail(ErrorCode.CONFLICT, 'Nobody has voted yet.');
      for (const memberId of Object.keys(state.votes)) change.send({ to: onlyMember(memberId), delta: { type: 'valuesTree.myVotesSaved', memberId, votes: {} } });
      change.set({ votes: {}, voters: 0, totals: {} });
      change.send({ to: FACILITATORS, delta: { type: 'valuesTree.votersSaved', voters: 0 } });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.totalsSaved', revealed: state.votesRevealed, totals: {} } });
      return change.done(room);
    }
    case 'valuesTree.addLeaf':
    case 'valuesTree.editLeaf': {
      const { text } = command.payload;
      const ids = [...new Set(command.payload.themeIds)];
      if (!checkThemes(ids)) return fail(ErrorCode.NOT_FOUND, THEME_GONE);
      let leaf: Leaf;
      if (command.type === 'valuesTree.addLeaf') {
        if (state.leaves[command.id]) return fail(ErrorCode.CONFLICT, 'This shared value was already added.');
        const leaves = orderedLeaves(state);
        if (leaves.length >= LEAVES_MAX) return fail(ErrorCode.LIMIT_REACHED, `The tree has ${LEAVES_MAX} shared values, the most it can hold.`);
        leaf = { id: command.id, text, themeIds: ids, sortKey: generateKeyBetween(leaves.at(-1)?.sortKey ?? null, null), createdAt: now };
      } else {
        const existing = state.leaves[command.payload.leafId];
        if (!existing) return fail(ErrorCode.NOT_FOUND, LEAF_GONE);
        leaf = { ...existing, text, themeIds: ids };
      }
      change.set({ leaves: { ...state.leaves, [leaf.id]: leaf } });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.leafSaved', leaf } });
      return change.done(room);
    }
    case 'valuesTree.removeLeaf': {
      const { leafId } = command.payload;
      if (!state.leaves[leafId]) return fail(ErrorCode.NOT_FOUND, LEAF_GONE);
      const { [leafId]: _removed, ...leaves } = state.leaves;
      change.set({ leaves });
      change.send({ to: EVERYONE, delta: { type: 'valuesTree.leafRemoved', leafId } });
      return change.done(room);
    }
    default:
      return assertNever(command);
  }
}

export function applyValuesTreeDelta(state: ValuesTreeState, delta: ValuesTreeDelta): ValuesTreeState {
  switch (delta.type) {
    case 'valuesTree.settingsSaved': {
      const { phase, phonesMayMove, votesPerPerson } = delta;
      return { ...state, phase, phonesMayMove, votesPerPerson, revealed: state.revealed || phase !== 'reflect' };
    }
    case 'valuesTree.noteSaved':
      return { ...state, notes: { ...state.notes, [delta.note.id]: delta.note } };
    case 'valuesTree.noteRemoved': {
      const { [delta.noteId]: _removed, ...notes } = state.notes;
      return { ...state, notes };
    }
    case 'valuesTree.noteCountSaved':
      return { ...state, noteCount: delta.noteCount };
    case 'valuesTree.notesRevealed': {
      const notes: ValuesTreeState['notes'] = {};
      for (const note of delta.notes) notes[note.id] = { ...note, authorId: state.notes[note.id]?.authorId ?? note.authorId };
      return { ...state, revealed: true, notes };
    }
    case 'valuesTree.themeSaved':
      return { ...state, themes: { ...state.themes, [delta.theme.id]: delta.theme } };
    case 'valuesTree.themeRemoved': {
      // Votes and totals arrive in their own deltas; only notes, leaves and the theme itself change here.
      const next = withoutTheme({ ...state, votes: {}, totals: {} }, delta.themeId, delta.intoThemeId);
      return { ...next, votes: state.votes, totals: state.totals };
    }
    case 'valuesTree.myVotesSaved': {
      const { [delta.memberId]: _old, ...others } = state.votes;
      return { ...state, votes: Object.keys(delta.votes).length ? { ...others, [delta.memberId]: delta.votes } : others };
    }
    case 'valuesTree.votersSaved':
      return { ...state, voters: delta.voters };
    case 'valuesTree.totalsSaved':
      return { ...state, votesRevealed: delta.revealed, totals: delta.totals };
    case 'valuesTree.leafSaved':
      return { ...state, leaves: { ...state.leaves, [delta.leaf.id]: delta.leaf } };
    case 'valuesTree.leafRemoved': {
      const { [delta.leafId]: _removed, ...leaves } = state.leaves;
      return { ...state, leaves };
    }
    default:
      return assertNever(delta);
  }
}
