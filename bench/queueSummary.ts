// Turns the queue run's raw records into the figures the report shows.
import type { JoinRecord, QueueCollected, QueueComparison, QueueDifference, QueueSendRecord, QueueTruth } from './messages.ts';
import type { QueuePlan } from './plan.ts';
import type { ProcessSample } from './processes.ts';
import { round, roundSpread, spread, type Spread } from './stats.ts';
import { summariseJoins, type ScenarioResult } from './summary.ts';

/** CPU time of the server, the client workers and everything else in one second of the run, ms. */
export interface CpuSecond {
  serverMs: number;
  clientsMs: number;
  otherMs: number;
}

export interface QueueResult {
  label: string;
  plan: QueuePlan;
  join: ScenarioResult['join'];
  commands: {
    /** Every command sent, the facilitator's included. */
    sent: number;
    byType: Record<string, number>;
    accepted: number;
    /** Refusals by code: NOT_FOUND (lowering a hand that is not up) is the usual one. */
    refused: Record<string, number>;
    /** Commands with no answer within the wait: there should be none. */
    unanswered: number;
    /** The facilitator's share of the above. */
    facilitator: { sent: number; accepted: number; refused: number };
    perSecond: number | null;
  };
  /** Phones' commands: send to answer, accepted or refused, ms. */
  ackMs: Spread;
  /** The same, accepted commands only. */
  ackAcceptedMs: Spread;
  /** The facilitator's commands, send to answer, ms. */
  facilitatorAckMs: Spread;
  /** Send of an accepted command to its version's arrival, at every phone but the sender, ms. */
  changeMs: Spread;
  /** Per accepted command its slowest phone, then spread over commands, ms. */
  lastRecipientMs: Spread;
  /** Deliveries of accepted commands' changes that never reached a phone. */
  missingDeliveries: number;
  /**
   * Second by second from the start: commands sent, the slowest answer among them (ms), and the CPU
   * time (ms) the server, the client workers and other work on the machine used in that second.
   */
  seriesBySecond: { second: number; commands: number; ackMaxMs: number | null; cpuMs: CpuSecond | null }[];
  /** The slowest answers: which command, when in the run (s), how long (ms). */
  slowestAcks: { type: string; role: string; atSecond: number; ackMs: number; code: string | null }[];
  server: {
    cpuMsPerCommand: number | null;
    cpuMsPerConnection: number | null;
    rssKbAtEnd: number;
  };
  clientCpuMsPerCommand: number | null;
  /** CPU used by processes outside the bench during the run and the quiet wait, in percent of one core. */
  otherCpuPercent: number | null;
  /** From the first command to the last answer, s. */
  activeSeconds: number;
  quiet: { reached: boolean; waitedMs: number };
  final: { version: number; queueLength: number; speaking: boolean; progressive: boolean };
  /** Every phone's queue against the server's, without the facilitator-only `stats` and `breakRequests`. */
  consistency: {
    phones: number;
    compared: number;
    matching: number;
    firstDifference: QueueDifference | null;
    versions: { min: number | null; max: number | null };
  };
}

interface QueueRaw {
  plan: QueuePlan;
  joins: JoinRecord[];
  sends: QueueSendRecord[];
  truth: QueueTruth;
  comparisons: QueueComparison[];
  collected: QueueCollected[];
  /** When the run began (the phones' first waits start then), on the monotonic clock. */
  startedAt: number;
  activeMs: number;
  quiet: { reached: boolean; waitedMs: number };
  server: { beforeJoin: ProcessSample; afterJoin: ProcessSample; before: ProcessSample; after: ProcessSample };
  clientsCpuMs: number;
  cpuBySecond: CpuSecond[];
  otherCpuPercent: number | null;
}

const count = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};

const ackSpread = (sends: readonly QueueSendRecord[]): Spread =>
  roundSpread(spread(sends.flatMap((send) => (send.ackedAt === null ? [] : [send.ackedAt - send.sentAt]))));

function deliveries(raw: QueueRaw, joined: number): Pick<QueueResult, 'changeMs' | 'lastRecipientMs' | 'missingDeliveries'> {
  let missing = 0;
  const last: number[] = [];
  for (const send of raw.sends) {
    if (!send.ok || send.version === null) continue;
    const expected = joined - (send.role === 'participant' ? 1 : 0);
    const received = raw.collected.reduce((sum, collected) => sum + (collected.perVersion[send.version ?? -1]?.count ?? 0), 0);
    missing += Math.max(0, expected - received);
    if (received >= expected && expected > 0) {
      last.push(Math.max(...raw.collected.map((collected) => collected.perVersion[send.version ?? -1]?.max ?? 0)));
    }
  }
  return {
    changeMs: roundSpread(spread(raw.collected.flatMap((collected) => collected.delays))),
    lastRecipientMs: roundSpread(spread(last)),
    missingDeliveries: missing,
  };
}

