import { createRoomState, newId, type AnyCommand } from '@roundtable/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnections } from '../src/cluster/redis.ts';
import { RedisLimiter } from '../src/security/redisLimiter.ts';
import { RedisStore } from '../src/store/RedisStore.ts';
import { AppendConflict, StoreUnavailable, type LogEntry, type RoomRecord } from '../src/store/Store.ts';
import { redisTestsRun, TestRedis } from './support/redisServer.ts';

function record(): RoomRecord {
  return { id: newId(), joinCode: newId().slice(0, 6), participantToken: newId(), screenToken: newId(), facilitatorKeyHash: 'hash', createdAt: 1 };
}

function entry(version: number, id = newId()): LogEntry {
  const command = { id, type: 'room.setTitle', payload: { title: `Title ${version}` } } as AnyCommand;
  return { version, command, ctx: { actor: { role: 'facilitator', memberId: 'facilitator' }, now: version } };
}

describe.runIf(redisTestsRun())('the Redis store, shared by two processes', () => {
  let redis: TestRedis;
  const connections: RedisConnections[] = [];
  let first: RedisStore;
  let second: RedisStore;

  beforeAll(async () => {
    redis = await TestRedis.start();
    for (let i = 0; i < 2; i++) connections.push(await connectRedis(redis.url));
    first = new RedisStore(connections[0]!.commands, 'first');
    second = new RedisStore(connections[1]!.commands, 'second');
  });

  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await redis?.stop();
  });

  it('stores each version once: the second process to write version N is refused and told the stored version', async () => {
    const room = record();
    await first.createRoom(room, createRoomState(room.id, 'Shared', 1));
    await first.append(room.id, entry(1));
    const losing = entry(2);
    const winning = entry(2);
    await second.append(room.id, winning);
    const refusal = await first.append(room.id, losing).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppendConflict);
    expect(refusal).toMatchObject({ kind: 'version', version: 2 });
    expect((await first.entriesAfter(room.id, 0)).map((stored) => stored.command.id)).toEqual([expect.any(String), winning.command.id]);
    expect(await first.entriesAfter(room.id, 1)).toEqual([winning]);
  });

  it('applies a command id once across processes, and says at which version', async () => {
    const room = record();
    await first.createRoom(room, createRoomState(room.id, 'Shared', 1));
    const once = entry(1);
    await first.append(room.id, once);
    const again = await second.append(room.id, { ...once, version: 2 }).catch((error: unknown) => error);
    expect(again).toMatchObject({ kind: 'command', version: 1 });
    expect(await second.findCommand(room.id, once.command.id)).toBe(1);
    expect(await second.entriesAfter(room.id, 0)).toHaveLength(1);
  });

  it('loads a room from its newest snapshot and the entries after it', async () => {
    const room = record();
    const state = createRoomState(room.id, 'Shared', 1);
    await first.createRoom(room, state);
    await first.append(room.id, entry(1));
    await first.append(room.id, entry(2), { version: 2, state: { ...state, title: 'Snapshot at 2' } });
    await first.append(room.id, entry(3));
    const loaded = await second.loadRoom(room.id);
    expect(loaded?.snapshot).toEqual({ version: 2, state: { ...state, title: 'Snapshot at 2' } });
    expect(loaded?.entries.map((stored) => stored.version)).toEqual([3]);
  });

  it('finds a room by any of its links or its code, and refuses a second room with a taken code', async () => {
    const room = record();
    await first.createRoom(room, createRoomState(room.id, 'Shared', 1));
    for (const lookup of [
      { by: 'id', id: room.id },
      { by: 'participantToken', token: room.participantToken },
      { by: 'screenToken', token: room.screenToken },
      { by: 'joinCode', code: room.joinCode },
    ] as const) {
      expect(await second.findRoom(lookup)).toEqual(room);
    }
    const taken = { ...record(), joinCode: room.joinCode };
    await expect(second.createRoom(taken, createRoomState(taken.id, 'Other', 1))).rejects.toThrow('exists');
    expect(await second.findRoom({ by: 'id', id: taken.id })).toBeNull();
  });

  it('shares one allowance per address between processes', async () => {
    const limits = connections.map((connection) => new RedisLimiter(connection.commands, 'test', 3, 0.01));
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await limits[i % 2]!.take('203.0.113.7'));
    expect(answers).toEqual([true, true, true, false, false]);
    expect(await limits[1]!.peek('203.0.113.7')).toBe(false);
    expect(await limits[0]!.peek('203.0.113.8')).toBe(true);
  });

  it('says the store is unavailable, rather than failing in other ways, while Redis is down', async () => {
    const room = record();
    await first.createRoom(room, createRoomState(room.id, 'Shared', 1));
    await redis.kill();
    try {
      await expect(first.append(room.id, entry(1))).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(first.findRoom({ by: 'id', id: room.id })).rejects.toBeInstanceOf(StoreUnavailable);
    } finally {
      await redis.restart();
    }
    await expect.poll(() => first.findRoom({ by: 'id', id: room.id }).catch(() => null), { timeout: 5000 }).toEqual(room);
    await first.append(room.id, entry(1));
    expect(await second.entriesAfter(room.id, 0)).toHaveLength(1);
  });
});
