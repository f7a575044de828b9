import { z } from 'zod';
import { roleSchema, type Role } from './audience.ts';
import type { Failure } from './errors.ts';
import { idSchema } from './ids.ts';
import type { Delta, RoomView } from './state.ts';
import { nameSchema, titleSchema } from './text.ts';

/**
 * The wire protocol's version. A client sends it in its handshake; the server refuses any other
 * with `PROTOCOL_MISMATCH`, and the client asks its user to reload. Bump it on any change to
 * events, commands or deltas that an older client could misread.
 */
export const PROTOCOL_VERSION = 3;

/** Most secrets of other rooms a phone sends when joining a room, newest first. */
export const KNOWN_SECRETS_MAX = 20;

/** Letters and digits of a join code: no 0/O, 1/I/L or other look-alikes. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A join code as a person types it: case, spaces and dashes do not matter. */
export const joinCodeSchema = z
  .string()
  .max(20, `A join code has ${JOIN_CODE_LENGTH} letters and numbers.`)
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .length(JOIN_CODE_LENGTH, `A join code has ${JOIN_CODE_LENGTH} letters and numbers.`)
      .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]+$`), 'That is not a join code. Please check it.'),
  );

/** What opens a room: the facilitator's key, the participants' link, or the screen's link. */
export const credentialSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('facilitator'), roomId: idSchema, key: z.string().min(22).max(100) }),
  z.object({ kind: z.literal('participant'), token: idSchema }),
  z.object({ kind: z.literal('screen'), token: idSchema }),
]);
export type Credential = z.infer<typeof credentialSchema>;

/** The Socket.IO handshake's `auth`. Sent again on every reconnection. */
export const handshakeAuthSchema = z.object({
  protocol: z.number().int(),
  credential: credentialSchema,
  /** A participant's own secret from an earlier visit: it makes them the same member again. */
  memberSecret: idSchema.optional(),
  /**
   * Secrets this phone holds for other rooms, sent when it has none for this one: if this room is
   * a later meeting of the same group, one of them makes the phone its old member again.
   */
  knownSecrets: z.array(idSchema).max(KNOWN_SECRETS_MAX).optional(),
  /** The name a new participant gives, if any. */
  name: nameSchema.optional(),
});
export type HandshakeAuth = z.input<typeof handshakeAuthSchema>;

/** Asks for what the device missed since `since` (a room version), or a snapshot when null. */
export const syncRequestSchema = z.object({ since: z.number().int().nonnegative().nullable() });
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** The deltas of one applied command, as one device may see them, with the room version. */
export interface Change {
  v: number;
  deltas: Delta[];
}

/** How many devices of each role are connected now. Memory only, never stored. */
export interface Presence {
  facilitators: number;
  participants: number;
  screens: number;
}

/** Who this device is in the room. `memberSecret` comes once, when a new member is made. */
export interface Me {
  role: Role;
  memberId: string | null;
  memberSecret?: string;
}

/** Addresses a facilitator or screen shows. Absolute URLs, made with the server's public base. */
export interface RoomLinks {
  join: string;
  joinCode: string;
  screen?: string;
  facilitator?: string;
}

export type SyncResult =
  | ({
      ok: true;
      me: Me;
      version: number;
      presence: Presence;
      links: RoomLinks | null;
      /** The server's clock when it answered (ms since the Unix epoch), so timers agree on every device. */
      serverTime: number;
    } & (
      | { mode: 'snapshot'; view: RoomView }
      | { mode: 'changes'; changes: Change[] }
    ))
  | Failure;

export type CommandAck = { ok: true; version: number } | Failure;

/** Events a client sends. Payloads are `unknown` on purpose: the server parses every one. */
export interface ClientToServerEvents {
  'session:sync': (request: unknown, ack: (result: SyncResult) => void) => void;
  command: (command: unknown, ack: (ack: CommandAck) => void) => void;
}

/** Events the server sends. */
export interface ServerToClientEvents {
  'room:change': (change: Change) => void;
  'room:presence': (presence: Presence) => void;
}

/** `POST /api/rooms` body. */
export const createRoomRequestSchema = z.object({ title: titleSchema });

/** `POST /api/rooms` answer (status 201). */
export interface CreateRoomResponse {
  roomId: string;
  joinCode: string;
  facilitatorKey: string;
  links: { facilitator: string; screen: string; join: string };
}

/** `POST /api/join` body: a typed join code. The answer is `{ join: url }`. */
export const joinRequestSchema = z.object({ code: joinCodeSchema });

export { roleSchema };
