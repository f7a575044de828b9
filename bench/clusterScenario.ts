// The fan-out over two processes: one room's phones split between two Roundtable processes that
// share the room through Redis, against the same room size on one process with SQLite. Changes go
// to one and then the other, as in the fan-out pair, so other work on the machine falls on both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestRedis, type AppendFsync } from '../server/test/support/redisServer.ts';
import { sleep } from './clock.ts';
import type { Flavour } from './messages.ts';
import type { PairPlan, Phase } from './plan.ts';
import { startChild, sampleProcess, type RunningChild } from './processes.ts';
import { createRoom, joinSide, measure, newSide, participantToken, sendAlternately, SERVER_SCRIPT, SETTLE_MS, type Side } from './scenario.ts';
import { itemText } from './plan.ts';
import { noise } from './report.ts';
import { round } from './stats.ts';
import { summarise, type ScenarioResult } from './summary.ts';
import type { WorkerPool } from './workerPool.ts';

/** The targets for a 200-phone room: what two processes may add to the last recipient's wait. */
export const OVERHEAD_TARGET_MS = { p50: 2, p99: 5 };

export interface ClusterResult {
  /** The same room size on one process (SQLite) and on two (Redis), measured side by side. */
  results: ScenarioResult[];
  /** Two processes' last-recipient figures minus one process's, ms. */
  overheadMs: { p50: number | null; p99: number | null };
  /** How the cluster room's phones were split between its two processes. */
  phonesPerProcess: [number, number];
  /** Redis's `appendfsync` during the run. */
  redisFsync: AppendFsync;
}

/**
 * Runs the comparison. The cluster's phones alternate between the two processes in pairs (so each
 * client worker holds phones on both), and so do its senders: about half of its changes are
 * stored by one process and reach the other's phones through Redis.
 */
export async function runCluster(plan: PairPlan, pool: WorkerPool, redisFsync: AppendFsync): Promise<ClusterResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
  const servers: RunningChild[] = [];
  let redis: TestRedis | null = null;
  try {
    redis = await TestRedis.start(redisFsync);
    const single = await startChild('one process', SERVER_SCRIPT, { DATA_DIR: dataDir });
    servers.push(single);
    const first = await startChild('process A', SERVER_SCRIPT, { REDIS_URL: redis.url });
    servers.push(first);
    const second = await startChild('process B', SERVER_SCRIPT, { REDIS_URL: redis.url });
    servers.push(second);
    const sides: Side[] = [
      newSide('roundtable', single, participantToken(await createRoom(single.url)), 0),
      newSide('cluster', first, participantToken(await createRoom(first.url)), plan.phones),
    ];
    const onSecond = (client: number): boolean => ((client - plan.phones) >> 1) % 2 === 1;
    await joinSide(pool, sides[0]!, plan.phones, plan.senders);
    await joinSide(pool, sides[1]!, plan.phones, plan.senders, (client) => (onSecond(client) ? second.url : first.url));
    for (const side of sides) {
      if (side.joined.length < 2) throw new Error(`Only ${side.joined.length} of ${plan.phones} phones got into ${label(side.flavour, plan.phones)}.`);
    }
    await sleep(SETTLE_MS);
    for (const side of sides) side.samples.settled = sampleProcess(side.server.pid);

    let textNumber = 0;
    const nextText = (): string => itemText(textNumber++);
    await sendAlternately(pool, sides, plan.warmup, plan.gapMs, nextText);
    const phases = await measure(pool, sides, () => sendAlternately(pool, sides, plan.changes, plan.gapMs, nextText));
    const results = sides.map((side, index) =>
      summarise({ plan, flavour: side.flavour, label: label(side.flavour, plan.phones), joins: side.joins, server: side.samples, phase: phases[index] as Phase }),
    );
    const [one, two] = results.map((result) => result.changes.lastRecipientMs);
    const difference = (key: 'p50' | 'p99') => (one?.[key] != null && two?.[key] != null ? round(two[key] - one[key], 2) : null);
    const joinedOnSecond = sides[1]!.joined.filter(onSecond).length;
    return {
      results,
      overheadMs: { p50: difference('p50'), p99: difference('p99') },
      phonesPerProcess: [sides[1]!.joined.length - joinedOnSecond, joinedOnSecond],
      redisFsync,
    };
  } finally {
    await pool.all(() => ({ op: 'disconnect' })).catch(() => undefined);
    for (const server of servers) await server.stop();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function label(flavour: Flavour, phones: number): string {
  return flavour === 'cluster' ? `Roundtable ${phones}, 2 processes + Redis` : `Roundtable ${phones}, 1 process`;
}

/** The two targets, as PASS or FAIL lines. */
export function clusterChecks(cluster: ClusterResult | null, phones: number): { target: string; figure: string; pass: boolean | null }[] {
  const figure = (value: number | null) => (value === null ? 'not measured' : `${value >= 0 ? '+' : ''}${value} ms`);
  const lines = (['p50', 'p99'] as const).map((key) => {
    const value = cluster?.overheadMs[key] ?? null;
    return {
      target: `${phones} phones over 2 processes: last-recipient ${key} at most ${OVERHEAD_TARGET_MS[key]} ms above 1 process`,
      figure: `${figure(value)}${noise(cluster?.results[1])}`,
      pass: value === null ? false : value <= OVERHEAD_TARGET_MS[key],
    };
  });
  for (const result of cluster?.results ?? []) {
    if (result.join.failed || result.changes.missingDeliveries || result.changes.refused) {
      lines.push({
        target: `${result.label}: every phone in, every change delivered`,
        figure: `${result.join.failed} failed joins, ${result.changes.refused} refused changes, ${result.changes.missingDeliveries} missing deliveries`,
        pass: false,
      });
    }
  }
  return lines;
}

/** The comparison as a table. */
export function renderCluster(cluster: ClusterResult): string {
  const rows = cluster.results.map((r) => [
    r.label,
    String(r.join.joined),
    String(r.changes.sent - r.changes.refused),
    String(r.changes.firstRecipientMs.p50 ?? '-'),
    String(r.changes.lastRecipientMs.p50 ?? '-'),
    String(r.changes.lastRecipientMs.p99 ?? '-'),
    String(r.changes.lastRecipientMs.max ?? '-'),
    String(r.changes.ackMs.p50 ?? '-'),
    String(r.changes.ackMs.p99 ?? '-'),
    String(r.changes.missingDeliveries),
  ]);
  const head = ['scenario', 'joined', 'changes', 'first p50', 'last p50', 'last p99', 'last max', 'ack p50', 'ack p99', 'missing'];
  const widths = head.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`;
  return [
    `\nOne room over two processes sharing it through Redis (appendfsync ${cluster.redisFsync}; phones split ${cluster.phonesPerProcess.join(' / ')}), against one process: send to arrival (ms)`,
    line(head),
    ...rows.map(line),
    `  added by the second process and Redis: last-recipient p50 ${cluster.overheadMs.p50 ?? '-'} ms, p99 ${cluster.overheadMs.p99 ?? '-'} ms`,
  ].join('\n');
}
