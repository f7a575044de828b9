// The definition cards scenario inside a client worker: this worker's share of the phones
// answering every card at random moments, the facilitator if it lives here, and what each device
// received, down to the bytes of each frame.
import { CARD_ANSWERS, orderedCards, type Change, type Credential } from '@roundtable/shared';
import { now, sleep } from './clock.ts';
import type { AnswerRecord, DefinitionsPlan, DefinitionsRequest, DefinitionsTruth, DeviceReceipt, RevealRecord } from './definitionsMessages.ts';
import type { JoinRecord } from './messages.ts';
import { QueueDevice } from './queueDevice.ts';

const COLLECT_POLL_MS = 20;

interface Watched {
  device: QueueDevice;
  /** Room versions this device's own commands made, from their acknowledgements. */
  ownVersions: Set<number>;
  /** Size of the last frame received: the `room:change` listener reads it. */
  lastFrameBytes: number;
  answering: boolean;
  /** Frames received during the answering: room changes by version, and everything else. */
  changeFrames: { version: number; bytes: number }[];
  otherFrameBytes: number;
  reveal: { version: number; arrivedAt: number; frameBytes: number } | null;
  progressArrivals: Record<number, number>;
}

const watched = new Map<number, Watched>();

/** A WebSocket text frame from the server: 2 to 10 header bytes, then Engine.IO's type digit and the data. */
function frameBytes(packet: { data?: unknown }): number {
  const data = packet.data;
  const payload = 1 + (typeof data === 'string' ? Buffer.byteLength(data) : data instanceof Uint8Array ? data.byteLength : 0);
  return (payload < 126 ? 2 : payload < 65_536 ? 4 : 10) + payload;
}

function watch(client: number, url: string, credential: Credential): Watched {
  const entry: Watched = {
    device: new QueueDevice(client, url, credential, () => undefined),
    ownVersions: new Set(),
    lastFrameBytes: 0,
    answering: false,
    changeFrames: [],
    otherFrameBytes: 0,
    reveal: null,
    progressArrivals: {},
  };
  const { socket } = entry.device;
  socket.io.on('open', () => {
    socket.io.engine.on('packet', (packet) => {
      entry.lastFrameBytes = frameBytes(packet);
      // Engine.IO pings and Socket.IO acknowledgements and events all come through here; changes are told apart below.
      if (entry.answering) entry.otherFrameBytes += entry.lastFrameBytes;
    });
  });
  socket.on('room:change', (change: Change) => {
    const arrivedAt = now();
    if (!entry.reveal && change.deltas.some((delta) => delta.type === 'definitions.revealSaved' && delta.revealed)) {
      entry.reveal = { version: change.v, arrivedAt, frameBytes: entry.lastFrameBytes };
      // The answering is over for this device, whether or not its worker has been told yet.
      if (entry.answering) entry.otherFrameBytes -= entry.lastFrameBytes;
      entry.answering = false;
    }
    if (entry.answering) {
      entry.changeFrames.push({ version: change.v, bytes: entry.lastFrameBytes });
      entry.otherFrameBytes -= entry.lastFrameBytes;
    }
    if (entry.device.role === 'facilitator') entry.progressArrivals[change.v] = arrivedAt;
  });
  return entry;
}

/** A small seeded generator (mulberry32): the same seed gives a phone the same moments and answers in every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** One phone: each card of its deck answered once, at moments drawn evenly over the window. */
async function answerDeck(entry: Watched, plan: DefinitionsPlan, startedAt: number, records: AnswerRecord[]): Promise<void> {
  const { device } = entry;
  const random = seededRandom(plan.seed * 100_003 + device.client);
  const cards = orderedCards(device.view!.definitions);
  const moments = cards.map((card) => ({ card, at: random() * plan.windowMs, answer: CARD_ANSWERS[Math.floor(random() * CARD_ANSWERS.length)]! }));
  moments.sort((a, b) => a.at - b.at);
  for (const { card, at, answer } of moments) {
    const wait = startedAt + at - now();
    if (wait > 0) await sleep(wait);
    const sent = await device.send('definitions.answer', { cardId: card.id, answer });
    if (sent.ok && sent.version !== null) entry.ownVersions.add(sent.version);
    records.push({ client: device.client, cardId: card.id, answer, sentAt: sent.sentAt, ackedAt: sent.ackedAt, ok: sent.ok, version: sent.version, code: sent.code });
  }
}

