import type { AnyCommand, CommandContext, RoomState } from '@roundtable/shared';

/** What opens a room, as stored. The facilitator key itself is never stored, only its hash. */
export interface RoomRecord {
  id: string;
  joinCode: string;
  participantToken: string;
  screenToken: string;
  /** SHA-256 of the facilitator key, hex. */
  facilitatorKeyHash: string;
  createdAt: number;
}

/** One applied command and what is needed to apply it again: the log is the room's history. */
export interface LogEntry {
  version: number;
  command: AnyCommand;
  ctx: CommandContext;
}

/** A room as stored: its newest snapshot and every command applied after it, in order. */
export interface StoredRoom {
  snapshot: { version: number; state: RoomState };
  entries: LogEntry[];
}

export type RoomLookup =
  | { by: 'id'; id: string }
  | { by: 'participantToken'; token: string }
  | { by: 'screenToken'; token: string }
  | { by: 'joinCode'; code: string };

/**
 * Durable storage behind one interface: SQLite by default, memory for tests, Redis when scaled
 * out. Every method that writes has finished writing when its promise resolves, so a caller can
 * acknowledge right after.
 */
export interface Store {
  /**
   * Whether `append` itself refuses a command id that was already applied (with AppendConflict
   * `'command'`). A room then skips looking the id up before each command: with a store shared
   * through Redis, that saves a round trip on every command.
   */
  readonly appendChecksCommandIds: boolean;
  /** Stores a new room with its first snapshot (version 0). Fails if an id, token or code is taken. */
  createRoom(record: RoomRecord, state: RoomState): Promise<void>;
  findRoom(lookup: RoomLookup): Promise<RoomRecord | null>;
  loadRoom(roomId: string): Promise<StoredRoom | null>;
  /** Every logged entry after `version`, in order: what a process that fell behind replays. */
  entriesAfter(roomId: string, version: number): Promise<LogEntry[]>;
  /**
   * Appends one entry; with `snapshot`, also replaces the room's snapshot, in the same write.
   * A store shared by several processes refuses with {@link AppendConflict} when the version is
   * no longer the next one, or the command id was already applied: nothing is written then.
   */
  append(roomId: string, entry: LogEntry, snapshot?: { version: number; state: RoomState }): Promise<void>;
  /** The version at which a command id was applied, or null if it never was. */
  findCommand(roomId: string, commandId: string): Promise<number | null>;
  addMemberSecret(roomId: string, secretHash: string, memberId: string): Promise<void>;
  findMemberBySecret(roomId: string, secretHash: string): Promise<string | null>;
  close(): Promise<void>;
}

/**
 * Another process got there first: `entry.version` is taken (`kind: 'version'`), or the command
 * was already applied at `version` (`kind: 'command'`). Only a shared store (Redis) throws it; the
 * room then catches up on what it missed and, for a version conflict, applies the command again.
 */
export class AppendConflict extends Error {
  readonly kind: 'version' | 'command';
  /** The stored version now (`'version'`), or the version the command was applied at (`'command'`). */
  readonly version: number;

  constructor(kind: 'version' | 'command', version: number) {
    super(kind === 'version' ? `Version ${version} is already stored.` : `The command was already applied at version ${version}.`);
    this.name = 'AppendConflict';
    this.kind = kind;
    this.version = version;
  }
}

/**
 * The store cannot be reached (Redis is down or too slow). Nothing was written by the call that
 * failed, or if the write did land, its command id makes a retry harmless. Callers answer
 * UNAVAILABLE instead of failing as if the server were broken.
 */
export class StoreUnavailable extends Error {
  constructor(cause: unknown) {
    super(`The store is not reachable: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StoreUnavailable';
  }
}
