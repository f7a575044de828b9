import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { RoomState } from '@roundtable/shared';
import type { LogEntry, RoomLookup, RoomRecord, Store, StoredRoom } from './Store.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  participant_token TEXT NOT NULL UNIQUE,
  screen_token TEXT NOT NULL UNIQUE,
  facilitator_key_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS snapshots (
  room_id TEXT PRIMARY KEY REFERENCES rooms(id),
  version INTEGER NOT NULL,
  state TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS events (
  room_id TEXT NOT NULL REFERENCES rooms(id),
  version INTEGER NOT NULL,
  command_id TEXT NOT NULL,
  command TEXT NOT NULL,
  context TEXT NOT NULL,
  PRIMARY KEY (room_id, version)
) STRICT;
CREATE INDEX IF NOT EXISTS events_by_command ON events (room_id, command_id);
CREATE TABLE IF NOT EXISTS member_secrets (
  room_id TEXT NOT NULL REFERENCES rooms(id),
  secret_hash TEXT NOT NULL,
  member_id TEXT NOT NULL,
  PRIMARY KEY (room_id, secret_hash)
) STRICT;
`;

interface RoomRow {
  id: string;
  join_code: string;
  participant_token: string;
  screen_token: string;
  facilitator_key_hash: string;
  created_at: number;
}

const LOOKUP_COLUMN: Record<RoomLookup['by'], string> = {
  id: 'id',
  participantToken: 'participant_token',
  screenToken: 'screen_token',
  joinCode: 'join_code',
};

/**
 * The default store: one SQLite file through Node's built-in `node:sqlite`, so nothing native is
 * built. WAL mode with `synchronous = NORMAL`: a committed write is in the database file's log
 * before the call returns, so it survives the process being killed; only a power cut can lose
 * the last moments. Writes are synchronous calls, which keeps one room's writes in order.
 */
export class SqliteStore implements Store {
  readonly appendChecksCommandIds = false;
  private readonly db: DatabaseSync;
  private readonly statements: Record<string, StatementSync>;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    this.db.exec(SCHEMA);
    const prepare = (sql: string) => this.db.prepare(sql);
    this.statements = {
      insertRoom: prepare(
        'INSERT INTO rooms (id, join_code, participant_token, screen_token, facilitator_key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      saveSnapshot: prepare(
        'INSERT INTO snapshots (room_id, version, state) VALUES (?, ?, ?) ON CONFLICT (room_id) DO UPDATE SET version = excluded.version, state = excluded.state',
      ),
      loadSnapshot: prepare('SELECT version, state FROM snapshots WHERE room_id = ?'),
      loadEvents: prepare('SELECT version, command, context FROM events WHERE room_id = ? AND version > ? ORDER BY version'),
      insertEvent: prepare('INSERT INTO events (room_id, version, command_id, command, context) VALUES (?, ?, ?, ?, ?)'),
      findCommand: prepare('SELECT version FROM events WHERE room_id = ? AND command_id = ? LIMIT 1'),
      addSecret: prepare('INSERT OR REPLACE INTO member_secrets (room_id, secret_hash, member_id) VALUES (?, ?, ?)'),
      findSecret: prepare('SELECT member_id FROM member_secrets WHERE room_id = ? AND secret_hash = ?'),
      ...Object.fromEntries(
        Object.entries(LOOKUP_COLUMN).map(([by, column]) => [`findRoomBy:${by}`, prepare(`SELECT * FROM rooms WHERE ${column} = ?`)]),
      ),
    };
  }

  async createRoom(record: RoomRecord, state: RoomState): Promise<void> {
    this.transaction(() => {
      this.statements.insertRoom!.run(
        record.id,
        record.joinCode,
        record.participantToken,
        record.screenToken,
        record.facilitatorKeyHash,
        record.createdAt,
      );
      this.statements.saveSnapshot!.run(record.id, 0, JSON.stringify(state));
    });
  }

  async findRoom(lookup: RoomLookup): Promise<RoomRecord | null> {
    const value = lookup.by === 'id' ? lookup.id : lookup.by === 'joinCode' ? lookup.code : lookup.token;
    const row = this.statements[`findRoomBy:${lookup.by}`]!.get(value) as RoomRow | undefined;
    if (!row) return null;
    return {
      id: row.id,
      joinCode: row.join_code,
      participantToken: row.participant_token,
      screenToken: row.screen_token,
      facilitatorKeyHash: row.facilitator_key_hash,
      createdAt: row.created_at,
    };
  }

  async loadRoom(roomId: string): Promise<StoredRoom | null> {
    const snapshot = this.statements.loadSnapshot!.get(roomId) as { version: number; state: string } | undefined;
    if (!snapshot) return null;
    return {
      snapshot: { version: snapshot.version, state: JSON.parse(snapshot.state) as RoomState },
      entries: await this.entriesAfter(roomId, snapshot.version),
    };
  }

  async entriesAfter(roomId: string, version: number): Promise<LogEntry[]> {
    const rows = this.statements.loadEvents!.all(roomId, version) as { version: number; command: string; context: string }[];
    return rows.map((row) => ({
      version: row.version,
      command: JSON.parse(row.command) as LogEntry['command'],
      ctx: JSON.parse(row.context) as LogEntry['ctx'],
    }));
  }

  async append(roomId: string, entry: LogEntry, snapshot?: { version: number; state: RoomState }): Promise<void> {
    this.transaction(() => {
      this.statements.insertEvent!.run(roomId, entry.version, entry.command.id, JSON.stringify(entry.command), JSON.stringify(entry.ctx));
      if (snapshot) this.statements.saveSnapshot!.run(roomId, snapshot.version, JSON.stringify(snapshot.state));
    });
  }

  async findCommand(roomId: string, commandId: string): Promise<number | null> {
    const row = this.statements.findCommand!.get(roomId, commandId) as { version: number } | undefined;
    return row?.version ?? null;
  }

  async addMemberSecret(roomId: string, secretHash: string, memberId: string): Promise<void> {
    this.statements.addSecret!.run(roomId, secretHash, memberId);
  }

  async findMemberBySecret(roomId: string, secretHash: string): Promise<string | null> {
    const row = this.statements.findSecret!.get(roomId, secretHash) as { member_id: string } | undefined;
    return row?.member_id ?? null;
  }

  async close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
  }

  private transaction(work: () => void): void {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      work();
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
