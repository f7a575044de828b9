// One device of the queue scenario, kept the way the app keeps it: a view of the room from its
// catch-up answer, then every `room:change` applied with the shared `applyDelta` in version order.
// Changes that arrive while the catch-up is under way wait in a buffer (as in the server's test
// harness, server/test/support/harness.ts), so none is applied to a view that does not exist yet.
import {
  applyDelta,
  newId,
  PROTOCOL_VERSION,
  type Change,
  type ClientToServerEvents,
  type CommandAck,
  type Credential,
  type RoomView,
  type ServerToClientEvents,
  type SyncResult,
} from '@roundtable/shared';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { now } from './clock.ts';
import type { JoinRecord, QueueSendRecord } from './messages.ts';
import { ACK_TIMEOUT_MS, JOIN_TIMEOUT_MS } from './plan.ts';

/** Told of every `room:change` as it arrives, before it is buffered or applied. */
export type ArrivalListener = (device: QueueDevice, version: number, arrivedAt: number) => void;

export class QueueDevice {
  readonly client: number;
  readonly role: 'participant' | 'facilitator';
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  view: RoomView | null = null;
  version = 0;
  private syncing = false;
  private buffered: Change[] = [];

  constructor(client: number, url: string, credential: Credential, onArrival: ArrivalListener) {
    this.client = client;
    this.role = credential.kind === 'facilitator' ? 'facilitator' : 'participant';
    this.socket = connectSocket(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      autoConnect: false,
      timeout: JOIN_TIMEOUT_MS,
      auth: { protocol: PROTOCOL_VERSION, credential },
    });
    this.socket.on('room:change', (change) => {
      onArrival(this, change.v, now());
      this.onChange(change);
    });
  }

  /** Connects and catches up with a snapshot; records how long that took. */
  async join(): Promise<JoinRecord> {
    const startedAt = now();
    try {
      await new Promise<void>((resolve, reject) => {
        this.socket.once('connect', () => resolve());
        this.socket.once('connect_error', (error) => reject(error));
        this.socket.connect();
      });
      const result = await this.sync();
      if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
      return { client: this.client, startedAt, syncedAt: now(), error: null };
    } catch (error) {
      this.socket.disconnect();
      return { client: this.client, startedAt, syncedAt: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Sends one command and notes when it went, when it was answered, and how. */
  async send(type: string, payload: unknown): Promise<QueueSendRecord> {
    const record = { client: this.client, role: this.role, type };
    const sentAt = now();
    let ack: CommandAck;
    try {
      ack = await this.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', { id: newId(), type, payload });
    } catch {
      return { ...record, sentAt, ackedAt: null, ok: false, version: null, code: null };
    }
    const ackedAt = now();
    return ack.ok
      ? { ...record, sentAt, ackedAt, ok: true, version: ack.version, code: null }
      : { ...record, sentAt, ackedAt, ok: false, version: null, code: ack.code };
  }

  private async sync(): Promise<SyncResult> {
    this.syncing = true;
    const result: SyncResult = await this.socket.timeout(JOIN_TIMEOUT_MS).emitWithAck('session:sync', { since: this.view ? this.version : null });
    this.syncing = false;
    if (result.ok) {
      if (result.mode === 'snapshot') {
        this.view = result.view;
        this.version = result.version;
      } else {
        for (const change of result.changes) this.onChange(change);
        this.version = Math.max(this.version, result.version);
      }
    }
    const buffered = this.buffered;
    this.buffered = [];
    for (const change of buffered) this.onChange(change);
    return result;
  }

  private onChange(change: Change): void {
    if (this.syncing) {
      this.buffered.push(change);
      return;
    }
    if (!this.view || change.v <= this.version) return;
    this.view = change.deltas.reduce(applyDelta, this.view);
    this.version = change.v;
  }
}