async function answerAll(plan: DefinitionsPlan): Promise<AnswerRecord[]> {
  const records: AnswerRecord[] = [];
  for (const entry of watched.values()) entry.answering = true;
  const startedAt = now();
  const phones = [...watched.values()].filter((entry) => entry.device.role === 'participant' && entry.device.view);
  await Promise.all(phones.map((entry) => answerDeck(entry, plan, startedAt, records)));
  return records;
}

async function reveal(): Promise<RevealRecord> {
  const facilitator = [...watched.values()].find((entry) => entry.device.role === 'facilitator');
  if (!facilitator) throw new Error('The facilitator is not in this worker.');
  for (const entry of watched.values()) entry.answering = false;
  const sent = await facilitator.device.send('definitions.setRevealed', { revealed: true });
  return { sentAt: sent.sentAt, ackedAt: sent.ackedAt, ok: sent.ok, version: sent.version, code: sent.code };
}

/** Stops counting answering bytes (a worker with no facilitator is told here), waits for `version`, and reports. */
async function collect(version: number, timeoutMs: number): Promise<DeviceReceipt[]> {
  for (const entry of watched.values()) entry.answering = false;
  const deadline = now() + timeoutMs;
  const joined = [...watched.values()].filter((entry) => entry.device.view);
  while (joined.some((entry) => entry.device.version < version) && now() < deadline) await sleep(COLLECT_POLL_MS);
  return joined.map((entry): DeviceReceipt => {
    const own = entry.changeFrames.filter((frame) => entry.ownVersions.has(frame.version));
    const other = entry.changeFrames.filter((frame) => !entry.ownVersions.has(frame.version));
    const sum = (frames: { bytes: number }[]) => frames.reduce((total, frame) => total + frame.bytes, 0);
    const view = entry.device.view!.definitions;
    return {
      client: entry.device.client,
      role: entry.device.role,
      answering: { ownChangeBytes: sum(own), otherChangeBytes: sum(other), otherChanges: other.length, otherFrameBytes: entry.otherFrameBytes },
      reveal: entry.reveal && { arrivedAt: entry.reveal.arrivedAt, frameBytes: entry.reveal.frameBytes },
      progressArrivals: entry.progressArrivals,
      tallies: view.tallies,
      revealed: view.revealed,
      version: entry.device.version,
    };
  });
}

async function truth(url: string, credential: Credential): Promise<DefinitionsTruth> {
  const fresh = new QueueDevice(-1, url, credential, () => undefined);
  const joined = await fresh.join();
  fresh.socket.disconnect();
  if (!fresh.view) throw new Error(`A fresh facilitator connection could not catch up: ${joined.error}`);
  const { tallies, revealed, respondents, cards } = fresh.view.definitions;
  return { version: fresh.version, revealed, tallies, respondents, cards: Object.keys(cards).length };
}

/** Answers one of the definition cards scenario's requests (see definitionsMessages.ts). */
export async function handleDefinitions(request: DefinitionsRequest): Promise<JoinRecord[] | AnswerRecord[] | RevealRecord | DeviceReceipt[] | DefinitionsTruth> {
  switch (request.op) {
    case 'definitionsConnect': {
      const created = request.clients.map((client) => watch(client, request.url, request.credential));
      for (const entry of created) watched.set(entry.device.client, entry);
      return Promise.all(created.map((entry) => entry.device.join()));
    }
    case 'definitionsAnswer':
      return answerAll(request.plan);
    case 'definitionsReveal':
      return reveal();
    case 'definitionsCollect':
      return collect(request.version, request.timeoutMs);
    case 'definitionsTruth':
      return truth(request.url, request.credential);
  }
}

/** Closes every device of this scenario and forgets what they received. */
export function closeDefinitionsDevices(): void {
  for (const entry of watched.values()) entry.device.socket.disconnect();
  watched.clear();
}
