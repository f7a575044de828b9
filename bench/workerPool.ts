// The client worker processes and a request/answer call over each one's IPC channel.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type {
  AnswerEnvelope,
  Collected,
  JoinRecord,
  QueueCollected,
  QueueComparison,
  QueueRequest,
  QueueSendRecord,
  QueueTruth,
  SendRecord,
  WorkerAnswer,
  WorkerRequest,
} from './messages.ts';
import type { AnswerRecord, DefinitionsRequest, DefinitionsTruth, DeviceReceipt, RevealRecord } from './definitionsMessages.ts';

const WORKER_SCRIPT = fileURLToPath(new URL('./clientWorker.ts', import.meta.url));

/** The answer type of each request. */
interface Answers {
  connect: JoinRecord[];
  send: SendRecord;
  sendMany: SendRecord[];
  reset: null;
  await: number;
  collect: Collected;
  disconnect: null;
  queueConnect: JoinRecord[];
  queueRun: QueueSendRecord[];
  queueLastChange: number | null;
  queueTruth: QueueTruth;
  queueCompare: QueueComparison;
  queueCollect: QueueCollected;
  definitionsConnect: JoinRecord[];
  definitionsAnswer: AnswerRecord[];
  definitionsReveal: RevealRecord;
  definitionsCollect: DeviceReceipt[];
  definitionsTruth: DefinitionsTruth;
}

type Request = WorkerRequest | QueueRequest | DefinitionsRequest;

class Worker {
  readonly process: ChildProcess;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }>();

  constructor() {
    // --expose-gc: a worker collects its garbage before each measured phase (see clientWorker.ts).
    this.process = fork(WORKER_SCRIPT, [], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.process.on('message', (message: AnswerEnvelope) => {
      const waiting = this.pending.get(message.seq);
      if (!waiting) return;
      this.pending.delete(message.seq);
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.answer ?? null);
    });
    this.process.once('exit', (code) => {
      for (const waiting of this.pending.values()) waiting.reject(new Error(`A client worker exited (code ${code}).`));
      this.pending.clear();
    });
  }

  call<R extends Request>(request: R): Promise<Answers[R['op']]> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (answer: WorkerAnswer) => void, reject });
      this.process.send({ seq, request });
    });
  }
}

/** Phones are dealt to workers round-robin: phone i lives in worker i mod the worker count. */
export class WorkerPool {
  private readonly workers: Worker[];

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => new Worker());
  }

  get pids(): number[] {
    return this.workers.map((worker) => worker.process.pid ?? 0);
  }

  workerOf(client: number): Worker {
    const worker = this.workers[client % this.workers.length];
    if (!worker) throw new Error('The pool has no workers.');
    return worker;
  }

  /** The phones first..first+count-1, grouped by the worker each lives in. */
  share(first: number, count: number): number[][] {
    const clients = Array.from({ length: count }, (_, n) => ({ client: first + n }));
    return this.byWorker(clients).map((group) => group.map(({ client }) => client));
  }

  /** Items that each name a phone, grouped by the worker that phone lives in. */
  byWorker<T extends { client: number }>(items: readonly T[]): T[][] {
    const groups = this.workers.map((): T[] => []);
    for (const item of items) groups[item.client % this.workers.length]?.push(item);
    return groups;
  }

  /** Sends one request to every worker, `requestFor` making each worker's own. */
  all<R extends Request>(requestFor: (index: number) => R): Promise<Answers[R['op']][]> {
    return Promise.all(this.workers.map((worker, index) => worker.call(requestFor(index))));
  }

  close(): void {
    for (const worker of this.workers) worker.process.kill('SIGTERM');
  }
}