/** The slowest acknowledgements listed in the result. */
const SLOWEST_LISTED = 5;

function timeline(sends: readonly QueueSendRecord[], start: number, cpuBySecond: readonly CpuSecond[]): Pick<QueueResult, 'seriesBySecond' | 'slowestAcks'> {
  const seconds: { commands: number; ackMaxMs: number | null }[] = [];
  const answered: QueueResult['slowestAcks'] = [];
  for (const send of sends) {
    const second = Math.floor((send.sentAt - start) / 1000);
    const bucket = (seconds[second] ??= { commands: 0, ackMaxMs: null });
    bucket.commands += 1;
    if (send.ackedAt === null) continue;
    const ackMs = send.ackedAt - send.sentAt;
    bucket.ackMaxMs = Math.max(bucket.ackMaxMs ?? 0, round(ackMs) ?? 0);
    answered.push({ type: send.type, role: send.role, atSecond: round((send.sentAt - start) / 1000, 1) ?? 0, ackMs: round(ackMs) ?? 0, code: send.code });
  }
  return {
    seriesBySecond: Array.from(seconds, (bucket, second) => ({ second, ...(bucket ?? { commands: 0, ackMaxMs: null }), cpuMs: cpuBySecond[second] ?? null })),
    slowestAcks: answered.sort((a, b) => b.ackMs - a.ackMs).slice(0, SLOWEST_LISTED),
  };
}

export function summariseQueue(raw: QueueRaw): QueueResult {
  const { plan, sends, truth } = raw;
  const join = summariseJoins(raw.joins);
  const phoneSends = sends.filter((send) => send.role === 'participant');
  const facilitatorSends = sends.filter((send) => send.role === 'facilitator');
  const refusedSends = sends.filter((send) => !send.ok && send.code !== null);
  const accepted = sends.filter((send) => send.ok).length;
  const first = raw.comparisons.find((comparison) => comparison.firstDifference)?.firstDifference ?? null;
  const versions = raw.comparisons.flatMap((comparison) => [comparison.versions.min, comparison.versions.max]).filter((v): v is number => v !== null);
  const perCommand = (total: number): number | null => (sends.length ? round(total / sends.length, 3) : null);
  return {
    label: `Roundtable queue ${plan.phones}`,
    plan,
    join,
    commands: {
      sent: sends.length,
      byType: count(sends, (send) => send.type),
      accepted,
      refused: count(refusedSends, (send) => send.code ?? ''),
      unanswered: sends.filter((send) => send.ackedAt === null).length,
      facilitator: {
        sent: facilitatorSends.length,
        accepted: facilitatorSends.filter((send) => send.ok).length,
        refused: facilitatorSends.filter((send) => !send.ok && send.code !== null).length,
      },
      perSecond: raw.activeMs > 0 ? round((sends.length * 1000) / raw.activeMs, 1) : null,
    },
    ackMs: ackSpread(phoneSends),
    ackAcceptedMs: ackSpread(phoneSends.filter((send) => send.ok)),
    facilitatorAckMs: ackSpread(facilitatorSends),
    ...deliveries(raw, join.joined),
    ...timeline(sends, raw.startedAt, raw.cpuBySecond),
    server: {
      cpuMsPerCommand: perCommand(raw.server.after.cpuMs - raw.server.before.cpuMs),
      cpuMsPerConnection: join.joined ? round((raw.server.afterJoin.cpuMs - raw.server.beforeJoin.cpuMs) / join.joined, 3) : null,
      rssKbAtEnd: raw.server.after.rssKb,
    },
    clientCpuMsPerCommand: perCommand(raw.clientsCpuMs),
    otherCpuPercent: round(raw.otherCpuPercent, 0),
    activeSeconds: round(raw.activeMs / 1000, 1) ?? 0,
    quiet: raw.quiet,
    final: {
      version: truth.version,
      queueLength: Object.keys(truth.queue.hands).length,
      speaking: truth.queue.speaker !== null,
      progressive: truth.queue.progressive,
    },
    consistency: {
      phones: plan.phones,
      compared: raw.comparisons.reduce((sum, comparison) => sum + comparison.compared, 0),
      matching: raw.comparisons.reduce((sum, comparison) => sum + comparison.matching, 0),
      firstDifference: first,
      versions: { min: versions.length ? Math.min(...versions) : null, max: versions.length ? Math.max(...versions) : null },
    },
  };
}
