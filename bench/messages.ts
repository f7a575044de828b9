// What the coordinator (run.ts) and each client worker (clientWorker.ts) say to each other over
// the child-process IPC channel. Times are milliseconds on the machine's monotonic clock
// (`process.hrtime`), which every process on the machine shares, so a send time taken in one
// worker and an arrival time taken in another can be subtracted.

/** Which server the phones talk to: Roundtable itself, or the bare Socket.IO baseline. */
export type Flavour = 'roundtable' | 'bare';

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
  | { op: 'disconnect' };

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

export type WorkerAnswer = JoinRecord[] | SendRecord | SendRecord[] | Collected | number | null;

export interface RequestEnvelope {
  seq: number;
  request: WorkerRequest;
}

export interface AnswerEnvelope {
  seq: number;
  answer?: WorkerAnswer;
  error?: string;
}
