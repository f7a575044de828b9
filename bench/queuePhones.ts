// The queue scenario inside a client worker: this worker's share of the phones raising and
// lowering hands at random, the facilitator if it lives here, and what each of them saw.
import { QUEUE_CARDS, type Credential, type QueueState } from '@roundtable/shared';
import { now, sleep } from './clock.ts';
import type { JoinRecord, QueueCollected, QueueComparison, QueueDifference, QueueRequest, QueueSendRecord, QueueTruth } from './messages.ts';
import type { QueuePlan } from './plan.ts';
import { QueueDevice } from './queueDevice.ts';

/** A phone with no hand up that is asked to lower one is refused; half and half keeps about half the hands up. */
const RAISE_CHANCE = 0.5;

const devices = new Map<number, QueueDevice>();
/** Per room version: which local phones received it, and when (parallel lists, to keep 500,000 arrivals cheap). */
let arrivals = new Map<number, { clients: number[]; times: number[] }>();
/** Per room version a local phone's command made: that phone, whose own echo is not a delivery to someone else. */
let senders = new Map<number, number>();
let lastChangeAt: number | null = null;

function noteArrival(device: QueueDevice, version: number, arrivedAt: number): void {
  lastChangeAt = arrivedAt;
  if (device.role !== 'participant') return;
  let seen = arrivals.get(version);
  if (!seen) arrivals.set(version, (seen = { clients: [], times: [] }));
  seen.clients.push(device.client);
  seen.times.push(arrivedAt);
}

/** A small seeded generator (mulberry32): the same seed gives a phone the same choices in every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const between = (random: () => number, range: { min: number; max: number }): number => range.min + random() * (range.max - range.min);

/** Sleeps `ms` unless that would pass `until`; says whether there is still time to act. */
async function waitWithin(ms: number, until: number): Promise<boolean> {
  if (now() + ms >= until) return false;
  await sleep(ms);
  return true;
}

async function send(device: QueueDevice, type: string, payload: unknown, records: QueueSendRecord[]): Promise<void> {
  const record = await device.send(type, payload);
  if (record.ok && record.version !== null && device.role === 'participant') senders.set(record.version, device.client);
  records.push(record);
}

/** One phone until `until`: raise a hand with a random card or lower it, wait 1 to 4 s, again. */
async function actAtRandom(phone: QueueDevice, plan: QueuePlan, until: number, records: QueueSendRecord[]): Promise<void> {
  const random = seededRandom(plan.seed * 100_003 + phone.client);
  // Start somewhere within the first wait, so the phones do not all tap at the same moment.
  let wait = random() * plan.actEveryMs.max;
  while (await waitWithin(wait, until)) {
    const raise = random() < RAISE_CHANCE;
    const card = QUEUE_CARDS[Math.floor(random() * QUEUE_CARDS.length)] ?? 'speak';
    await send(phone, raise ? 'queue.raiseHand' : 'queue.lowerHand', raise ? { card } : {}, records);
    wait = between(random, plan.actEveryMs);
  }
}

/** The facilitator until `until`: the next speaker every ~3 s, and the fair order turned on once, half-way. */
async function facilitate(facilitator: QueueDevice, plan: QueuePlan, until: number, records: QueueSendRecord[]): Promise<void> {
  const random = seededRandom(plan.seed * 100_003 - 1);
  const turnOnFairOrder = async (): Promise<void> => {
    if (await waitWithin(plan.progressiveAtMs, until)) await send(facilitator, 'queue.setSettings', { progressive: true }, records);
  };
  const callNext = async (): Promise<void> => {
    while (await waitWithin(between(random, plan.nextEveryMs), until)) await send(facilitator, 'queue.next', {}, records);
  };
  await Promise.all([turnOnFairOrder(), callNext()]);
}

