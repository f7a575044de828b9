// One room size: Roundtable and the bare baseline each in a fresh process, N phones joining each
// at once, then changes sent alternately to one and the other, each timed at every phone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId, type CreateRoomResponse } from '@roundtable/shared';
import { now, sleep } from './clock.ts';
import type { Flavour, JoinRecord, Send, SendRecord } from './messages.ts';
import { itemText, scenarioLabel, type PairPlan, type Phase } from './plan.ts';
import { machineBusyMs, sampleProcess, startChild, type ProcessSample, type RunningChild } from './processes.ts';
import { summarise, type ScenarioResult } from './summary.ts';
import type { WorkerPool } from './workerPool.ts';

export const SERVER_SCRIPT = fileURLToPath(new URL('../server/src/main.ts', import.meta.url));
const BARE_SCRIPT = fileURLToPath(new URL('./bareServer.ts', import.meta.url));

/** Presence counts go out a second after the last join (the server's PRESENCE_THROTTLE_MS); wait past it. */
export const SETTLE_MS = 1_500;
/** How long every phone has to receive one change before the bench counts it missing and moves on. */
const CHANGE_TIMEOUT_MS = 5_000;
/** Pre-fill commands each phone sends per round: half the server's burst of 20 per connection. */
const PREFILL_PER_PHONE_PER_ROUND = 10;

/** One server of the pair and its phones. */
export interface Side {
  flavour: Flavour;
  server: RunningChild;
  token: string;
  /** Global phone indices: Roundtable's phones come first, the baseline's after them. */
  firstClient: number;
  joins: JoinRecord[];
  joined: number[];
  senders: number[];
  samples: { beforeJoin: ProcessSample; afterJoin: ProcessSample; settled: ProcessSample };
}

export async function createRoom(url: string): Promise<CreateRoomResponse> {
  const response = await fetch(`${url}/api/rooms`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Benchmark workshop' }),
  });
  if (response.status !== 201) throw new Error(`Could not create a room: HTTP ${response.status}`);
  return (await response.json()) as CreateRoomResponse;
}

/** The token in the room's join link, which every phone presents. */
export function participantToken(room: CreateRoomResponse): string {
  return new URL(room.links.join).pathname.split('/').pop() ?? '';
}

function profileArgs(plan: PairPlan, flavour: Flavour): string[] {
  if (!plan.profileDir) return [];
  const name = `${scenarioLabel(flavour, plan).replace(/\W+/g, '-')}.cpuprofile`;
  return ['--cpu-prof', `--cpu-prof-dir=${plan.profileDir}`, `--cpu-prof-name=${name}`];
}

export function newSide(flavour: Flavour, server: RunningChild, token: string, firstClient: number): Side {
  const sample = sampleProcess(server.pid);
  return { flavour, server, token, firstClient, joins: [], joined: [], senders: [], samples: { beforeJoin: sample, afterJoin: sample, settled: sample } };
}

/**
 * Connects every phone of one side at once and records how each got in. `urlOf` spreads the
 * phones over several processes (the cluster scenario); by default they all go to the side's server.
 */
export async function joinSide(pool: WorkerPool, side: Side, phones: number, senders: number, urlOf: (client: number) => string = () => side.server.url): Promise<void> {
  const shares = pool.share(side.firstClient, phones);
  const urls = [...new Set(shares.flat().map(urlOf))];
  const beforeJoin = sampleProcess(side.server.pid);
  const request = (url: string) => (index: number) =>
    ({ op: 'connect' as const, url, flavour: side.flavour, token: side.token, clients: (shares[index] ?? []).filter((client) => urlOf(client) === url) });
  side.joins = (await Promise.all(urls.map((url) => pool.all(request(url))))).flat(2);
  const afterJoin = sampleProcess(side.server.pid);
  side.samples = { beforeJoin, afterJoin, settled: afterJoin };
  side.joined = side.joins.filter((record) => record.syncedAt !== null).map((record) => record.client).sort((a, b) => a - b);
  side.senders = side.joined.slice(0, Math.min(senders, Math.max(1, side.joined.length - 1)));
}

