import type { RoomState } from '@roundtable/shared';
import type { Redis } from 'ioredis';
import { LuaScript } from '../cluster/redis.ts';
import { AppendConflict, StoreUnavailable, type LogEntry, type RoomLookup, type RoomRecord, type Store, type StoredRoom } from './Store.ts';

/** Every key this store writes starts with this. */
const PREFIX = 'rt:';
/**
 * The channel on which each stored version is announced to every process, with its entry, as
 * `<room id> <origin> <entry as JSON>`: ids never hold a space, so a process reads the room id
 * and skips the notice, without parsing the entry, when it does not have that room loaded.
 * `origin` names the process that stored it.
 */
export const APPLIED_CHANNEL = `${PREFIX}applied`;

/** A notice from {@link APPLIED_CHANNEL}, split; null when it is not one. */
export function readNotice(message: string): { roomId: string; origin: string; entry: () => LogEntry } | null {
  const first = message.indexOf(' ');
  const second = message.indexOf(' ', first + 1);
  if (first <= 0 || second <= first + 1) return null;
  return { roomId: message.slice(0, first), origin: message.slice(first + 1, second), entry: () => JSON.parse(message.slice(second + 1)) as LogEntry };
}

const keys = {
  record: (roomId: string) => `${PREFIX}room:${roomId}:record`,
  version: (roomId: string) => `${PREFIX}room:${roomId}:version`,
  /** A list: the entry of version v is at index v - 1. */
  log: (roomId: string) => `${PREFIX}room:${roomId}:log`,
  /** A hash: command id to the version it was applied at. */
  commands: (roomId: string) => `${PREFIX}room:${roomId}:commands`,
  snapshot: (roomId: string) => `${PREFIX}room:${roomId}:snapshot`,
  secrets: (roomId: string) => `${PREFIX}room:${roomId}:secrets`,
  lookup: (lookup: Exclude<RoomLookup, { by: 'id' }>) =>
    `${PREFIX}${lookup.by}:${lookup.by === 'joinCode' ? lookup.code : lookup.token}`,
};

/**
 * The compare-and-set at the heart of running several processes. It appends the entry only if the
 * room's stored version is the one before it and the command id was never applied; records the
 * command id and the snapshot in the same step; and announces the entry to every process. Redis
 * runs it atomically, so two processes can never both store version N.
 */
const APPEND = new LuaScript(`
local seen = redis.call('HGET', KEYS[3], ARGV[3])
if seen then return {'command', tonumber(seen)} end
local current = tonumber(redis.call('GET', KEYS[1]))
if current == nil then return redis.error_reply('ROOM_MISSING') end
if current + 1 ~= tonumber(ARGV[1]) then return {'version', current} end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('SET', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[3], ARGV[1])
if ARGV[4] ~= '' then redis.call('SET', KEYS[4], ARGV[4]) end
redis.call('PUBLISH', ARGV[5], ARGV[6])
return {'ok', tonumber(ARGV[1])}
`);

/** Stores a new room only if its id, tokens and join code are all free. */
const CREATE_ROOM = new LuaScript(`
for i = 1, 4 do
  if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1])
for i = 2, 4 do redis.call('SET', KEYS[i], ARGV[2]) end
redis.call('SET', KEYS[5], ARGV[3])
redis.call('SET', KEYS[6], '0')
return 1
`);

/**
 * The store for several processes: room records, the event log, snapshots and member secrets in
 * one Redis, as durable as Redis is configured to be (see the README: append-only file, fsync
 * always). Every error reaching Redis becomes {@link StoreUnavailable}, so callers can tell
 * "Redis is away" from a bug. Needs a single Redis primary (not Redis Cluster): creating a room
 * checks keys that live in different slots.
 */
export class RedisStore implements Store {
  readonly appendChecksCommandIds = true;
  private readonly redis: Redis;
  private readonly origin: string;

  /** `origin` names this process in the notices it publishes, so it can skip its own. */
  constructor(redis: Redis, origin: string) {
    this.redis = redis;
    this.origin = origin;
  }

  async createRoom(record: RoomRecord, state: RoomState): Promise<void> {
    const created = await this.call(() =>
      CREATE_ROOM.run(
        this.redis,
        [
          keys.record(record.id),
          keys.lookup({ by: 'participantToken', token: record.participantToken }),
          keys.lookup({ by: 'screenToken', token: record.screenToken }),
          keys.lookup({ by: 'joinCode', code: record.joinCode }),
          keys.snapshot(record.id),
          keys.version(record.id),
        ],
        [JSON.stringify(record), record.id, JSON.stringify({ version: 0, state })],
      ),
    );
    if (created !== 1) throw new Error('A room with that id, token or code exists.');
  }

  async findRoom(lookup: RoomLookup): Promise<RoomRecord | null> {
    return this.call(async () => {
      const roomId = lookup.by === 'id' ? lookup.id : await this.redis.get(keys.lookup(lookup));
      if (roomId === null) return null;
      const record = await this.redis.get(keys.record(roomId));
      return record === null ? null : (JSON.parse(record) as RoomRecord);
    });
  }

  async loadRoom(roomId: string): Promise<StoredRoom | null> {
    const snapshot = await this.call(() => this.redis.get(keys.snapshot(roomId)));
    if (snapshot === null) return null;
    const parsed = JSON.parse(snapshot) as StoredRoom['snapshot'];
    return { snapshot: parsed, entries: await this.entriesAfter(roomId, parsed.version) };
  }

  async entriesAfter(roomId: string, version: number): Promise<LogEntry[]> {
    const raw = await this.call(() => this.redis.lrange(keys.log(roomId), version, -1));
    return raw.map((entry) => JSON.parse(entry) as LogEntry);
  }

  async append(roomId: string, entry: LogEntry, snapshot?: { version: number; state: RoomState }): Promise<void> {
    const serialised = JSON.stringify(entry);
    const notice = `${roomId} ${this.origin} ${serialised}`;
    const [outcome, version] = (await this.call(() =>
      APPEND.run(
        this.redis,
        [keys.version(roomId), keys.log(roomId), keys.commands(roomId), keys.snapshot(roomId)],
        [entry.version, serialised, entry.command.id, snapshot ? JSON.stringify(snapshot) : '', APPLIED_CHANNEL, notice],
      ),
    )) as [string, number];
    if (outcome === 'version' || outcome === 'command') throw new AppendConflict(outcome, version);
  }

  async findCommand(roomId: string, commandId: string): Promise<number | null> {
    const version = await this.call(() => this.redis.hget(keys.commands(roomId), commandId));
    return version === null ? null : Number(version);
  }

  async addMemberSecret(roomId: string, secretHash: string, memberId: string): Promise<void> {
    await this.call(() => this.redis.hset(keys.secrets(roomId), secretHash, memberId));
  }

  async findMemberBySecret(roomId: string, secretHash: string): Promise<string | null> {
    return this.call(() => this.redis.hget(keys.secrets(roomId), secretHash));
  }

  /** The connection belongs to the process's Redis connections, which close it. */
  async close(): Promise<void> {}

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new StoreUnavailable(error);
    }
  }
}
