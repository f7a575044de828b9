import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { assertNever, EVERYONE, onlyMember, type Viewer } from '../audience.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { ToolChange } from '../authored.ts';
import { typedText } from '../text.ts';
import type { Effect, Reduction, RoomState } from '../state.ts';

/** Most stakeholder groups one room lists. */
export const STAKEHOLDERS_MAX = 100;
/** Most notes in the whole grid. */
export const STAKEHOLDER_NOTES_MAX = 2000;
/** Most small groups. */
export const SMALL_GROUPS_MAX = 12;
export const STAKEHOLDER_NAME_MAX = 80;
export const STAKEHOLDER_TEXT_MAX = 300;
export const SMALL_GROUP_NAME_MAX = 40;

/**
 * Common stakeholder groups, in the project's own words, that the facilitator can add in one step
 * and the group then edits: a start, never the whole list.
 */
export const STARTER_STAKEHOLDERS: readonly string[] = [
  'People who use the service',
  'Families, friends and carers',
  'People in the local community',
  'Front-line staff and volunteers',
  'Managers and decision makers',
  'Funders',
  'Local charities and community groups',
  'Health and social care services',
  'The council',
  'Transport and other companies people rely on',
];

/** The grid's columns: what a stakeholder needs to take part, what might stop them, and how to remove that. */
export const GRID_COLUMNS = ['needs', 'barriers', 'solutions'] as const;
export const gridColumnSchema = z.enum(GRID_COLUMNS);
export type GridColumn = z.infer<typeof gridColumnSchema>;

/**
 * Where a stakeholder sits on the influence map: how much influence they have over the work,
 * and how much the work affects them. `muchAffectedLittleInfluence` is the gap co-production
 * most needs to close.
 */
export const QUADRANTS = [
  'muchInfluenceMuchAffected',
  'muchInfluenceLittleAffected',
  'littleInfluenceMuchAffected',
  'littleInfluenceLittleAffected',
] as const;
export const quadrantSchema = z.enum(QUADRANTS);
export type Quadrant = z.infer<typeof quadrantSchema>;

/** What the screen shows of this tool. */
export const STAKEHOLDER_VIEWS = ['list', 'grid', 'map'] as const;
export const stakeholderViewSchema = z.enum(STAKEHOLDER_VIEWS);
export type StakeholderView = z.infer<typeof stakeholderViewSchema>;

export const stakeholderSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Why they should be involved. */
  why: z.string().nullable(),
  /** What they bring: skills, experience, resources. */
  brings: z.string().nullable(),
  /** Who added it; sent only to that member's own devices (null elsewhere, and for starters). */
  addedBy: z.string().nullable(),
  createdAt: z.number().int(),
  /** Fractional key: the list's order. */
  sortKey: z.string(),
  /** The small group working on this row, or null. */
  groupId: z.string().nullable(),
  /** Its place on the influence map, or null before anyone places it. */
  quadrant: quadrantSchema.nullable(),
  /** Whether they are involved in the work yet; the map shows those who are not. */
  involved: z.boolean(),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

export const gridNoteSchema = z.object({
  id: idSchema,
  stakeholderId: z.string(),
  column: gridColumnSchema,
  text: z.string(),
  /** Who wrote it; sent only to that member's own devices. */
  addedBy: z.string().nullable(),
  createdAt: z.number().int(),
});
export type GridNote = z.infer<typeof gridNoteSchema>;

export const smallGroupSchema = z.object({ id: idSchema, name: z.string(), sortKey: z.string() });
export type SmallGroup = z.infer<typeof smallGroupSchema>;

export const stakeholdersStateSchema = z.object({
  stakeholders: z.record(z.string(), stakeholderSchema),
  notes: z.record(z.string(), gridNoteSchema),
  groups: z.record(z.string(), smallGroupSchema),
  /** memberGroups[memberId] = the small group that person is in. Each device receives only its own. */
  memberGroups: z.record(z.string(), z.string()),
  view: stakeholderViewSchema,
  /** Whether the screen picks out the gaps: empty columns, and the much affected with little influence. */
  highlightGaps: z.boolean(),
});
export type StakeholdersState = z.infer<typeof stakeholdersStateSchema>;

export const emptyStakeholders = (): StakeholdersState => ({
  stakeholders: {},
  notes: {},
  groups: {},
  memberGroups: {},
  view: 'list',
  highlightGaps: false,
});

const nameText = typedText(STAKEHOLDER_NAME_MAX, 'the name');
const detailText = typedText(STAKEHOLDER_TEXT_MAX, 'this').nullable();
const noteText = typedText(STAKEHOLDER_TEXT_MAX, 'the note');
const groupName = typedText(SMALL_GROUP_NAME_MAX, 'the group’s name');

