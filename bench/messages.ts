// What the coordinator (run.ts) and each client worker (clientWorker.ts) say to each other over
// the child-process IPC channel. Times are milliseconds on the machine's monotonic clock
// (`process.hrtime`), which every process on the machine shares, so a send time taken in one
// worker and an arrival time taken in another can be subtracted.
import type { Credential, QueueState } from '@roundtable/shared';
import type { AnswerRecord, DefinitionsRequest, DefinitionsTruth, DeviceReceipt, RevealRecord } from './definitionsMessages.ts';
import type { QueuePlan } from './plan.ts';

/**
 * Which server the phones talk to: Roundtable itself, the bare Socket.IO baseline, or Roundtable
 * as two processes sharing the room through Redis (the cluster scenario).
 */
export type Flavour = 'roundtable' | 'bare' | 'cluster';

/** One command a phone sends: its id (also the car park item's id) and the item's text. */
export interface Send {
  client: number;
  id: string;
  text: string;
}

export type WorkerRequest =
  /** Connect these phones (global indices) all at once, each then asking to catch up. */
  | { op: 'connect'; url: string; flavour: Flavour; token: string; clients: number[] }
  | ({ op: 'send' } & Send)
  /** Send all of these at once and wait for every acknowledgement (room pre-fill, not measured). */
  | { op: 'sendMany'; sends: Send[] }
  /** Forget every arrival and byte counted so far: a measured phase starts. */
  | { op: 'reset' }
  /** Wait up to `timeoutMs` for every local phone of `flavour` to have these changes; answers how many are missing. */
  | { op: 'await'; flavour: Flavour; ids: string[]; timeoutMs: number }
  /** Report arrivals of these ids, waiting as `await` does first. */
  | { op: 'collect'; flavour: Flavour; ids: string[]; timeoutMs: number }
  /** Close every phone of either scenario. */
  | { op: 'disconnect' };

/**
 * The turn-taking queue scenario's requests. Its phones keep their own view of the room, as the
 * app does, and are driven by the worker itself for the whole run rather than one send at a time.
 */
export type QueueRequest =
  /** Connect these devices (global indices) with this credential, each keeping a view from its catch-up answer. */
  | { op: 'queueConnect'; url: string; credential: Credential; clients: number[] }
  /** Every local phone raises and lowers hands at random, the facilitator (if here) calls the next speaker, until the plan's time is up. */
  | { op: 'queueRun'; plan: QueuePlan }
  /** When any local device last received a `room:change`, or null if none has. */
  | { op: 'queueLastChange' }
  /** A fresh facilitator connection's catch-up snapshot: the room's queue as the server holds it. */
  | { op: 'queueTruth'; url: string; credential: Credential }
  /** Compare every local phone's queue with the server's. */
  | { op: 'queueCompare'; truth: QueueState }
  /** Delays from each version's send to its arrival at every local phone but its sender. */
  | { op: 'queueCollect'; sentAt: Record<number, number> };

/** One queue command as its sender saw it. */
export interface QueueSendRecord {
  client: number;
  role: 'participant' | 'facilitator';
  type: string;
  sentAt: number;
  /** When the answer came, or null if none came within the wait. */
  ackedAt: number | null;
  ok: boolean;
  /** The room version the acknowledgement names. */
  version: number | null;
  /** The refusal's code, or null when accepted or unanswered. */
  code: string | null;
}

export interface QueueTruth {
  version: number;
  queue: QueueState;
}

/** The first place where a phone's queue and the server's part. */
export interface QueueDifference {
  client: number;
  /** Where in the queue, e.g. `hands.Ab3….sortKey`; empty for the whole queue. */
  path: string;
  phone: unknown;
  server: unknown;
}

export interface QueueComparison {
  compared: number;
  matching: number;
  firstDifference: QueueDifference | null;
  /** The room versions the local phones had reached. */
  versions: { min: number | null; max: number | null };
}

export interface QueueCollected {
  /** Send to arrival, every arrival at a local phone other than the sender, ms. */
  delays: number[];
  /** Per version: how many local phones other than the sender had it, and the slowest of them, ms. */
  perVersion: Record<number, { count: number; max: number }>;
}

export interface JoinRecord {
  client: number;
  /** When `connect()` was called. */
  startedAt: number;
  /** When the catch-up answer came back, or null if the phone never got in. */
  syncedAt: number | null;
  error: string | null;
}

export interface SendRecord {
  sentAt: number;
  ackedAt: number;
  ok: boolean;
  /** The room version the acknowledgement names. */
  version: number | null;
  error: string | null;
}

export interface Collected {
  /** Per change id: arrival times at every local phone except the one that sent it. */
  arrivals: Record<string, number[]>;
  /** Per change id: the size of the WebSocket frame (header and payload) of its `room:change`. */
  frameBytes: Record<string, number>;
  /** Bytes of every WebSocket frame the local phones received since the last reset, by server. */
  bytesIn: Record<Flavour, number>;
  /** Bytes of every WebSocket frame the local phones sent since the last reset, by server. */
  bytesOut: Record<Flavour, number>;
  /** Deliveries still missing when the wait ran out. */
  missing: number;
}

export type WorkerAnswer =
  | JoinRecord[]
  | SendRecord
  | SendRecord[]
  | Collected
  | number
  | null
  | QueueSendRecord[]
  | QueueTruth
  | QueueComparison
  | QueueCollected
  | AnswerRecord[]
  | RevealRecord
  | DeviceReceipt[]
  | DefinitionsTruth;

export interface RequestEnvelope {
  seq: number;
  request: WorkerRequest | QueueRequest | DefinitionsRequest;
}

export interface AnswerEnvelope {
  seq: number;
  answer?: WorkerAnswer;
  error?: string;
}
