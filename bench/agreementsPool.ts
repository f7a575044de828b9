// The agreements scenario's client worker processes, and what the coordinator asks of them over
// each one's IPC channel. Times are on the machine's monotonic clock (clock.ts), so a send time in
// one process and an arrival time in another can be subtracted.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AgreementsState, Credential } from '@roundtable/shared';
import type { JoinRecord } from './messages.ts';

const WORKER_SCRIPT = fileURLToPath(new URL('./agreementsWorker.ts', import.meta.url));

/** One phase of phones acting: every phone sends `commands` at random moments within `windowMs`. */
export interface ActPlan {
  /** `answer`: one answer each, some with a reason; `mark`: one mark for each of `agreementIds`. */
  kind: 'answer' | 'mark';
  windowMs: number;
  seed: number;
  agreementIds: string[];
}

/** One command a phone sent, as that phone saw it. */
export interface ActRecord {
  client: number;
  sentAt: number;
  ackedAt: number | null;
  ok: boolean;
  version: number | null;
  code: string | null;
}

/** The parts of the agreements every device's view holds alike: what the round and check-in records are. */
export type SharedAgreements = Pick<AgreementsState, 'agreements' | 'round' | 'checkIns'>;

/** What other phones received of the phones' commands: each frame's size, and any that held someone else's answer or mark. */
export interface FramesAnswer {
  bytes: number[];
  othersAnswers: number;
}

export interface ViewComparison {
  compared: number;
  matching: number;
  /** A phone whose view differs, and the first place it does. */
  firstDifference: { client: number; path: string } | null;
}

export type AgreementsRequest =
  | { op: 'connect'; url: string; credential: Credential; clients: number[] }
  | { op: 'act'; plan: ActPlan }
  /** Frame sizes of these versions' `room:change` at every local phone but the one whose command made it. */
  | { op: 'frames'; senders: Record<number, number> }
  /** Resolves once every local phone has reached `version`, or after `timeoutMs`; answers how many had not. */
  | { op: 'reach'; version: number; timeoutMs: number }
  | { op: 'compare'; truth: SharedAgreements }
  | { op: 'disconnect' };

interface Answers {
  connect: JoinRecord[];
  act: ActRecord[];
  frames: FramesAnswer;
  reach: number;
  compare: ViewComparison;
  disconnect: null;
}

export interface AgreementsEnvelope {
  seq: number;
  request: AgreementsRequest;
}

export interface AgreementsAnswerEnvelope {
  seq: number;
  answer?: unknown;
  error?: string;
}

class Worker {
  readonly process: ChildProcess;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (answer: unknown) => void; reject: (error: Error) => void }>();

  constructor() {
    this.process = fork(WORKER_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.process.on('message', (message: AgreementsAnswerEnvelope) => {
      const waiting = this.pending.get(message.seq);
      if (!waiting) return;
      this.pending.delete(message.seq);
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.answer ?? null);
    });
    this.process.once('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`An agreements worker exited (code ${code}).`));
      this.pending.clear();
    });
  }

  call<R extends AgreementsRequest>(request: R): Promise<Answers[R['op']]> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (answer: unknown) => void, reject });
      this.process.send({ seq, request } satisfies AgreementsEnvelope);
    });
  }
}

/** Phones dealt round-robin to `count` worker processes: phone i lives in worker i mod count. */
export class AgreementsPool {
  private readonly workers: Worker[];

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => new Worker());
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.process.pid ?? 0);
  }

  /** Phones 0..phones-1, grouped by the worker each lives in. */
  share(phones: number): number[][] {
    const groups = this.workers.map((): number[] => []);
    for (let client = 0; client < phones; client++) groups[client % this.workers.length]?.push(client);
    return groups;
  }

  all<R extends AgreementsRequest>(requestFor: (index: number) => R): Promise<Answers[R['op']][]> {
    return Promise.all(this.workers.map((worker, index) => worker.call(requestFor(index))));
  }

  close(): void {
    for (const worker of this.workers) worker.process.kill('SIGTERM');
  }
}
