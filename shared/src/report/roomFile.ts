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
  if (!parsed.success) return { ok: false, message: 'This room file is damaged or incomplete, so it cannot be opened.' };
  return { ok: true, state: parsed.data.state };
}