export async function runPair(plan: PairPlan, pool: WorkerPool): Promise<ScenarioResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
  const servers: RunningChild[] = [];
  try {
    const ours = await startChild('server', SERVER_SCRIPT, { DATA_DIR: dataDir }, profileArgs(plan, 'roundtable'));
    servers.push(ours);
    const bare = await startChild('bare', BARE_SCRIPT, {}, profileArgs(plan, 'bare'));
    servers.push(bare);
    const sides = [newSide('roundtable', ours, participantToken(await createRoom(ours.url)), 0), newSide('bare', bare, 'bare-baseline-token', plan.phones)];
    for (const side of sides) await joinSide(pool, side, plan.phones, plan.senders);
    for (const side of sides) {
      if (side.joined.length < 2) {
        const errors = [...new Set(side.joins.map((record) => record.error))].join('; ');
        throw new Error(`Only ${side.joined.length} of ${plan.phones} phones got into ${scenarioLabel(side.flavour, plan)} (${errors}).`);
      }
    }
    await sleep(SETTLE_MS);
    for (const side of sides) side.samples.settled = sampleProcess(side.server.pid);

    let textNumber = 0;
    const nextText = (): string => itemText(textNumber++);
    if (plan.prefill > 0 && sides[0]) await prefill(pool, sides[0], plan.prefill, nextText);
    await sendAlternately(pool, sides, plan.warmup, plan.gapMs, nextText);
    const phases = await measure(pool, sides, () => sendAlternately(pool, sides, plan.changes, plan.gapMs, nextText));
    return sides.map((side, index) =>
      summarise({ plan, flavour: side.flavour, label: scenarioLabel(side.flavour, plan), joins: side.joins, server: side.samples, phase: phases[index] as Phase }),
    );
  } finally {
    await pool.all(() => ({ op: 'disconnect' })).catch(() => undefined);
    for (const server of servers) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export type Sent = { id: string; client: number; record: SendRecord }[];

/**
 * Sends `count` changes to each server, alternating between them, each round-robin over that
 * server's senders. Before the next send, every phone must have the change (or it counts as
 * missing after CHANGE_TIMEOUT_MS), then the bench waits `gapMs`: each change is timed alone.
 */
export async function sendAlternately(pool: WorkerPool, sides: Side[], count: number, gapMs: number, nextText: () => string): Promise<Sent[]> {
  const sent: Sent[] = sides.map(() => []);
  for (let n = 0; n < count; n++) {
    for (const [index, side] of sides.entries()) {
      const client = side.senders[n % side.senders.length] ?? side.firstClient;
      const id = newId();
      const record = await pool.workerOf(client).call({ op: 'send', client, id, text: nextText() });
      sent[index]?.push({ id, client, record });
      if (record.ok) await pool.all(() => ({ op: 'await', flavour: side.flavour, ids: [id], timeoutMs: CHANGE_TIMEOUT_MS }));
      await sleep(gapMs);
    }
  }
  return sent;
}

/** Fills Roundtable's room with items from every phone in turn, within each phone's command allowance. */
async function prefill(pool: WorkerPool, side: Side, count: number, nextText: () => string): Promise<void> {
  const perRound = Math.max(1, side.joined.length * PREFILL_PER_PHONE_PER_ROUND);
  for (let start = 0; start < count; start += perRound) {
    const sends: Send[] = [];
    for (let n = start; n < Math.min(count, start + perRound); n++) {
      sends.push({ client: side.joined[n % side.joined.length] ?? 0, id: newId(), text: nextText() });
    }
    const groups = pool.byWorker(sends);
    const records = (await pool.all((index) => ({ op: 'sendMany', sends: groups[index] ?? [] }))).flat();
    const refused = records.filter((record) => !record.ok);
    if (refused.length) throw new Error(`${refused.length} pre-fill items were refused: ${refused[0]?.error}`);
    await pool.all(() => ({ op: 'await', flavour: side.flavour, ids: sends.map((send) => send.id), timeoutMs: CHANGE_TIMEOUT_MS * 4 }));
    if (start + perRound < count) await sleep(1_000);
  }
}

/** Runs `work` between fresh counters and two samples of every process, and gathers what every phone saw. */
export async function measure(pool: WorkerPool, sides: Side[], work: () => Promise<Sent[]>): Promise<Phase[]> {
  await pool.all(() => ({ op: 'reset' }));
  const serversBefore = sides.map((side) => sampleProcess(side.server.pid));
  const clientsBefore = pool.pids.map(sampleProcess);
  const machineBefore = machineBusyMs();
  const coordinatorBefore = process.cpuUsage();
  const startedAt = now();
  const sent = await work();
  const collected = await Promise.all(
    sides.map((side, index) => pool.all(() => ({ op: 'collect', flavour: side.flavour, ids: (sent[index] ?? []).map((s) => s.id), timeoutMs: CHANGE_TIMEOUT_MS }))),
  );
  const wallMs = now() - startedAt;
  const serversAfter = sides.map((side) => sampleProcess(side.server.pid));
  const clientsCpu = pool.pids.map(sampleProcess).reduce((sum, after, index) => sum + after.cpuMs - (clientsBefore[index]?.cpuMs ?? after.cpuMs), 0);
  const coordinator = process.cpuUsage(coordinatorBefore);
  const serversCpu = serversAfter.reduce((sum, after, index) => sum + after.cpuMs - (serversBefore[index]?.cpuMs ?? after.cpuMs), 0);
  const otherCpu = Math.max(0, machineBusyMs() - machineBefore - serversCpu - clientsCpu - (coordinator.user + coordinator.system) / 1000);
  const changes = sent.reduce((sum, list) => sum + list.length, 0);
  return sides.map((_side, index) => ({
    sends: sent[index] ?? [],
    collected: collected[index] ?? [],
    server: { before: serversBefore[index] as ProcessSample, after: serversAfter[index] as ProcessSample },
    clientCpuMsPerChange: changes ? clientsCpu / changes : null,
    otherCpuPercent: wallMs > 0 ? (otherCpu * 100) / wallMs : null,
  }));
}
