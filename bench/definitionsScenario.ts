// The definition cards: phones in one room each answer the whole starter deck at random moments
// over a window, with the facilitator watching the progress counts; then the facilitator reveals.
// Before the reveal a phone must receive nothing of anyone else's answers; at the end every
// phone's tallies must equal the server's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Credential } from '@roundtable/shared';
import { now, sleep } from './clock.ts';
import type { DefinitionsPlan } from './definitionsMessages.ts';
import { summariseDefinitions, type DefinitionsResult } from './definitionsSummary.ts';
import type { BenchOptions } from './options.ts';
import { machineBusyMs, sampleProcess, startChild, type RunningChild } from './processes.ts';
import { createRoom, participantToken, SERVER_SCRIPT, SETTLE_MS } from './scenario.ts';
import type { WorkerPool } from './workerPool.ts';

/** How long every device has to receive the reveal (and the last answers) before the bench moves on. */
const REVEAL_TIMEOUT_MS = 30_000;
/** After the last answer, for the facilitator's last progress counts to arrive before the reveal. */
const AFTER_ANSWERS_MS = 1_000;

export function definitionsPlan(options: BenchOptions): DefinitionsPlan {
  return { phones: options.definitionsPhones, windowMs: options.definitionsSeconds * 1000, seed: options.seed };
}

export async function runDefinitions(plan: DefinitionsPlan, pool: WorkerPool): Promise<DefinitionsResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
  let server: RunningChild | null = null;
  try {
    server = await startChild('server', SERVER_SCRIPT, { DATA_DIR: dataDir });
    const { url } = server;
    const room = await createRoom(url);
    const participant: Credential = { kind: 'participant', token: participantToken(room) };
    const facilitator: Credential = { kind: 'facilitator', roomId: room.roomId, key: room.facilitatorKey };

    const shares = pool.share(0, plan.phones);
    const joins = (await pool.all((index) => ({ op: 'definitionsConnect', url, credential: participant, clients: shares[index] ?? [] }))).flat();
    // The facilitator takes the index after the last phone, so it lives in that index's worker.
    const facilitatorWorker = pool.workerOf(plan.phones);
    const [facilitatorJoin] = await facilitatorWorker.call({ op: 'definitionsConnect', url, credential: facilitator, clients: [plan.phones] });
    if (!facilitatorJoin?.syncedAt) throw new Error(`The facilitator could not get in: ${facilitatorJoin?.error}`);
    const joined = joins.filter((record) => record.syncedAt !== null).length;
    if (joined < 2) throw new Error(`Only ${joined} of ${plan.phones} phones got in (${[...new Set(joins.map((record) => record.error))].join('; ')}).`);
    await sleep(SETTLE_MS);
    await pool.all(() => ({ op: 'reset' }));

    const serverBefore = sampleProcess(server.pid);
    const clientsBefore = pool.pids.map((pid) => sampleProcess(pid).cpuMs);
    const machineBefore = machineBusyMs();
    const startedAt = now();
    const answers = (await pool.all(() => ({ op: 'definitionsAnswer', plan }))).flat();
    const answeringMs = now() - startedAt;
    const serverAfter = sampleProcess(server.pid);
    const serverCpuMs = serverAfter.cpuMs - serverBefore.cpuMs;
    const clientsCpuMs = pool.pids.reduce((total, pid, index) => total + sampleProcess(pid).cpuMs - (clientsBefore[index] ?? 0), 0);
    // What else ran on the machine meanwhile (the coordinator only waits), in percent of one core.
    const otherCpuPercent = (Math.max(0, machineBusyMs() - machineBefore - serverCpuMs - clientsCpuMs) * 100) / answeringMs;
    await sleep(AFTER_ANSWERS_MS);

    const reveal = await facilitatorWorker.call({ op: 'definitionsReveal' });
    if (!reveal.ok || reveal.version === null) throw new Error(`The reveal was refused: ${reveal.code}`);
    const receipts = (await pool.all(() => ({ op: 'definitionsCollect', version: reveal.version ?? 0, timeoutMs: REVEAL_TIMEOUT_MS }))).flat();
    const truth = await pool.workerOf(0).call({ op: 'definitionsTruth', url, credential: facilitator });
    return summariseDefinitions({ plan, joins, answers, answeringMs, reveal, receipts, truth, serverCpuMs, clientsCpuMs, otherCpuPercent });
  } finally {
    await pool.all(() => ({ op: 'disconnect' })).catch(() => undefined);
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