export const stakeholdersCommandSchemas = [
  commandSchema('stakeholders.add', z.object({ name: nameText, why: detailText, brings: detailText })),
  commandSchema('stakeholders.edit', z.object({ stakeholderId: idSchema, name: nameText, why: detailText, brings: detailText })),
  commandSchema('stakeholders.remove', z.object({ stakeholderId: idSchema })),
  /** Adds the starter groups not listed yet (by name, in any case), with ids made from the command id. */
  commandSchema('stakeholders.addStarters', z.object({})),
  commandSchema('stakeholders.addNote', z.object({ stakeholderId: idSchema, column: gridColumnSchema, text: noteText })),
  commandSchema('stakeholders.editNote', z.object({ noteId: idSchema, text: noteText })),
  commandSchema('stakeholders.removeNote', z.object({ noteId: idSchema })),
  commandSchema('stakeholders.addGroup', z.object({ name: groupName })),
  commandSchema('stakeholders.renameGroup', z.object({ groupId: idSchema, name: groupName })),
  /** Removes a small group; its rows and people are no longer in any group. */
  commandSchema('stakeholders.removeGroup', z.object({ groupId: idSchema })),
  commandSchema('stakeholders.assign', z.object({ stakeholderId: idSchema, groupId: idSchema.nullable() })),
  /** A participant says which small group they are in (null: none). */
  commandSchema('stakeholders.joinGroup', z.object({ groupId: idSchema.nullable() })),
  commandSchema('stakeholders.place', z.object({ stakeholderId: idSchema, quadrant: quadrantSchema.nullable() })),
  commandSchema('stakeholders.setInvolved', z.object({ stakeholderId: idSchema, involved: z.boolean() })),
  commandSchema('stakeholders.setView', z.object({ view: stakeholderViewSchema, highlightGaps: z.boolean() })),
] as const;
export type StakeholdersCommand = z.infer<(typeof stakeholdersCommandSchemas)[number]>;

export const stakeholdersDeltaSchemas = [
  z.object({ type: z.literal('stakeholders.stakeholderSaved'), stakeholder: stakeholderSchema }),
  /** Also drops the stakeholder's notes on the device. */
  z.object({ type: z.literal('stakeholders.stakeholderRemoved'), stakeholderId: z.string() }),
  z.object({ type: z.literal('stakeholders.noteSaved'), note: gridNoteSchema }),
  z.object({ type: z.literal('stakeholders.noteRemoved'), noteId: z.string() }),
  z.object({ type: z.literal('stakeholders.groupSaved'), group: smallGroupSchema }),
  /** Also takes the group off every row and person on the device. */
  z.object({ type: z.literal('stakeholders.groupRemoved'), groupId: z.string() }),
  z.object({ type: z.literal('stakeholders.memberGroupSaved'), memberId: z.string(), groupId: z.string().nullable() }),
  z.object({ type: z.literal('stakeholders.viewSaved'), view: stakeholderViewSchema, highlightGaps: z.boolean() }),
] as const;
export type StakeholdersDelta = z.infer<(typeof stakeholdersDeltaSchemas)[number]>;

const bySortKey = <T extends { sortKey: string; id: string }>(a: T, b: T) =>
  a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1;

/** Stakeholders in the list's order. */
export function orderedStakeholders(state: Pick<StakeholdersState, 'stakeholders'>): Stakeholder[] {
  return Object.values(state.stakeholders).sort(bySortKey);
}

/** Small groups in the order they were made. */
export function orderedGroups(state: Pick<StakeholdersState, 'groups'>): SmallGroup[] {
  return Object.values(state.groups).sort(bySortKey);
}

