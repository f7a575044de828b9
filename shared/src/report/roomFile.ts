import { FACILITATOR_MEMBER_ID } from '../audience.ts';
import { roomStateSchema, type RoomState } from '../state.ts';
import { z } from 'zod';

/** What marks a file as a Roundtable room, and the version of its shape. */
export const ROOM_FILE_FORMAT = 'roundtable-room';
export const ROOM_FILE_SCHEMA_VERSION = 1;

/** A whole room as a file: everything needed to restore it or start a new meeting from it. */
export const roomFileSchema = z.object({
  format: z.literal(ROOM_FILE_FORMAT),
  schemaVersion: z.literal(ROOM_FILE_SCHEMA_VERSION),
  /** Milliseconds since the Unix epoch. */
  exportedAt: z.number().int(),
  state: roomStateSchema,
});
export type RoomFile = z.infer<typeof roomFileSchema>;

export function roomFile(state: RoomState, now: number): RoomFile {
  return { format: ROOM_FILE_FORMAT, schemaVersion: ROOM_FILE_SCHEMA_VERSION, exportedAt: now, state };
}

/** A file's room state, or a plain sentence saying why it cannot be used. */
export function readRoomFile(body: unknown): { ok: true; state: RoomState } | { ok: false; message: string } {
  if (typeof body !== 'object' || body === null || (body as { format?: unknown }).format !== ROOM_FILE_FORMAT) {
    return { ok: false, message: 'This file is not a Roundtable room. Please choose a file saved with "Whole room (JSON)".' };
  }
  const version = (body as { schemaVersion?: unknown }).schemaVersion;
  if (version !== ROOM_FILE_SCHEMA_VERSION) {
    return { ok: false, message: 'This room file was saved by a different version of Roundtable and cannot be opened here.' };
  }
  const parsed = roomFileSchema.safeParse(body);
  if (!parsed.success || !holdsTogether(parsed.data.state)) {
    return { ok: false, message: 'This room file is damaged or incomplete, so it cannot be opened.' };
  }
  return { ok: true, state: parsed.data.state };
}

/** The latest time a JavaScript date can hold, in milliseconds since the Unix epoch. */
const LATEST_TIME = 8.64e15;

/** Every number under a key ending in `At` (a time) is one a date can hold. */
function timesInRange(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.entries(value).every(([key, inner]) =>
    key.endsWith('At') && typeof inner === 'number' ? inner >= 0 && inner <= LATEST_TIME : timesInRange(inner),
  );
}

/** Each record is filed under its own id. */
function keyedById(records: Record<string, { id: string }>): boolean {
  return Object.entries(records).every(([key, record]) => key === record.id);
}

/**
 * What the schema cannot see: the parts of a room refer to each other. A file that was edited by
 * hand (or made by something else) must still be a room the reducer can work on.
 */
function holdsTogether(state: RoomState): boolean {
  const { members, carPark, agreements, definitions, glossary, stakeholders, valuesTree } = state;
  const facilitator = members[FACILITATOR_MEMBER_ID];
  const roles = Object.values(members).every((member) => (member.id === FACILITATOR_MEMBER_ID) === (member.role === 'facilitator'));
  const round = agreements.round;
  return (
    timesInRange(state) &&
    facilitator?.role === 'facilitator' &&
    roles &&
    [members, carPark.items, agreements.agreements, definitions.cards, definitions.proposals, glossary.entries, stakeholders.stakeholders, stakeholders.notes, valuesTree.notes, valuesTree.themes, valuesTree.leaves].every(keyedById) &&
    (round === null || agreements.agreements[round.agreementId]?.status === 'proposed') &&
    Object.values(stakeholders.notes).every((note) => stakeholders.stakeholders[note.stakeholderId]) &&
    Object.values(valuesTree.notes).every((note) => note.themeId === null || valuesTree.themes[note.themeId])
  );
}
