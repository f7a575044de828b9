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
import { AppendConflict, StoreUnavailable, type LogEntry, type RoomRecord, type Store } from '../store/Store.ts';

/** Every this many versions the store keeps a fresh snapshot, so a restart replays little. */
export const SNAPSHOT_EVERY = 100;
/** How many recent changes a room keeps in memory to bring a reconnecting device up to date. */
export const CATCH_UP_LIMIT = 1000;
/** How many recent command ids a room remembers in memory; older repeats are looked up in the store. */
const RECENT_COMMAND_IDS = 10_000;
/**
 * How many times a command is applied again after another process stored the version it was
 * meant for. Each retry first catches up on everything stored since, so it only fails again when
 * the room is changing faster than one round trip to the store: then the device is told to retry.
 */
const APPEND_ATTEMPTS = 20;

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
    return this.enqueue(() => this.applyNow(command, actor));
  }

  /**
   * Takes in a version another process stored (a store shared through Redis), in its turn with
   * this process's own commands: the next version is replayed and announced to the listener like
   * one applied here; one already here is ignored; after a gap, the missing ones are read first.
   */
  receive(entry: LogEntry): Promise<void> {
    return this.enqueue(async () => {
      if (entry.version <= this.currentVersion) return;
      if (entry.version === this.currentVersion + 1) this.replay(entry, true);
      else await this.catchUp();
    });
  }

  /** Reads and announces, in its turn, every version stored since this room's own: used when notices may have been missed. */
  refresh(): Promise<void> {
    return this.enqueue(() => this.catchUp());
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async applyNow(command: AnyCommand, actor: Actor): Promise<ApplyOutcome> {
    // A repeated command id is answered with its first version. The store looks the id up when
    // it appends, if it can; otherwise it is looked up first.
    const checksOnAppend = this.store.appendChecksCommandIds;
    let seen: number | null;
    try {
      seen = this.commandVersions.get(command.id) ?? (checksOnAppend ? null : await this.store.findCommand(this.id, command.id));
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      return unavailable(`Could not look up a command in room ${this.id}`, error);
    }
    if (seen !== null) return { ok: true, version: seen };
    for (let attempt = 1; ; attempt++) {
      const ctx = { actor, now: Date.now() };
      const reduction = applyCommand(this.state, command, ctx);
      if (!reduction.ok) {
        if (!checksOnAppend) return reduction;
        // Shared with other processes, this room may not have heard of their newest versions yet:
        // a command is refused only on the newest state.
        const before = this.currentVersion;
        try {
          await this.catchUp();
        } catch (error) {
          return unavailable(`Could not catch up room ${this.id}`, error);
        }
        if (this.currentVersion !== before && attempt < APPEND_ATTEMPTS) continue;
        return this.refusedUnlessStored(command.id, reduction);
      }
      const version = this.currentVersion + 1;
      const entry: LogEntry = { version, command, ctx };
      const snapshot = version % SNAPSHOT_EVERY === 0 ? { version, state: reduction.state } : undefined;
      try {
        await this.store.append(this.id, entry, snapshot);
      } catch (error) {
        if (!(error instanceof AppendConflict) || attempt === APPEND_ATTEMPTS) {
          return unavailable(`Could not store version ${version} of room ${this.id}`, error);
        }
        // Another process stored this version, or this very command: take in what it stored, then
        // either answer with the command's version or apply the command again to the fresh state.
        try {
          await this.catchUp();
        } catch (catchUpError) {
          return unavailable(`Could not catch up room ${this.id}`, catchUpError);
        }
        if (error.kind === 'command') return { ok: true, version: error.version };
        continue;
      }
      this.commit(version, command.id, reduction.state, reduction.effects);
      this.appliedListener?.({ version, effects: reduction.effects });
      return { ok: true, version };
    }
  }

  /**
   * A refused command that was in fact applied before (a device resending an item it already
   * added, say) is answered with the version it was stored at, not with the refusal.
   */
  private async refusedUnlessStored(commandId: string, refusal: ApplyOutcome): Promise<ApplyOutcome> {
    try {
      const stored = await this.store.findCommand(this.id, commandId);
      return stored === null ? refusal : { ok: true, version: stored };
    } catch (error) {
      if (!(error instanceof StoreUnavailable)) throw error;
      return unavailable(`Could not look up a command in room ${this.id}`, error);
    }
  }

  /** Replays, and announces, every stored version after this room's own, in order. */
  private async catchUp(): Promise<void> {
    for (const entry of await this.store.entriesAfter(this.id, this.currentVersion)) {
      if (entry.version !== this.currentVersion + 1) break;
      this.replay(entry, true);
    }
  }

  /** Applies a stored entry again; `announce` tells the listener, for a version this process has not told its devices of. */
  private replay(entry: LogEntry, announce = false): void {
    const reduction = applyCommand(this.state, entry.command, entry.ctx);
    if (!reduction.ok) throw new Error(`Room ${this.id} cannot replay version ${entry.version}: ${reduction.message}`);
    this.commit(entry.version, entry.command.id, reduction.state, reduction.effects);
    if (announce) this.appliedListener?.({ version: entry.version, effects: reduction.effects });
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

/** The refusal for a store that could not be reached: nothing was applied, and the device may retry. */
function unavailable(what: string, error: unknown): ApplyOutcome {
  console.error(`${what}:`, error instanceof StoreUnavailable ? error.message : error);
  return fail(ErrorCode.UNAVAILABLE, 'Your change could not be saved. Please try again in a moment.');
}