async function run(plan: QueuePlan): Promise<QueueSendRecord[]> {
  const until = now() + plan.durationMs;
  const records: QueueSendRecord[] = [];
  await Promise.all(
    [...devices.values()].filter((device) => device.view).map((device) =>
      device.role === 'facilitator' ? facilitate(device, plan, until, records) : actAtRandom(device, plan, until, records),
    ),
  );
  return records;
}

async function truth(url: string, credential: Credential): Promise<QueueTruth> {
  const fresh = new QueueDevice(-1, url, credential, () => undefined);
  const joined = await fresh.join();
  fresh.socket.disconnect();
  if (!fresh.view) throw new Error(`A fresh facilitator connection could not catch up: ${joined.error}`);
  return { version: fresh.version, queue: fresh.view.queue };
}

/** The queue without the facilitator-only parts, which a participant's view holds empty. */
function shared({ stats: _stats, breakRequests: _breaks, ...rest }: QueueState): Omit<QueueState, 'stats' | 'breakRequests'> {
  return rest;
}

/** Where two JSON values first part, comparing objects by their keys whatever their order; null if equal. */
function firstDifference(phone: unknown, server: unknown, path = ''): Omit<QueueDifference, 'client'> | null {
  if (Object.is(phone, server)) return null;
  const bothObjects = typeof phone === 'object' && phone !== null && typeof server === 'object' && server !== null;
  if (!bothObjects || Array.isArray(phone) !== Array.isArray(server)) return { path, phone, server };
  const a = phone as Record<string, unknown>;
  const b = server as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const found = firstDifference(a[key], b[key], path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

function compare(truthQueue: QueueState): QueueComparison {
  const expected = shared(truthQueue);
  const result: QueueComparison = { compared: 0, matching: 0, firstDifference: null, versions: { min: null, max: null } };
  for (const phone of devices.values()) {
    if (phone.role !== 'participant' || !phone.view) continue;
    result.compared += 1;
    result.versions.min = Math.min(result.versions.min ?? phone.version, phone.version);
    result.versions.max = Math.max(result.versions.max ?? phone.version, phone.version);
    const difference = firstDifference(shared(phone.view.queue), expected);
    if (!difference) result.matching += 1;
    else result.firstDifference ??= { client: phone.client, ...difference };
  }
  return result;
}

function collect(sentAt: Record<number, number>): QueueCollected {
  const delays: number[] = [];
  const perVersion: QueueCollected['perVersion'] = {};
  for (const [key, sent] of Object.entries(sentAt)) {
    const version = Number(key);
    const seen = arrivals.get(version) ?? { clients: [], times: [] };
    const sender = senders.get(version);
    let count = 0;
    let max = 0;
    seen.times.forEach((arrivedAt, index) => {
      if (seen.clients[index] === sender) return;
      const delay = arrivedAt - sent;
      delays.push(Math.round(delay * 1000) / 1000);
      count += 1;
      max = Math.max(max, delay);
    });
    perVersion[version] = { count, max };
  }
  return { delays, perVersion };
}

/** Answers one of the queue scenario's requests (see messages.ts). */
export async function handleQueue(request: QueueRequest): Promise<JoinRecord[] | QueueSendRecord[] | QueueTruth | QueueComparison | QueueCollected | number | null> {
  switch (request.op) {
    case 'queueConnect': {
      const created = request.clients.map((client) => new QueueDevice(client, request.url, request.credential, noteArrival));
      for (const device of created) devices.set(device.client, device);
      return Promise.all(created.map((device) => device.join()));
    }
    case 'queueRun':
      return run(request.plan);
    case 'queueLastChange':
      return lastChangeAt;
    case 'queueTruth':
      return truth(request.url, request.credential);
    case 'queueCompare':
      return compare(request.truth);
    case 'queueCollect':
      return collect(request.sentAt);
  }
}

/** Closes every queue device and forgets what they saw. */
export function closeQueueDevices(): void {
  for (const device of devices.values()) device.socket.disconnect();
  devices.clear();
  arrivals = new Map();
  senders = new Map();
  lastChangeAt = null;
}
