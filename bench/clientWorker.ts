// A share of the simulated phones, in a process of its own. Each phone is a real socket.io-client
// socket over WebSocket, as a phone's browser would open. The coordinator tells this process what
// to do over IPC (see messages.ts); the process records times and bytes and hands them back.
import { PROTOCOL_VERSION, type ClientToServerEvents, type CommandAck, type ServerToClientEvents, type SyncResult } from '@roundtable/shared';
import { io as connectSocket, type Socket } from 'socket.io-client';
import type { AnswerEnvelope, Collected, Flavour, JoinRecord, QueueRequest, RequestEnvelope, Send, SendRecord, WorkerAnswer, WorkerRequest } from './messages.ts';
import { now } from './clock.ts';
import { ACK_TIMEOUT_MS, JOIN_TIMEOUT_MS } from './plan.ts';
import { closeQueueDevices, handleQueue } from './queuePhones.ts';
import type { DefinitionsRequest } from './definitionsMessages.ts';
import { closeDefinitionsDevices, handleDefinitions } from './definitionsPhones.ts';

/** The bare baseline takes `send` instead of `command`; everything else is the same protocol. */
type PhoneEvents = ClientToServerEvents & { send: (payload: { id: string; text: string }, ack: (ack: CommandAck) => void) => void };

interface Phone {
  index: number;
  socket: Socket<ServerToClientEvents, PhoneEvents>;
  flavour: Flavour;
  joined: boolean;
  /** Size of the last frame this phone received: the `room:change` handler reads it. */
  lastFrameBytes: number;
}

const phones = new Map<number, Phone>();
/** Phones of each server that got in: each gets every change but its own. */
const joinedCount: Record<Flavour, number> = { roundtable: 0, bare: 0, cluster: 0 };
/** Which local phone sent each change, so its own echo is not counted as an arrival. */
const sentBy = new Map<string, number>();
let arrivals = new Map<string, number[]>();
let frameBytes = new Map<string, number>();
const noBytes = (): Record<Flavour, number> => ({ roundtable: 0, bare: 0, cluster: 0 });
let bytesIn = noBytes();
let bytesOut = noBytes();
/** The one `await` or `collect` waiting for deliveries, checked on each arrival. */
let waiter: { done: () => boolean; wake: () => void } | null = null;

/** Size of a WebSocket frame carrying `payloadBytes`: 2 to 10 header bytes, plus 4 mask bytes from a client. */
function wsFrameBytes(payloadBytes: number, fromClient: boolean): number {
  const header = payloadBytes < 126 ? 2 : payloadBytes < 65_536 ? 4 : 10;
  return header + (fromClient ? 4 : 0) + payloadBytes;
}

/** An Engine.IO packet on a WebSocket is one text frame: its type digit, then its data. */
function packetFrameBytes(packet: { data?: unknown }, fromClient: boolean): number {
  const data = packet.data;
  const dataBytes = typeof data === 'string' ? Buffer.byteLength(data) : data instanceof Uint8Array ? data.byteLength : 0;
  return wsFrameBytes(1 + dataBytes, fromClient);
}

function onChange(phone: Phone, change: { deltas: { type: string; item?: { id: string } }[] }): void {
  const arrivedAt = now();
  for (const delta of change.deltas) {
    const id = delta.type === 'carPark.itemSaved' ? delta.item?.id : undefined;
    if (id === undefined || sentBy.get(id) === phone.index) continue;
    let times = arrivals.get(id);
    if (!times) arrivals.set(id, (times = []));
    times.push(arrivedAt);
    if (!frameBytes.has(id)) frameBytes.set(id, phone.lastFrameBytes);
  }
  if (waiter?.done()) waiter.wake();
}

function createPhone(index: number, url: string, flavour: Flavour, token: string): Phone {
  const socket: Phone['socket'] = connectSocket(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    autoConnect: false,
    timeout: JOIN_TIMEOUT_MS,
    auth: { protocol: PROTOCOL_VERSION, credential: { kind: 'participant', token } },
  });
  const phone: Phone = { index, socket, flavour, joined: false, lastFrameBytes: 0 };
  socket.io.on('open', () => {
    socket.io.engine.on('packet', (packet) => {
      phone.lastFrameBytes = packetFrameBytes(packet, false);
      bytesIn[flavour] += phone.lastFrameBytes;
    });
    socket.io.engine.on('packetCreate', (packet) => {
      bytesOut[flavour] += packetFrameBytes(packet, true);
    });
  });
  socket.on('room:change', (change) => onChange(phone, change));
  return phone;
}

