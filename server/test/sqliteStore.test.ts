import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyCommand,
  createRoomState,
  FACILITATOR_MEMBER_ID,
  type AnyCommand,
  type CommandContext,
  type RoomState,
} from '@roundtable/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../src/store/MemoryStore.ts';
import { SqliteStore } from '../src/store/SqliteStore.ts';
import type { LogEntry, RoomLookup, RoomRecord, Store } from '../src/store/Store.ts';

const CREATED_AT = Date.UTC(2026, 10, 22, 9, 0);
const FACILITATOR = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID } as const;

const tempDirs: string[] = [];
const openStores: Store[] = [];

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-store-'));
  tempDirs.push(dir);
  return join(dir, 'nested', 'roundtable.sqlite');
}

function track<S extends Store>(store: S): S {
  openStores.push(store);
  return store;
}

afterEach(async () => {
  for (const store of openStores.splice(0)) await store.close();
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A room record whose every lookup value is unique to `name`. */
function record(name: string): RoomRecord {
  return {
    id: `room-${name}-id`,
    joinCode: `C${name.toUpperCase()}`.padEnd(6, 'X').slice(0, 6),
    participantToken: `participant-${name}-token`,
    screenToken: `screen-${name}-token`,
    facilitatorKeyHash: 'a'.repeat(64),
    createdAt: CREATED_AT,
  };
}

/**
 * A real history of `count` car park additions, each with the state it leads to, so every stored
 * snapshot is the state a room would really have at that version.
 */
function history(roomId: string, count: number): { entries: LogEntry[]; states: RoomState[] } {
  const states = [createRoomState(roomId, 'Bus routes', CREATED_AT)];
  const entries: LogEntry[] = [];
  for (let version = 1; version <= count; version++) {
    const command: AnyCommand = { id: `${roomId}-command-${version}`, type: 'carPark.add', payload: { text: `Point ${version}`, anonymous: false } };
    const ctx: CommandContext = { actor: FACILITATOR, now: CREATED_AT + version * 1000 };
    const reduction = applyCommand(states[version - 1]!, command, ctx);
    if (!reduction.ok) throw new Error(reduction.message);
    states.push(reduction.state);
    entries.push({ version, command, ctx });
  }
  return { entries, states };
}

async function createWithHistory(store: Store, room: RoomRecord, count: number, snapshotAt: number[]) {
  const { entries, states } = history(room.id, count);
  await store.createRoom(room, states[0]!);
  for (const entry of entries) {
    const snapshot = snapshotAt.includes(entry.version) ? { version: entry.version, state: states[entry.version]! } : undefined;
    await store.append(room.id, entry, snapshot);
  }
  return { entries, states };
}

const stores: [string, () => Store][] = [
  ['SqliteStore', () => new SqliteStore(tempFile())],
  ['MemoryStore', () => new MemoryStore()],
];

describe.each(stores)('%s keeps the store contract', (_name, makeStore) => {
  const lookups: [RoomLookup['by'], (room: RoomRecord) => RoomLookup, RoomLookup][] = [
    ['id', (room) => ({ by: 'id', id: room.id }), { by: 'id', id: 'room-nobody-id' }],
    ['participantToken', (room) => ({ by: 'participantToken', token: room.participantToken }), { by: 'participantToken', token: 'nobody-token' }],
    ['screenToken', (room) => ({ by: 'screenToken', token: room.screenToken }), { by: 'screenToken', token: 'nobody-token' }],
    ['joinCode', (room) => ({ by: 'joinCode', code: room.joinCode }), { by: 'joinCode', code: 'ZZZZZZ' }],
  ];

  it.each(lookups)('finds a stored room by its %s, and nothing for an unknown one', async (_by, lookupOf, unknown) => {
    const store = track(makeStore());
    const room = record('one');
    const other = record('two');
    await store.createRoom(room, createRoomState(room.id, 'Bus routes', CREATED_AT));
    await store.createRoom(other, createRoomState(other.id, 'Library hours', CREATED_AT));
    expect(await store.findRoom(lookupOf(room))).toEqual(room);
    expect(await store.findRoom(lookupOf(other))).toEqual(other);
    expect(await store.findRoom(unknown)).toBeNull();
  });

  const clashes: [string, (taken: RoomRecord) => Partial<RoomRecord>][] = [
    ['join code', (taken) => ({ joinCode: taken.joinCode })],
    ['participant token', (taken) => ({ participantToken: taken.participantToken })],
    ['screen token', (taken) => ({ screenToken: taken.screenToken })],
    ['room id', (taken) => ({ id: taken.id })],
  ];

  it.each(clashes)('refuses a second room with the same %s and leaves the first untouched', async (_what, clash) => {
    const store = track(makeStore());
    const first = record('first');
    await store.createRoom(first, createRoomState(first.id, 'First', CREATED_AT));
    const second = { ...record('second'), ...clash(first) };
    await expect(store.createRoom(second, createRoomState(second.id, 'Second', CREATED_AT))).rejects.toThrow();

    expect(await store.findRoom({ by: 'id', id: first.id })).toEqual(first);
    expect((await store.loadRoom(first.id))?.snapshot.state.title).toBe('First');
    // Nothing of the refused room was kept under any of its other lookups.
    for (const lookup of [
      { by: 'participantToken', token: second.participantToken },
      { by: 'screenToken', token: second.screenToken },
      { by: 'joinCode', code: second.joinCode },
    ] as const) {
      const found = await store.findRoom(lookup);
      expect(found === null || found.id === first.id).toBe(true);
    }
  });

  it('loads a new room as its first snapshot at version 0 with no entries, and nothing for an unknown room', async () => {
    const store = track(makeStore());
    const room = record('new');
    const state = createRoomState(room.id, 'Bus routes', CREATED_AT);
    await store.createRoom(room, state);
    expect(await store.loadRoom(room.id)).toEqual({ snapshot: { version: 0, state }, entries: [] });
    expect(await store.loadRoom('room-nobody-id')).toBeNull();
  });

  const layouts: { case: string; count: number; snapshotAt: number[]; expectedSnapshot: number }[] = [
    { case: 'no snapshot since creation', count: 5, snapshotAt: [], expectedSnapshot: 0 },
    { case: 'a snapshot in the middle', count: 9, snapshotAt: [6], expectedSnapshot: 6 },
    { case: 'several snapshots', count: 12, snapshotAt: [3, 6, 9], expectedSnapshot: 9 },
    { case: 'a snapshot on the last entry', count: 7, snapshotAt: [4, 7], expectedSnapshot: 7 },
  ];

  it.each(layouts)('loads the newest snapshot and only the entries after it, in order ($case)', async ({ count, snapshotAt, expectedSnapshot }) => {
    const store = track(makeStore());
    const room = record('log');
    const { entries, states } = await createWithHistory(store, room, count, snapshotAt);
    const loaded = await store.loadRoom(room.id);
    expect(loaded?.snapshot).toEqual({ version: expectedSnapshot, state: states[expectedSnapshot] });
    expect(loaded?.entries).toEqual(entries.filter((entry) => entry.version > expectedSnapshot));
    expect(loaded?.entries.map((entry) => entry.version)).toEqual(
      Array.from({ length: count - expectedSnapshot }, (_, i) => expectedSnapshot + i + 1),
    );
    // Replaying what was loaded gives the room as it was after the last entry.
    let state = loaded!.snapshot.state;
    for (const entry of loaded!.entries) {
      const reduction = applyCommand(state, entry.command, entry.ctx);
      if (!reduction.ok) throw new Error(reduction.message);
      state = reduction.state;
    }
    expect(state).toEqual(states[count]);
  });

  it('keeps rooms apart: one room’s entries never appear in another', async () => {
    const store = track(makeStore());
    const one = record('one');
    const two = record('two');
    await createWithHistory(store, one, 4, [2]);
    await createWithHistory(store, two, 3, []);
    expect((await store.loadRoom(one.id))?.entries.map((entry) => entry.command.id)).toEqual([`${one.id}-command-3`, `${one.id}-command-4`]);
    expect((await store.loadRoom(two.id))?.entries.map((entry) => entry.command.id)).toEqual([
      `${two.id}-command-1`,
      `${two.id}-command-2`,
      `${two.id}-command-3`,
    ]);
  });

  it('finds the version of a logged command, also from before the newest snapshot, and only in its own room', async () => {
    const store = track(makeStore());
    const room = record('commands');
    const other = record('other');
    await createWithHistory(store, room, 8, [5]);
    await createWithHistory(store, other, 1, []);
    // A command from before the snapshot must still be found, or a phone resending it after a
    // restart would have it applied twice.
    expect(await store.findCommand(room.id, `${room.id}-command-2`)).toBe(2);
    expect(await store.findCommand(room.id, `${room.id}-command-5`)).toBe(5);
    expect(await store.findCommand(room.id, `${room.id}-command-8`)).toBe(8);
    expect(await store.findCommand(room.id, 'never-sent-command')).toBeNull();
    expect(await store.findCommand(other.id, `${room.id}-command-2`)).toBeNull();
  });

  it('refuses entries for a room that does not exist', async () => {
    const store = track(makeStore());
    const [entry] = history('room-nobody-id', 1).entries;
    await expect(store.append('room-nobody-id', entry!)).rejects.toThrow();
  });

  it('remembers which member a secret belongs to, per room', async () => {
    const store = track(makeStore());
    const room = record('secrets');
    const other = record('other');
    await store.createRoom(room, createRoomState(room.id, 'Bus routes', CREATED_AT));
    await store.createRoom(other, createRoomState(other.id, 'Library hours', CREATED_AT));
    const secrets: [hash: string, memberId: string][] = [
      ['b'.repeat(64), 'member-aisha'],
      ['c'.repeat(64), 'member-ben'],
    ];
    for (const [hash, memberId] of secrets) await store.addMemberSecret(room.id, hash, memberId);
    for (const [hash, memberId] of secrets) expect(await store.findMemberBySecret(room.id, hash)).toBe(memberId);
    expect(await store.findMemberBySecret(room.id, 'd'.repeat(64))).toBeNull();
    expect(await store.findMemberBySecret(other.id, 'b'.repeat(64))).toBeNull();
    expect(await store.findMemberBySecret('room-nobody-id', 'b'.repeat(64))).toBeNull();
  });

  it('hands out copies: changing what was stored or loaded does not change the store', async () => {
    const store = track(makeStore());
    const room = record('copies');
    const { states } = await createWithHistory(store, room, 2, [1]);
    const loaded = await store.loadRoom(room.id);
    loaded!.snapshot.state.title = 'Changed by the caller';
    loaded!.entries[0]!.ctx.now = 0;
    const found = await store.findRoom({ by: 'id', id: room.id });
    found!.joinCode = 'WRONG1';
    states[1]!.title = 'Changed after storing';

    const again = await store.loadRoom(room.id);
    expect(again?.snapshot.state.title).toBe('Bus routes');
    expect(again?.entries[0]?.ctx.now).toBe(CREATED_AT + 2000);
    expect(await store.findRoom({ by: 'id', id: room.id })).toEqual(room);
  });
});

describe('SqliteStore on disk', () => {
  it('keeps rooms, snapshots, entries and member secrets after closing and opening the file again', async () => {
    const file = tempFile();
    const room = record('durable');
    const first = new SqliteStore(file);
    const { entries, states } = await createWithHistory(first, room, 7, [5]);
    await first.addMemberSecret(room.id, 'e'.repeat(64), 'member-aisha');
    await first.close();

    const reopened = track(new SqliteStore(file));
    expect(await reopened.findRoom({ by: 'joinCode', code: room.joinCode })).toEqual(room);
    expect(await reopened.loadRoom(room.id)).toEqual({ snapshot: { version: 5, state: states[5] }, entries: entries.slice(5) });
    expect(await reopened.findCommand(room.id, `${room.id}-command-1`)).toBe(1);
    expect(await reopened.findMemberBySecret(room.id, 'e'.repeat(64))).toBe('member-aisha');
    // The reopened file takes new writes where the old one stopped.
    const [next] = history(room.id, 8).entries.slice(7);
    await reopened.append(room.id, next!);
    expect((await reopened.loadRoom(room.id))?.entries.map((entry) => entry.version)).toEqual([6, 7, 8]);
  });
});
