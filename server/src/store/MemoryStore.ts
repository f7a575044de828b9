import type { RoomState } from '@roundtable/shared';
import type { LogEntry, RoomLookup, RoomRecord, Store, StoredRoom } from './Store.ts';

interface MemoryRoom {
  record: RoomRecord;
  snapshot: { version: number; state: RoomState };
  entries: LogEntry[];
  secrets: Map<string, string>;
}

/**
 * A store that keeps everything in memory, for tests. Values are copied in and out through JSON
 * so tests see the same isolation a real store gives.
 */
export class MemoryStore implements Store {
  readonly appendChecksCommandIds = false;
  private readonly rooms = new Map<string, MemoryRoom>();

  async createRoom(record: RoomRecord, state: RoomState): Promise<void> {
    for (const room of this.rooms.values()) {
      const other = room.record;
      if (
        other.id === record.id ||
        other.joinCode === record.joinCode ||
        other.participantToken === record.participantToken ||
        other.screenToken === record.screenToken
      ) {
        throw new Error('A room with that id, token or code exists.');
      }
    }
    this.rooms.set(record.id, { record: { ...record }, snapshot: { version: 0, state: copy(state) }, entries: [], secrets: new Map() });
  }

  async findRoom(lookup: RoomLookup): Promise<RoomRecord | null> {
    for (const { record } of this.rooms.values()) {
      const found =
        (lookup.by === 'id' && record.id === lookup.id) ||
        (lookup.by === 'participantToken' && record.participantToken === lookup.token) ||
        (lookup.by === 'screenToken' && record.screenToken === lookup.token) ||
        (lookup.by === 'joinCode' && record.joinCode === lookup.code);
      if (found) return { ...record };
    }
    return null;
  }

  async loadRoom(roomId: string): Promise<StoredRoom | null> {
    const room = this.rooms.get(roomId);
    if (!room) return null;
    return { snapshot: copy(room.snapshot), entries: await this.entriesAfter(roomId, room.snapshot.version) };
  }

  async entriesAfter(roomId: string, version: number): Promise<LogEntry[]> {
    return copy(this.mustGet(roomId).entries.filter((entry) => entry.version > version));
  }

  async append(roomId: string, entry: LogEntry, snapshot?: { version: number; state: RoomState }): Promise<void> {
    const room = this.mustGet(roomId);
    room.entries.push(copy(entry));
    if (snapshot) room.snapshot = copy(snapshot);
  }

  async findCommand(roomId: string, commandId: string): Promise<number | null> {
    return this.mustGet(roomId).entries.find((entry) => entry.command.id === commandId)?.version ?? null;
  }

  async addMemberSecret(roomId: string, secretHash: string, memberId: string): Promise<void> {
    this.mustGet(roomId).secrets.set(secretHash, memberId);
  }

  async findMemberBySecret(roomId: string, secretHash: string): Promise<string | null> {
    return this.rooms.get(roomId)?.secrets.get(secretHash) ?? null;
  }

  async close(): Promise<void> {}

  private mustGet(roomId: string): MemoryRoom {
    const room = this.rooms.get(roomId);
    if (!room) throw new Error(`No room ${roomId}.`);
    return room;
  }
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
