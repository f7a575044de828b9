// Turns one scenario's raw times, bytes and process samples into the figures the report shows.
import type { ProcessSample } from './processes.ts';
import type { Flavour, JoinRecord } from './messages.ts';
import type { PairPlan, Phase } from './plan.ts';
import { mean, round, roundSpread, spread, type Spread } from './stats.ts';

/** How many of the slowest changes the result lists, with their room versions. */
const SLOWEST_LISTED = 5;

export interface ScenarioResult {
  label: string;
  flavour: Flavour;
  phones: number;
  /** The pair's pre-fill: items added to Roundtable's room before the warm-up (the bare server keeps none). */
  prefill: number;
  /** Car park items in the room when the measured changes began. */
  itemsBefore: number;
  join: {
    joined: number;
    failed: number;
    errors: string[];
    /** Per phone: from its connect call to its catch-up answer, ms. */
    perPhoneMs: Spread;
    /** From the first connect call to the last catch-up answer, ms. */
    totalMs: number | null;
  };
  changes: {
    sent: number;
    refused: number;
    /** Send to arrival, over every arrival at every phone but the sender, ms. */
    latencyMs: Spread;
    /** Per change the quickest phone's send-to-arrival: the server's own work before fan-out, ms. */
    firstRecipientMs: Spread;
    /** Per change the slowest phone's send-to-arrival, then spread over changes, ms. */
    lastRecipientMs: Spread;
    /** Send to the sender's acknowledgement, ms. */
    ackMs: Spread;
    missingDeliveries: number;
    /** Each change's last-recipient latency in the order sent (null when a delivery went missing), ms. */
    lastRecipientSeriesMs: (number | null)[];
    slowest: { version: number | null; lastRecipientMs: number | null }[];
  };
  bytes: {
    /** The `room:change` WebSocket frame one phone receives per change (header and payload). */
    perRecipient: { mean: number | null; min: number | null; max: number | null };
    /** Every frame the server sent to all phones during the measured changes, per change. */
    serverOutPerChange: number | null;
    /** Every frame the phones sent during the measured changes, per change. */
    serverInPerChange: number | null;
  };
  server: {
    cpuMsPerChange: number | null;
    cpuMsPerConnection: number | null;
    rssKbBeforeJoins: number;
    rssKbAfterJoins: number;
    /** After the measured changes: later, after more garbage collections. */
    rssKbAfterChanges: number;
    /** (RSS 1.5 s after the joins - RSS before them) / phones in. */
    rssKbPerConnection: number | null;
    /** (RSS after the measured changes - RSS before the joins) / phones in: the same, after the heap has settled. */
    rssKbPerConnectionAtEnd: number | null;
  };
  /** CPU time all client workers spent per change (both servers' phones together): they share the machine with the servers. */
  clientCpuMsPerChange: number | null;
  /**
   * CPU used by processes outside the bench while the pair's changes were measured, in percent of
   * one core. Anything well above zero means other work competed for the cores and the figures are noisier.
   */
  otherCpuPercent: number | null;
}

interface Measured {
  plan: PairPlan;
  flavour: Flavour;
  label: string;
  joins: JoinRecord[];
  server: { beforeJoin: ProcessSample; afterJoin: ProcessSample; settled: ProcessSample };
  phase: Phase;
}

const perUnit = (total: number, units: number): number | null => (units > 0 ? total / units : null);

export function summariseJoins(joins: JoinRecord[]): ScenarioResult['join'] {
  const joined = joins.filter((record) => record.syncedAt !== null);
  const times = joined.map((record) => (record.syncedAt ?? 0) - record.startedAt);
  const firstStart = Math.min(...joins.map((record) => record.startedAt));
  const lastSync = Math.max(...joined.map((record) => record.syncedAt ?? 0));
  const errors = [...new Set(joins.flatMap((record) => (record.error ? [record.error] : [])))].slice(0, 5);
  return {
    joined: joined.length,
    failed: joins.length - joined.length,
    errors,
    perPhoneMs: roundSpread(spread(times)),
    totalMs: joined.length ? round(lastSync - firstStart, 1) : null,
  };
}

