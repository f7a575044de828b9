// The turn-taking queue: phones raise and lower hands at random for a minute while a facilitator
// calls the next speaker, each phone keeping its own view of the room from the changes it
// receives. At the end, every phone's queue must equal the server's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Credential } from '@roundtable/shared';
import { now, sleep } from './clock.ts';
import type { BenchOptions } from './options.ts';
import type { QueuePlan } from './plan.ts';
import { machineBusyMs, sampleProcess, startChild, type RunningChild } from './processes.ts';
import { summariseQueue, type CpuSecond, type QueueResult } from './queueSummary.ts';
import { createRoom, participantToken, SERVER_SCRIPT, SETTLE_MS } from './scenario.ts';
import type { WorkerPool } from './workerPool.ts';

/** Each phone's wait between one answer and its next raise or lower, ms. */
const ACT_EVERY_MS = { min: 1_000, max: 4_000 };
/** The facilitator's wait between calls of the next speaker, ms. */
const NEXT_EVERY_MS = { min: 2_500, max: 3_500 };
/** The room is quiet once no device has received a change for this long. */
const QUIET_FOR_MS = 1_000;
const QUIET_POLL_MS = 100;
/** If changes are still arriving this long after the last command, compare anyway (and it will show). */
const QUIET_TIMEOUT_MS = 30_000;

export function queuePlan(options: BenchOptions): QueuePlan {
  const durationMs = options.queueSeconds * 1000;
  return { phones: options.queuePhones, durationMs, seed: options.seed, actEveryMs: ACT_EVERY_MS, nextEveryMs: NEXT_EVERY_MS, progressiveAtMs: durationMs / 2 };
}

/** Samples every process each second, so a slow second can be put down to the server, the phones or other work. */
function sampleEverySecond(serverPid: number, clientPids: number[]): { stop: () => CpuSecond[] } {
  const seconds: CpuSecond[] = [];
  const read = () => ({ server: sampleProcess(serverPid).cpuMs, clients: clientPids.reduce((sum, pid) => sum + sampleProcess(pid).cpuMs, 0), machine: machineBusyMs() });
  let last = read();
  const timer = setInterval(() => {
    const next = read();
    const serverMs = next.server - last.server;
    const clientsMs = next.clients - last.clients;
    seconds.push({ serverMs, clientsMs, otherMs: Math.max(0, next.machine - last.machine - serverMs - clientsMs) });
    last = next;
  }, 1000);
  return { stop: () => (clearInterval(timer), seconds) };
}

/** Waits until no device anywhere has received a change for QUIET_FOR_MS. */
async function waitForNoChanges(pool: WorkerPool): Promise<{ reached: boolean; waitedMs: number }> {
  const startedAt = now();
  for (;;) {
    const last = Math.max(...(await pool.all(() => ({ op: 'queueLastChange' }))).map((at) => at ?? -Infinity));
    const waitedMs = Math.round(now() - startedAt);
    if (now() - last >= QUIET_FOR_MS) return { reached: true, waitedMs };
    if (waitedMs >= QUIET_TIMEOUT_MS) return { reached: false, waitedMs };
    await sleep(QUIET_POLL_MS);
  }
}

export async function runQueue(plan: QueuePlan, pool: WorkerPool): Promise<QueueResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
  let server: RunningChild | null = null;
  try {
    server = await startChild('server', SERVER_SCRIPT, { DATA_DIR: dataDir });
    const { url } = server;
    const room = await createRoom(url);
    const participant: Credential = { kind: 'participant', token: participantToken(room) };
    const facilitator: Credential = { kind: 'facilitator', roomId: room.roomId, key: room.facilitatorKey };

    const shares = pool.share(0, plan.phones);
    const beforeJoin = sampleProcess(server.pid);
    const joins = (await pool.all((index) => ({ op: 'queueConnect', url, credential: participant, clients: shares[index] ?? [] }))).flat();
    // The facilitator takes the index after the last phone, so it lives in that index's worker.
    const [facilitatorJoin] = await pool.workerOf(plan.phones).call({ op: 'queueConnect', url, credential: facilitator, clients: [plan.phones] });
    const afterJoin = sampleProcess(server.pid);
    if (!facilitatorJoin?.syncedAt) throw new Error(`The facilitator could not get in: ${facilitatorJoin?.error}`);
    const joined = joins.filter((record) => record.syncedAt !== null).length;
    if (joined < 2) throw new Error(`Only ${joined} of ${plan.phones} phones got in (${[...new Set(joins.map((record) => record.error))].join('; ')}).`);
    await sleep(SETTLE_MS);
    await pool.all(() => ({ op: 'reset' }));

    const serverBefore = sampleProcess(server.pid);
    const clientsBefore = pool.pids.map(sampleProcess);
    const machineBefore = machineBusyMs();
    const coordinatorBefore = process.cpuUsage();
    const startedAt = now();
    const sampler = sampleEverySecond(server.pid, pool.pids);
    const sends = (await pool.all(() => ({ op: 'queueRun', plan }))).flat();
    const cpuBySecond = sampler.stop();
    const activeMs = now() - startedAt;
    const quiet = await waitForNoChanges(pool);
    const wallMs = now() - startedAt;
    const serverAfter = sampleProcess(server.pid);
    const clientsCpuMs = pool.pids.map(sampleProcess).reduce((sum, after, index) => sum + after.cpuMs - (clientsBefore[index]?.cpuMs ?? after.cpuMs), 0);
    const coordinator = process.cpuUsage(coordinatorBefore);
    const serverCpuMs = serverAfter.cpuMs - serverBefore.cpuMs;
    const otherCpuMs = Math.max(0, machineBusyMs() - machineBefore - serverCpuMs - clientsCpuMs - (coordinator.user + coordinator.system) / 1000);

    const truth = await pool.workerOf(0).call({ op: 'queueTruth', url, credential: facilitator });
    const comparisons = await pool.all(() => ({ op: 'queueCompare', truth: truth.queue }));
    const sentAt: Record<number, number> = {};
    for (const send of sends) if (send.ok && send.version !== null) sentAt[send.version] = send.sentAt;
    const collected = await pool.all(() => ({ op: 'queueCollect', sentAt }));
    return summariseQueue({
      plan,
      joins,
      sends,
      truth,
      comparisons,
      collected,
      startedAt,
      activeMs,
      quiet,
      server: { beforeJoin, afterJoin, before: serverBefore, after: serverAfter },
      clientsCpuMs,
      cpuBySecond,
      otherCpuPercent: wallMs > 0 ? (otherCpuMs * 100) / wallMs : null,
    });
  } finally {
    await pool.all(() => ({ op: 'disconnect' })).catch(() => undefined);
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