async function join(phone: Phone): Promise<JoinRecord> {
  const startedAt = now();
  try {
    await new Promise<void>((resolve, reject) => {
      phone.socket.once('connect', () => resolve());
      phone.socket.once('connect_error', (error) => reject(error));
      phone.socket.connect();
    });
    const result: SyncResult = await phone.socket.timeout(JOIN_TIMEOUT_MS).emitWithAck('session:sync', { since: null });
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    phone.joined = true;
    joinedCount[phone.flavour] += 1;
    return { client: phone.index, startedAt, syncedAt: now(), error: null };
  } catch (error) {
    phone.socket.disconnect();
    return { client: phone.index, startedAt, syncedAt: null, error: error instanceof Error ? error.message : String(error) };
  }
}

async function send({ client, id, text }: Send): Promise<SendRecord> {
  const phone = phones.get(client);
  if (!phone) throw new Error(`Phone ${client} is not in this worker.`);
  sentBy.set(id, client);
  const sentAt = now();
  try {
    const ack = await (phone.flavour !== 'bare'
      ? phone.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', { id, type: 'carPark.add', payload: { text, anonymous: false } })
      : phone.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('send', { id, text }));
    const ackedAt = now();
    return ack.ok
      ? { sentAt, ackedAt, ok: true, version: ack.version, error: null }
      : { sentAt, ackedAt, ok: false, version: null, error: `${ack.code}: ${ack.message}` };
  } catch (error) {
    return { sentAt, ackedAt: now(), ok: false, version: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Deliveries of `ids` still missing at local phones: every joined phone of the server but the sender gets each. */
function missing(flavour: Flavour, ids: readonly string[]): number {
  return ids.reduce((sum, id) => sum + Math.max(0, joinedCount[flavour] - (sentBy.has(id) ? 1 : 0) - (arrivals.get(id)?.length ?? 0)), 0);
}

/** Resolves as soon as every local phone has every one of `ids`, or after `timeoutMs`; gives what is missing. */
async function awaitArrivals(flavour: Flavour, ids: readonly string[], timeoutMs: number): Promise<number> {
  if (missing(flavour, ids) > 0) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => wake(), timeoutMs);
      const wake = (): void => {
        clearTimeout(timer);
        waiter = null;
        resolve();
      };
      waiter = { done: () => missing(flavour, ids) === 0, wake };
    });
  }
  return missing(flavour, ids);
}

async function collect(flavour: Flavour, ids: string[], timeoutMs: number): Promise<Collected> {
  const stillMissing = await awaitArrivals(flavour, ids, timeoutMs);
  const pick = <T>(map: Map<string, T>): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const id of ids) {
      const value = map.get(id);
      if (value !== undefined) out[id] = value;
    }
    return out;
  };
  return { arrivals: pick(arrivals), frameBytes: pick(frameBytes), bytesIn, bytesOut, missing: stillMissing };
}

async function handle(request: WorkerRequest): Promise<WorkerAnswer> {
  switch (request.op) {
    case 'connect': {
      const created = request.clients.map((index) => createPhone(index, request.url, request.flavour, request.token));
      for (const phone of created) phones.set(phone.index, phone);
      return Promise.all(created.map(join));
    }
    case 'send':
      return send(request);
    case 'sendMany':
      return Promise.all(request.sends.map(send));
    case 'reset':
      arrivals = new Map();
      frameBytes = new Map();
      sentBy.clear();
      bytesIn = noBytes();
      bytesOut = noBytes();
      // Joining a thousand sockets leaves garbage; collect it now rather than in the middle of a measurement.
      (globalThis as { gc?: () => void }).gc?.();
      return null;
    case 'await':
      return awaitArrivals(request.flavour, request.ids, request.timeoutMs);
    case 'collect':
      return collect(request.flavour, request.ids, request.timeoutMs);
    case 'disconnect':
      for (const phone of phones.values()) phone.socket.disconnect();
      phones.clear();
      joinedCount.roundtable = 0;
      joinedCount.bare = 0;
      joinedCount.cluster = 0;
      closeQueueDevices();
      closeDefinitionsDevices();
      return null;
  }
}

const isQueueRequest = (request: WorkerRequest | QueueRequest | DefinitionsRequest): request is QueueRequest => request.op.startsWith('queue');
const isDefinitionsRequest = (request: WorkerRequest | QueueRequest | DefinitionsRequest): request is DefinitionsRequest => request.op.startsWith('definitions');

process.on('message', (envelope: RequestEnvelope) => {
  const reply = (answer: AnswerEnvelope): void => void process.send?.(answer);
  const { request } = envelope;
  (isDefinitionsRequest(request) ? handleDefinitions(request) : isQueueRequest(request) ? handleQueue(request) : handle(request)).then(
    (answer) => reply({ seq: envelope.seq, answer }),
    (error: unknown) => reply({ seq: envelope.seq, error: error instanceof Error ? error.message : String(error) }),
  );
});
// The coordinator going away, however it ends, ends this process too.
process.on('disconnect', () => process.exit(0));
