// What a run is, and the fixed parts every run shares.
import type { Collected, Flavour, SendRecord } from './messages.ts';
import type { ProcessSample } from './processes.ts';

/** How long a phone may take to connect and catch up before it counts as not getting in. */
export const JOIN_TIMEOUT_MS = 30_000;
/** How long a command may wait for its acknowledgement. */
export const ACK_TIMEOUT_MS = 10_000;

/**
 * One room size, run against Roundtable and the bare baseline side by side: both servers up,
 * both sets of phones connected, changes sent to one and then the other, so whatever else the
 * machine is doing falls on both alike.
 */
export interface PairPlan {
  phones: number;
  /** Car park items added to Roundtable's room (unmeasured) before the warm-up. */
  prefill: number;
  /** Changes per server sent and dropped before measuring. */
  warmup: number;
  /** Measured changes per server. */
  changes: number;
  senders: number;
  gapMs: number;
  /** Where each server writes a CPU profile, or null. */
  profileDir: string | null;
}

/** The raw record of one server's measured changes. */
export interface Phase {
  sends: { id: string; client: number; record: SendRecord }[];
  collected: Collected[];
  server: { before: ProcessSample; after: ProcessSample };
  /** Shared by both servers' phones, so reported for the pair. */
  clientCpuMsPerChange: number | null;
  otherCpuPercent: number | null;
}

/**
 * The turn-taking queue run: phones raising and lowering hands at random while a facilitator
 * calls the next speaker. Times are milliseconds; each wait is drawn evenly between min and max.
 */
export interface QueuePlan {
  phones: number;
  durationMs: number;
  /** Seeds each phone's own random choices (card, raise or lower, waits), so a run can be repeated. */
  seed: number;
  /** How long a phone waits after one answer before its next raise or lower. */
  actEveryMs: { min: number; max: number };
  /** How long the facilitator waits between calls of the next speaker. */
  nextEveryMs: { min: number; max: number };
  /** When, after the start, the facilitator turns the fair order (progressive stack) on. */
  progressiveAtMs: number;
}

/** What a phone writes in the car park: fixed length, so every change has the same size. */
export function itemText(n: number): string {
  return `Can we come back to the parking question after lunch? (note ${String(n).padStart(4, '0')})`;
}

export function scenarioLabel(flavour: Flavour, plan: Pick<PairPlan, 'phones' | 'prefill'>): string {
  if (flavour === 'bare') return `bare Socket.IO ${plan.phones}${plan.prefill ? ` (beside +${plan.prefill})` : ''}`;
  return `Roundtable ${plan.phones}${plan.prefill ? ` +${plan.prefill} items` : ''}`;
}
