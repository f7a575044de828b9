import {
  applyCommand,
  canSee,
  ErrorCode,
  fail,
  projectRoom,
  roomStateSchema,
  type AnyCommand,
  type Actor,
  type Change,
  type CommandAck,
  type Effect,
  type RoomState,
  type RoomView,
  type Viewer,
} from '@roundtable/shared';
import type { LogEntry, RoomRecord, Store } from '../store/Store.ts';

/** Every this many versions the store keeps a fresh snapshot, so a restart replays little. */
export const SNAPSHOT_EVERY = 100;
/** How many recent changes a room keeps in memory to bring a reconnecting device up to date. */
export const CATCH_UP_LIMIT = 1000;
/** How many recent command ids a room remembers in memory; older repeats are looked up in the store. */
const RECENT_COMMAND_IDS = 10_000;

/** An applied command, with what to tell each device. */
export interface Applied {
  version: number;
  effects: Effect[];
}

/** Stored at `version` (now, or earlier for a repeated command id), or refused. */
export type ApplyOutcome = CommandAck;

/**
 * One room: its state, its version and its recent history. The only place a room changes.
 * Commands are applied one at a time, in arrival order: parse and authorise happen before
 * (the transport parses, the reducer checks the permission table), then apply, persist, and only
 * then does the caller acknowledge and broadcast.
 */
export class Room {
  readonly record: RoomRecord;
  private state: RoomState;
  private currentVersion: number;
  private readonly store: Store;
  private readonly recent: { version: number; effects: Effect[] }[] = [];
  private readonly commandVersions = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Told of every applied (not replayed) command, synchronously and so in version order. */
  private appliedListener: ((applied: Applied) => void) | null = null;

  private constructor(record: RoomRecord, state: RoomState, version: number, store: Store) {
    this.record = record;
    this.state = state;
    this.currentVersion = version;
    this.store = store;
  }

  /** Loads a room: its snapshot, then every logged command after it, replayed with its context. */
  static async load(record: RoomRecord, store: Store): Promise<Room> {
    const stored = await store.loadRoom(record.id);
    if (!stored) throw new Error(`Room ${record.id} has no stored state.`);
    // Parsed, so a room stored by an older version gains the parts added since (with defaults).
    const state = roomStateSchema.parse(stored.snapshot.state);
    const room = new Room(record, state, stored.snapshot.version, store);
    for (const entry of stored.entries) room.replay(entry);
    return room;
  }

  /**
   * Sets the one listener told of each applied command, in version order. The transport uses it
   * to broadcast: whatever path applied a command (a device, a phone joining, the grace timer),
   * its deltas go out in the order the versions were made.
   */
  onApplied(listener: (applied: Applied) => void): void {
    this.appliedListener = listener;
  }

  get id(): string {
    return this.record.id;
  }

  get version(): number {
    return this.currentVersion;
  }

  /** The room as one device may see it. */
  viewFor(viewer: Viewer): RoomView {
    return projectRoom(this.state, viewer);
  }

  /**
   * The whole state, private parts included (anonymous authors, answers). For the server's own
   * use, such as starting the group's next meeting; never sent to a device as it stands.
   */
  fullState(): RoomState {
    return this.state;
  }

  hasMember(memberId: string): boolean {
    return memberId in this.state.members;
  }

  /** Members (not guests) whose hand is up in the queue. */
  raisedHandMembers(): string[] {
    return Object.values(this.state.queue.hands).flatMap((hand) => (hand.memberId ? [hand.memberId] : []));
  }

  /**
   * What `viewer` missed since version `since`, or null when that is further back than this room
   * remembers (the device then gets a snapshot). Versions with nothing for this viewer are left out.
   */
  changesSince(since: number, viewer: Viewer): Change[] | null {
    if (since > this.currentVersion) return null;
    const first = this.recent[0];
    if (since < this.currentVersion && (!first || first.version > since + 1)) return null;
    const changes: Change[] = [];
    for (const entry of this.recent) {
      if (entry.version <= since) continue;
      const deltas = entry.effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta);
      if (deltas.length) changes.push({ v: entry.version, deltas });
    }
    return changes;
  }

  /** Applies a command after every command before it has been applied and stored. */
  apply(command: AnyCommand, actor: Actor): Promise<ApplyOutcome> {
    const result = this.queue.then(() => this.applyNow(command, actor));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async applyNow(command: AnyCommand, actor: Actor): Promise<ApplyOutcome> {
    const seen = this.commandVersions.get(command.id) ?? (await this.store.findCommand(this.id, command.id));
    if (seen !== null) return { ok: true, version: seen };
    const ctx = { actor, now: Date.now() };
    const reduction = applyCommand(this.state, command, ctx);
    if (!reduction.ok) return reduction;
    const version = this.currentVersion + 1;
    const entry: LogEntry = { version, command, ctx };
    const snapshot = version % SNAPSHOT_EVERY === 0 ? { version, state: reduction.state } : undefined;
    try {
      await this.store.append(this.id, entry, snapshot);
    } catch (error) {
      console.error(`Could not store version ${version} of room ${this.id}:`, error);
      return fail(ErrorCode.UNAVAILABLE, 'Your change could not be saved. Please try again in a moment.');
    }
    this.commit(version, command.id, reduction.state, reduction.effects);
    this.appliedListener?.({ version, effects: reduction.effects });
    return { ok: true, version };
  }

  private replay(entry: LogEntry): void {
    const reduction = applyCommand(this.state, entry.command, entry.ctx);
    if (!reduction.ok) throw new Error(`Room ${this.id} cannot replay version ${entry.version}: ${reduction.message}`);
    this.commit(entry.version, entry.command.id, reduction.state, reduction.effects);
  }

  private commit(version: number, commandId: string, state: RoomState, effects: Effect[]): void {
    this.state = state;
    this.currentVersion = version;
    this.recent.push({ version, effects });
    if (this.recent.length > CATCH_UP_LIMIT) this.recent.shift();
    this.commandVersions.set(commandId, version);
    if (this.commandVersions.size > RECENT_COMMAND_IDS) {
      const oldest = this.commandVersions.keys().next().value;
      if (oldest !== undefined) this.commandVersions.delete(oldest);
    }
  }
}