function summariseChanges(phase: Phase, joinedCount: number): ScenarioResult['changes'] {
  const accepted = phase.sends.filter((send) => send.record.ok);
  const expectedRecipients = joinedCount - 1;
  const latencies: number[] = [];
  const perChange: { version: number | null; first: number; last: number }[] = [];
  const series: (number | null)[] = [];
  let missing = 0;
  for (const { id, record } of accepted) {
    const arrivals = phase.collected.flatMap((collected) => collected.arrivals[id] ?? []);
    missing += Math.max(0, expectedRecipients - arrivals.length);
    const delays = arrivals.map((arrivedAt) => arrivedAt - record.sentAt);
    latencies.push(...delays);
    const complete = arrivals.length >= expectedRecipients && delays.length > 0;
    if (complete) perChange.push({ version: record.version, first: Math.min(...delays), last: Math.max(...delays) });
    series.push(complete ? round(Math.max(...delays)) : null);
  }
  const slowest = [...perChange].sort((a, b) => b.last - a.last).slice(0, SLOWEST_LISTED);
  return {
    sent: phase.sends.length,
    refused: phase.sends.length - accepted.length,
    latencyMs: roundSpread(spread(latencies)),
    firstRecipientMs: roundSpread(spread(perChange.map((change) => change.first))),
    lastRecipientMs: roundSpread(spread(perChange.map((change) => change.last))),
    ackMs: roundSpread(spread(accepted.map(({ record }) => record.ackedAt - record.sentAt))),
    missingDeliveries: missing,
    lastRecipientSeriesMs: series,
    slowest: slowest.map((change) => ({ version: change.version, lastRecipientMs: round(change.last) })),
  };
}

function summariseBytes(phase: Phase, flavour: Flavour): ScenarioResult['bytes'] {
  const frames = phase.sends.flatMap(({ id }) => {
    const sizes = phase.collected.flatMap((collected) => (collected.frameBytes[id] === undefined ? [] : [collected.frameBytes[id]]));
    return sizes.length ? [Math.max(...sizes)] : [];
  });
  const changes = phase.sends.length;
  const total = (key: 'bytesIn' | 'bytesOut'): number => phase.collected.reduce((sum, collected) => sum + collected[key][flavour], 0);
  return {
    perRecipient: {
      mean: round(mean(frames), 1),
      min: frames.length ? Math.min(...frames) : null,
      max: frames.length ? Math.max(...frames) : null,
    },
    serverOutPerChange: round(perUnit(total('bytesIn'), changes), 0),
    serverInPerChange: round(perUnit(total('bytesOut'), changes), 0),
  };
}

export function summarise({ plan, flavour, label, joins, server, phase }: Measured): ScenarioResult {
  const join = summariseJoins(joins);
  const changes = phase.sends.length;
  const serverCpu = phase.server.after.cpuMs - phase.server.before.cpuMs;
  return {
    label,
    flavour,
    phones: plan.phones,
    prefill: plan.prefill,
    itemsBefore: flavour === 'bare' ? 0 : plan.prefill + plan.warmup,
    join,
    changes: summariseChanges(phase, join.joined),
    bytes: summariseBytes(phase, flavour),
    server: {
      cpuMsPerChange: round(perUnit(serverCpu, changes), 3),
      cpuMsPerConnection: round(perUnit(server.afterJoin.cpuMs - server.beforeJoin.cpuMs, join.joined), 3),
      rssKbBeforeJoins: server.beforeJoin.rssKb,
      rssKbAfterJoins: server.settled.rssKb,
      rssKbAfterChanges: phase.server.after.rssKb,
      rssKbPerConnection: round(perUnit(server.settled.rssKb - server.beforeJoin.rssKb, join.joined), 1),
      rssKbPerConnectionAtEnd: round(perUnit(phase.server.after.rssKb - server.beforeJoin.rssKb, join.joined), 1),
    },
    clientCpuMsPerChange: round(phase.clientCpuMsPerChange, 3),
    otherCpuPercent: round(phase.otherCpuPercent, 0),
  };
}
