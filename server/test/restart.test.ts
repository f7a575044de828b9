import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ErrorCode,
  FACILITATOR_MEMBER_ID,
  newId,
  type CommandAck,
  type CreateRoomResponse,
  type Outcome,
  type RoomView,
} from '@roundtable/shared';
import { afterEach, expect, it } from 'vitest';
import { SNAPSHOT_EVERY } from '../src/rooms/Room.ts';
import { credentials, TestClient } from './support/harness.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** How long a freshly spawned server may take to answer its health check. */
const START_TIMEOUT_MS = 15_000;
/**
 * The whole crash test: two server starts and about 130 changes. The server lets one connection
 * send 10 changes a second after a burst of 20, so this takes about 7 s on its own.
 */
const TEST_TIMEOUT_MS = 30_000;
/** How long to wait before resending a change the server refused as too quick. */
const RATE_LIMIT_BACKOFF_MS = 120;

interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: string[];
}

const children: ChildProcess[] = [];
const clients: TestClient[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  await Promise.all(children.splice(0).map(kill));
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A port nobody is listening on right now, so the child can be told where to listen. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port was given.');
  return address.port;
}

/** Starts `node server/src/main.ts` as a real separate process and waits for its health check. */
async function startServerProcess(dataDir: string, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server stopped while starting (${child.exitCode ?? child.signalCode}):\n${output.join('')}`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) return { child, url, output };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`The server did not answer /healthz within ${START_TIMEOUT_MS} ms:\n${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ends a child with SIGKILL, as a power cut or the OOM killer would: no shutdown code runs. */
function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function device(url: string, room: CreateRoomResponse, kind: 'facilitator' | 'participant', memberSecret?: string): Promise<TestClient> {
  const client = new TestClient(url, credentials(room)[kind], memberSecret ? { memberSecret } : {});
  clients.push(client);
  await client.connect();
  return client;
}

/** One change as it was sent, so it can be sent again word for word after the restart. */
interface Sent {
  by: TestClient;
  id: string;
  type: string;
  payload: unknown;
  version: number;
}

it(
  'keeps every acknowledged change, and each participant, through a kill -9 and a restart',
  async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-restart-'));
    dataDirs.push(dataDir);
    const port = await freePort();
    const first = await startServerProcess(dataDir, port);

    const created = await fetch(`${first.url}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Planning the bus routes' }),
    });
    expect(created.status).toBe(201);
    const room = (await created.json()) as CreateRoomResponse;

    const facilitator = await device(first.url, room, 'facilitator');
    const aisha = await device(first.url, room, 'participant');
    const ben = await device(first.url, room, 'participant');
    expect(aisha.me?.memberSecret).toEqual(expect.any(String));
    expect(ben.me?.memberSecret).toEqual(expect.any(String));

    const sent: Sent[] = [];
    let lastVersion = facilitator.version;
    /** Sends one change and waits for it to be stored; a refusal for speed is retried with the same id. */
    const change = async (by: TestClient, type: string, payload: unknown, id = newId()): Promise<Sent> => {
      for (;;) {
        const ack: CommandAck = await by.send(type, payload, id);
        if (!ack.ok && ack.code === ErrorCode.RATE_LIMITED) {
          await new Promise((resolve) => setTimeout(resolve, RATE_LIMIT_BACKOFF_MS));
          continue;
        }
        expect(ack, `${type} ${JSON.stringify(payload)}`).toEqual({ ok: true, version: lastVersion + 1 });
        lastVersion += 1;
        const record = { by, id, type, payload, version: lastVersion };
        sent.push(record);
        return record;
      }
    };
    const add = async (by: TestClient, text: string, anonymous: boolean) => (await change(by, 'carPark.add', { text, anonymous })).id;

    // Before the snapshot: names, items (some anonymous), edits, outcomes, removals and a new title.
    await change(aisha, 'member.setName', { name: 'Aisha' });
    const authors = [facilitator, aisha, ben];
    const items: { id: string; author: TestClient; anonymous: boolean }[] = [];
    for (let i = 0; i < 45; i++) {
      const author = authors[i % authors.length]!;
      const anonymous = author !== facilitator && i % 4 === 1;
      items.push({ id: await add(author, `Point ${i}: ${anonymous ? 'said quietly' : 'said aloud'}`, anonymous), author, anonymous });
    }
    for (const [i, item] of items.entries()) {
      if (i % 2 === 0) await change(item.author, 'carPark.edit', { itemId: item.id, text: `Point ${i}, put better` });
    }
    const outcomes: (Outcome | null)[] = [
      { kind: 'today' },
      { kind: 'nextMeeting' },
      { kind: 'action', owner: 'Sam from the council', due: '2026-12-31' },
      { kind: 'outOfScope', reason: 'The bus company decides this' },
    ];
    for (let i = 0; i < 20; i++) await change(facilitator, 'carPark.setOutcome', { itemId: items[i]!.id, outcome: outcomes[i % outcomes.length] });
    await change(facilitator, 'carPark.setOutcome', { itemId: items[0]!.id, outcome: null });
    await change(facilitator, 'room.setTitle', { title: 'Bus routes: the second look' });
    const removed = items.filter((item, i) => i >= 30 && i < 40);
    for (const item of removed) await change(facilitator, 'carPark.remove', { itemId: item.id });
    const removedAnonymous = sent.find((entry) => entry.type === 'carPark.add' && entry.id === removed.find((item) => item.anonymous)?.id);
    expect(removedAnonymous, 'one of the removed items was added anonymously').toBeDefined();
    // Its id is older than the snapshot, so after a restart only the stored log knows it was applied.
    expect(removedAnonymous!.version).toBeLessThan(SNAPSHOT_EVERY);

    // Across the snapshot and after it: the same kinds of change, so the log after it is replayed.
    await change(facilitator, 'room.setFocus', { tool: 'carPark' });
    await change(ben, 'member.setName', { name: 'Ben' });
    for (let i = 0; lastVersion < SNAPSHOT_EVERY + 25; i++) {
      const author = authors[i % authors.length]!;
      const itemId = await add(author, `Later point ${i}`, author === aisha);
      if (i % 2 === 0) await change(author, 'carPark.edit', { itemId, text: `Later point ${i}, put better` });
      if (i % 3 === 0) await change(facilitator, 'carPark.setOutcome', { itemId, outcome: outcomes[i % outcomes.length] });
      if (i % 5 === 4) await change(facilitator, 'carPark.remove', { itemId });
    }
    const editAfterSnapshot = sent.find((entry) => entry.type === 'carPark.edit' && entry.version > SNAPSHOT_EVERY && entry.by === aisha);
    expect(editAfterSnapshot).toBeDefined();
    await change(facilitator, 'room.setFocus', { tool: 'welcome' });
    await change(facilitator, 'room.setTitle', { title: 'Bus routes: what we agreed' });

    // Every device is brought fully up to date before the last change, which is then lost to them all.
    for (const client of [facilitator, aisha, ben]) {
      await client.sync();
      expect(client.version).toBe(lastVersion);
    }
    const before = { facilitator: facilitator.view!, aisha: aisha.view!, ben: ben.view! };
    const aishaId = aisha.me!.memberId!;
    const benId = ben.me!.memberId!;
    expect(before.facilitator.members[aishaId]?.name).toBe('Aisha');
    expect(before.facilitator.focus).toBe('welcome');
    expect(before.facilitator.carPark.items[removedAnonymous!.id]).toBeUndefined();

    const last = await change(facilitator, 'room.setFocus', { tool: 'carPark' });
    await kill(first.child);

    expect(sent.length).toBeGreaterThan(100);
    expect(sent.some((entry) => entry.version === SNAPSHOT_EVERY)).toBe(true);
    expect(last.version).toBeGreaterThan(SNAPSHOT_EVERY + 20);
    expect(sent.map((entry) => entry.version)).toEqual(sent.map((_, i) => sent[0]!.version + i));

    // The last change, acknowledged just before the kill, is the only difference from what every device had.
    const expected = (view: RoomView): RoomView => ({ ...view, focus: 'carPark' });

    const second = await startServerProcess(dataDir, port);
    const facilitatorAgain = await device(second.url, room, 'facilitator');
    expect(facilitatorAgain.version).toBe(last.version);
    expect(facilitatorAgain.view).toEqual(expected(before.facilitator));

    const aishaAgain = await device(second.url, room, 'participant', aisha.memberSecret);
    expect(aishaAgain.me).toEqual({ role: 'participant', memberId: aishaId });
    expect(aishaAgain.view).toEqual(expected(before.aisha));
    const aishasAnonymous = sent
      .filter((entry) => entry.by === aisha && entry.type === 'carPark.add' && (entry.payload as { anonymous: boolean }).anonymous)
      .map((entry) => entry.id)
      .filter((itemId) => itemId in aishaAgain.view!.carPark.items);
    expect(aishasAnonymous.length).toBeGreaterThan(0);
    // Her own anonymous items are still hers to edit; to the facilitator they stay anonymous.
    for (const itemId of aishasAnonymous) {
      expect(aishaAgain.view!.carPark.items[itemId]).toMatchObject({ anonymous: true, authorId: aishaId });
      expect(facilitatorAgain.view!.carPark.items[itemId]).toMatchObject({ anonymous: true, authorId: null, authorName: null });
    }
    const benAgain = await device(second.url, room, 'participant', ben.memberSecret);
    expect(benAgain.me).toEqual({ role: 'participant', memberId: benId });
    expect(benAgain.view).toEqual(expected(before.ben));

    // Devices that never heard back resend, each from its new connection: a change from before the
    // snapshot, one from the log after it, and the last one.
    const again = new Map([
      [facilitator, facilitatorAgain],
      [aisha, aishaAgain],
      [ben, benAgain],
    ]);
    for (const original of [removedAnonymous!, editAfterSnapshot!, last]) {
      const ack = await again.get(original.by)!.send(original.type, original.payload, original.id);
      expect(ack, `resending ${original.type} of version ${original.version}`).toEqual({ ok: true, version: original.version });
    }
    // Nothing was applied again: no new version, the removed item did not come back, nothing was edited anew.
    const check = await device(second.url, room, 'facilitator');
    expect(check.version).toBe(last.version);
    expect(check.view).toEqual(expected(before.facilitator));
    expect(Object.keys(check.view!.members).sort()).toEqual([FACILITATOR_MEMBER_ID, aishaId, benId].sort());

    // And the restarted server takes new changes where the old one stopped.
    expect(await aishaAgain.send('carPark.add', { text: 'After the restart', anonymous: false })).toEqual({ ok: true, version: last.version + 1 });
  },
  TEST_TIMEOUT_MS,
);