/** One cell's notes, oldest first. */
export function notesIn(state: Pick<StakeholdersState, 'notes'>, stakeholderId: string, column: GridColumn): GridNote[] {
  return Object.values(state.notes)
    .filter((note) => note.stakeholderId === stakeholderId && note.column === column)
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The columns in which a stakeholder has no note yet: gaps in the group's thinking. */
export function emptyColumns(state: Pick<StakeholdersState, 'notes'>, stakeholderId: string): GridColumn[] {
  const filled = new Set(Object.values(state.notes).filter((note) => note.stakeholderId === stakeholderId).map((note) => note.column));
  return GRID_COLUMNS.filter((column) => !filled.has(column));
}

/** The much affected with little influence: those co-production most needs to hear. */
export function muchAffectedLittleInfluence(state: Pick<StakeholdersState, 'stakeholders'>): Stakeholder[] {
  return orderedStakeholders(state).filter((stakeholder) => stakeholder.quadrant === 'littleInfluenceMuchAffected');
}

/** A name compared the way a reader would: case and spacing ignored. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

function redacted<T extends { addedBy: string | null }>(thing: T, viewer: Viewer): T {
  return thing.addedBy !== null && thing.addedBy !== viewer.memberId ? { ...thing, addedBy: null } : thing;
}

export function projectStakeholders(state: StakeholdersState, viewer: Viewer): StakeholdersState {
  const stakeholders: StakeholdersState['stakeholders'] = {};
  for (const [id, stakeholder] of Object.entries(state.stakeholders)) stakeholders[id] = redacted(stakeholder, viewer);
  const notes: StakeholdersState['notes'] = {};
  for (const [id, note] of Object.entries(state.notes)) notes[id] = redacted(note, viewer);
  const own = viewer.memberId === null ? undefined : state.memberGroups[viewer.memberId];
  return { ...state, stakeholders, notes, memberGroups: own && viewer.memberId ? { [viewer.memberId]: own } : {} };
}

/** Effects telling every device of a saved thing, its adder's id only to the adder's own devices. */
function savedFor<T extends { addedBy: string | null }>(thing: T, delta: (thing: T) => Effect['delta']): Effect[] {
  if (thing.addedBy === null) return [{ to: EVERYONE, delta: delta(thing) }];
  return [
    { to: { kind: 'allExceptMember', memberId: thing.addedBy }, delta: delta({ ...thing, addedBy: null }) },
    { to: onlyMember(thing.addedBy), delta: delta(thing) },
  ];
}

/** The stakeholders' next state and effects, one change at a time. */
class StakeholdersChange extends ToolChange<StakeholdersState> {
  saveStakeholder(stakeholder: Stakeholder): void {
    this.state = { ...this.state, stakeholders: { ...this.state.stakeholders, [stakeholder.id]: stakeholder } };
    this.effects.push(...savedFor(stakeholder, (shown) => ({ type: 'stakeholders.stakeholderSaved', stakeholder: shown })));
  }

  saveNote(note: GridNote): void {
    this.state = { ...this.state, notes: { ...this.state.notes, [note.id]: note } };
    this.effects.push(...savedFor(note, (shown) => ({ type: 'stakeholders.noteSaved', note: shown })));
  }

  saveGroup(group: SmallGroup): void {
    this.state = { ...this.state, groups: { ...this.state.groups, [group.id]: group } };
    this.effects.push({ to: EVERYONE, delta: { type: 'stakeholders.groupSaved', group } });
  }

  done(room: RoomState): Reduction {
    return { ok: true, state: { ...room, stakeholders: this.state }, effects: this.effects };
  }
}

const GONE = 'That stakeholder is no longer on the list.';
const NOTE_GONE = 'That note is no longer in the grid.';
const GROUP_GONE = 'That small group no longer exists.';

/** Only the person who added something, or the facilitator, may change it. */
function mayChange(thing: { addedBy: string | null }, actor: CommandContext['actor']): boolean {
  return actor.role === 'facilitator' || (thing.addedBy !== null && thing.addedBy === actor.memberId);
}

export function reduceStakeholders(room: RoomState, command: StakeholdersCommand, ctx: CommandContext): Reduction {
  const { actor, now } = ctx;
  const state = room.stakeholders;
  const change = new StakeholdersChange(state);
  const lastKey = () => orderedStakeholders(change.state).at(-1)?.sortKey ?? null;
  const newStakeholder = (id: string, name: string, why: string | null, brings: string | null, addedBy: string | null): Stakeholder => ({
    id,
    name,
    why,
    brings,
    addedBy,
    createdAt: now,
    sortKey: generateKeyBetween(lastKey(), null),
    groupId: null,
    quadrant: null,
    involved: false,
  });
  const sameName = (name: string, exceptId: string | null) =>
    Object.values(state.stakeholders).find((other) => other.id !== exceptId && nameKey(other.name) === nameKey(name));
  switch (command.type) {
    case 'stakeholders.add': {
      const { name, why, brings } = command.payload;
      if (state.stakeholders[command.id]) return fail(ErrorCode.CONFLICT, 'This stakeholder was already added.');
      const same = sameName(name, null);
      if (same) return fail(ErrorCode.CONFLICT, `“${same.name}” is already on the list.`);
      if (Object.keys(state.stakeholders).length >= STAKEHOLDERS_MAX) return fail(ErrorCode.LIMIT_REACHED, `The list is full (${STAKEHOLDERS_MAX} stakeholders).`);
      change.saveStakeholder(newStakeholder(command.id, name, why, brings, actor.memberId));
      return change.done(room);
    }
    case 'stakeholders.edit': {
      const { stakeholderId, name, why, brings } = command.payload;
      const stakeholder = state.stakeholders[stakeholderId];
      if (!stakeholder) return fail(ErrorCode.NOT_FOUND, GONE);
      if (!mayChange(stakeholder, actor)) return fail(ErrorCode.FORBIDDEN, 'Only the person who added it, or the host, can change it.');
      const same = sameName(name, stakeholderId);
      if (same) return fail(ErrorCode.CONFLICT, `“${same.name}” is already on the list.`);
      change.saveStakeholder({ ...stakeholder, name, why, brings });
      return change.done(room);
    }
    case 'stakeholders.remove': {
      const { stakeholderId } = command.payload;
      if (!state.stakeholders[stakeholderId]) return fail(ErrorCode.NOT_FOUND, GONE);
      const { [stakeholderId]: _removed, ...stakeholders } = state.stakeholders;
      const notes = Object.fromEntries(Object.entries(state.notes).filter(([, note]) => note.stakeholderId !== stakeholderId));
      change.state = { ...state, stakeholders, notes };
      change.send({ to: EVERYONE, delta: { type: 'stakeholders.stakeholderRemoved', stakeholderId } });
      return change.done(room);
    }
    case 'stakeholders.addStarters': {
      const listed = new Set(Object.values(state.stakeholders).map((stakeholder) => nameKey(stakeholder.name)));
      const missing = STARTER_STAKEHOLDERS.filter((name) => !listed.has(nameKey(name)));
      if (!missing.length) return fail(ErrorCode.CONFLICT, 'The starter groups are all on the list already.');
      if (Object.keys(state.stakeholders).length + missing.length > STAKEHOLDERS_MAX) {
        return fail(ErrorCode.LIMIT_REACHED, `The list would be too long (${STAKEHOLDERS_MAX} stakeholders at most).`);
      }
      const ids = missing.map((_name, index) => `${command.id.slice(0, 40)}-${String(index + 1).padStart(2, '0')}`);
      if (ids.some((id) => state.stakeholders[id])) return fail(ErrorCode.CONFLICT, 'The starter groups were already added.');
      missing.forEach((name, index) => change.saveStakeholder(newStakeholder(ids[index]!, name, null, null, null)));
      return change.done(room);
    }
    case 'stakeholders.addNote': {
      const { stakeholderId, column, text } = command.payload;
      if (!state.stakeholders[stakeholderId]) return fail(ErrorCode.NOT_FOUND, GONE);
      if (state.notes[command.id]) return fail(ErrorCode.CONFLICT, 'This note was already added.');
      if (Object.keys(state.notes).length >= STAKEHOLDER_NOTES_MAX) return fail(ErrorCode.LIMIT_REACHED, `The grid is full (${STAKEHOLDER_NOTES_MAX} notes).`);
      change.saveNote({ id: command.id, stakeholderId, column, text, addedBy: actor.memberId, createdAt: now });
      return change.done(room);
    }
    case 'stakeholders.editNote':
    case 'stakeholders.removeNote': {
      const note = state.notes[command.payload.noteId];
      if (!note) return fail(ErrorCode.NOT_FOUND, NOTE_GONE);
      if (!mayChange(note, actor)) return fail(ErrorCode.FORBIDDEN, 'Only the person who wrote a note, or the host, can change it.');
      if (command.type === 'stakeholders.editNote') {
        change.saveNote({ ...note, text: command.payload.text });
        return change.done(room);
      }
      const { [note.id]: _removed, ...notes } = state.notes;
      change.state = { ...state, notes };
      change.send({ to: EVERYONE, delta: { type: 'stakeholders.noteRemoved', noteId: note.id } });
      return change.done(room);
    }
    case 'stakeholders.addGroup': {
      if (state.groups[command.id]) return fail(ErrorCode.CONFLICT, 'This group was already added.');
      const groups = orderedGroups(state);
      if (groups.length >= SMALL_GROUPS_MAX) return fail(ErrorCode.LIMIT_REACHED, `There can be up to ${SMALL_GROUPS_MAX} small groups.`);
      change.saveGroup({ id: command.id, name: command.payload.name, sortKey: generateKeyBetween(groups.at(-1)?.sortKey ?? null, null) });
      return change.done(room);
    }
    case 'stakeholders.renameGroup': {
      const group = state.groups[command.payload.groupId];
      if (!group) return fail(ErrorCode.NOT_FOUND, GROUP_GONE);
      change.saveGroup({ ...group, name: command.payload.name });
      return change.done(room);
    }
    case 'stakeholders.removeGroup': {
      const { groupId } = command.payload;
      if (!state.groups[groupId]) return fail(ErrorCode.NOT_FOUND, GROUP_GONE);
      change.state = withoutGroup(state, groupId);
      change.send({ to: EVERYONE, delta: { type: 'stakeholders.groupRemoved', groupId } });
      return change.done(room);
    }
    case 'stakeholders.assign': {
      const { stakeholderId, groupId } = command.payload;
      const stakeholder = state.stakeholders[stakeholderId];
      if (!stakeholder) return fail(ErrorCode.NOT_FOUND, GONE);
      if (groupId !== null && !state.groups[groupId]) return fail(ErrorCode.NOT_FOUND, GROUP_GONE);
      change.saveStakeholder({ ...stakeholder, groupId });
      return change.done(room);
    }
    case 'stakeholders.joinGroup': {
      const { groupId } = command.payload;
      const memberId = actor.memberId;
      if (memberId === null) return fail(ErrorCode.FORBIDDEN, 'Only people in the room can join a small group.');
      if (groupId !== null && !state.groups[groupId]) return fail(ErrorCode.NOT_FOUND, GROUP_GONE);
      const { [memberId]: _previous, ...others } = state.memberGroups;
      change.state = { ...state, memberGroups: groupId === null ? others : { ...others, [memberId]: groupId } };
      change.send({ to: onlyMember(memberId), delta: { type: 'stakeholders.memberGroupSaved', memberId, groupId } });
      return change.done(room);
    }
    case 'stakeholders.place':
    case 'stakeholders.setInvolved': {
      const stakeholder = state.stakeholders[command.payload.stakeholderId];
      if (!stakeholder) return fail(ErrorCode.NOT_FOUND, GONE);
      change.saveStakeholder(
        command.type === 'stakeholders.place' ? { ...stakeholder, quadrant: command.payload.quadrant } : { ...stakeholder, involved: command.payload.involved },
      );
      return change.done(room);
    }
    case 'stakeholders.setView': {
      const { view, highlightGaps } = command.payload;
      change.state = { ...state, view, highlightGaps };
      change.send({ to: EVERYONE, delta: { type: 'stakeholders.viewSaved', view, highlightGaps } });
      return change.done(room);
    }
    default:
      return assertNever(command);
  }
}

/** The state with a small group gone: no row is assigned to it and nobody is in it. */
function withoutGroup(state: StakeholdersState, groupId: string): StakeholdersState {
  const { [groupId]: _removed, ...groups } = state.groups;
  const stakeholders = Object.fromEntries(
    Object.entries(state.stakeholders).map(([id, stakeholder]) => [id, stakeholder.groupId === groupId ? { ...stakeholder, groupId: null } : stakeholder]),
  );
  const memberGroups = Object.fromEntries(Object.entries(state.memberGroups).filter(([, group]) => group !== groupId));
  return { ...state, groups, stakeholders, memberGroups };
}

export function applyStakeholdersDelta(state: StakeholdersState, delta: StakeholdersDelta): StakeholdersState {
  switch (delta.type) {
    case 'stakeholders.stakeholderSaved':
      return { ...state, stakeholders: { ...state.stakeholders, [delta.stakeholder.id]: delta.stakeholder } };
    case 'stakeholders.stakeholderRemoved': {
      const { [delta.stakeholderId]: _removed, ...stakeholders } = state.stakeholders;
      const notes = Object.fromEntries(Object.entries(state.notes).filter(([, note]) => note.stakeholderId !== delta.stakeholderId));
      return { ...state, stakeholders, notes };
    }
    case 'stakeholders.noteSaved':
      return { ...state, notes: { ...state.notes, [delta.note.id]: delta.note } };
    case 'stakeholders.noteRemoved': {
      const { [delta.noteId]: _removed, ...notes } = state.notes;
      return { ...state, notes };
    }
    case 'stakeholders.groupSaved':
      return { ...state, groups: { ...state.groups, [delta.group.id]: delta.group } };
    case 'stakeholders.groupRemoved':
      return withoutGroup(state, delta.groupId);
    case 'stakeholders.memberGroupSaved': {
      const { [delta.memberId]: _previous, ...others } = state.memberGroups;
      return { ...state, memberGroups: delta.groupId === null ? others : { ...others, [delta.memberId]: delta.groupId } };
    }
    case 'stakeholders.viewSaved':
      return { ...state, view: delta.view, highlightGaps: delta.highlightGaps };
    default:
      return assertNever(delta);
  }
}
