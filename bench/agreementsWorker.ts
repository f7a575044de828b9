// A share of the agreements scenario's phones, in a process of its own. Each phone keeps its view
// of the room as the app does (QueueDevice: a catch-up answer, then every change in version order)
// and answers or marks at random moments when the coordinator says so.
import { CHECK_IN_MARKS, ROUND_ANSWERS } from '@roundtable/shared';
import type { ActPlan, ActRecord, AgreementsAnswerEnvelope, AgreementsEnvelope, AgreementsRequest, FramesAnswer, SharedAgreements, ViewComparison } from './agreementsPool.ts';
import { now, sleep } from './clock.ts';
import { QueueDevice } from './queueDevice.ts';

/** How often a phone gives a reason with its answer, and how often it lets its name go with it. */
const REASON_CHANCE = 0.3;
const NAMED_CHANCE = 0.5;
const REACH_POLL_MS = 20;

const phones = new Map<number, QueueDevice>();
/** Per room version, the local phones that received it, the size of its frame at each, and whether it held an answer or a mark. */
const frames = new Map<number, { clients: number[]; bytes: number[]; personal: boolean[] }>();
const CHANGE_FRAME = /^2\["room:change",\{"v":(\d+),/;
const PERSONAL = /"agreements\.(answerSaved|markSaved)"/;

/** An Engine.IO packet on a WebSocket is one text frame: 2 to 10 header bytes, its type digit, its data. */
function frameBytes(packet: { data?: unknown }): number {
  const data = packet.data;
  const payload = 1 + (typeof data === 'string' ? Buffer.byteLength(data) : data instanceof Uint8Array ? data.byteLength : 0);
  return (payload < 126 ? 2 : payload < 65_536 ? 4 : 10) + payload;
}

/** Notes a `room:change` frame as it arrives, read from the frame itself. */
function onFrame(client: number, packet: { data?: unknown }): void {
  if (typeof packet.data !== 'string') return;
  const version = CHANGE_FRAME.exec(packet.data)?.[1];
  if (version === undefined) return;
  let seen = frames.get(Number(version));
  if (!seen) frames.set(Number(version), (seen = { clients: [], bytes: [], personal: [] }));
  seen.clients.push(client);
  seen.bytes.push(frameBytes(packet));
  seen.personal.push(PERSONAL.test(packet.data));
}

/** mulberry32: the same seed gives a phone the same choices in every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

async function sendAt(phone: QueueDevice, startedAt: number, atMs: number, type: string, payload: unknown): Promise<ActRecord> {
  await sleep(Math.max(0, startedAt + atMs - now()));
  const { client, sentAt, ackedAt, ok, version, code } = await phone.send(type, payload);
  return { client, sentAt, ackedAt, ok, version, code };
}

/** One phone's part in a phase: its answer, or a mark for each agreement, each at a random moment. */
async function act(phone: QueueDevice, plan: ActPlan, startedAt: number): Promise<ActRecord[]> {
  const random = seededRandom(plan.seed * 100_003 + phone.client);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  if (plan.kind === 'answer') {
    const reason = random() < REASON_CHANCE ? `Phone ${phone.client} would like a word about this first.` : null;
    const payload = { answer: pick(ROUND_ANSWERS), reason, named: random() < NAMED_CHANCE };
    return [await sendAt(phone, startedAt, random() * plan.windowMs, 'agreements.answer', payload)];
  }
  const moments = plan.agreementIds.map((agreementId) => ({ agreementId, at: random() * plan.windowMs, mark: pick(CHECK_IN_MARKS) }));
  const records: ActRecord[] = [];
  for (const { agreementId, at, mark } of moments.sort((a, b) => a.at - b.at)) {
    records.push(await sendAt(phone, startedAt, at, 'agreements.checkIn', { agreementId, mark }));
  }
  return records;
}

/** Where two JSON values first part, comparing objects by their keys whatever their order; null if equal. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null || Array.isArray(a) !== Array.isArray(b)) return path || '(all)';
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
    const found = firstDifference(left[key], right[key], path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

function compare(truth: SharedAgreements): ViewComparison {
  const result: ViewComparison = { compared: 0, matching: 0, firstDifference: null };
  for (const phone of phones.values()) {
    if (!phone.view) continue;
    result.compared += 1;
    const { agreements, round, checkIns } = phone.view.agreements;
    // The author of an anonymous proposal is the one thing a phone may see that the truth (a facilitator's view) does not.
    const seen = Object.fromEntries(Object.entries(agreements).map(([id, agreement]) => [id, { ...agreement, authorId: agreement.anonymous ? null : agreement.authorId }]));
    const path = firstDifference({ agreements: seen, round, checkIns }, truth);
    if (path === null) result.matching += 1;
    else result.firstDifference ??= { client: phone.client, path };
  }
  return result;
}

async function reach(version: number, timeoutMs: number): Promise<number> {
  const deadline = now() + timeoutMs;
  const behind = () => [...phones.values()].filter((phone) => phone.view && phone.version < version).length;
  while (behind() > 0 && now() < deadline) await sleep(REACH_POLL_MS);
  return behind();
}

async function handle(request: AgreementsRequest): Promise<unknown> {
  switch (request.op) {
    case 'connect': {
      const created = request.clients.map((client) => new QueueDevice(client, request.url, request.credential, () => undefined));
      for (const phone of created) {
        phones.set(phone.client, phone);
        phone.socket.io.on('open', () => phone.socket.io.engine.on('packet', (packet) => onFrame(phone.client, packet)));
      }
      return Promise.all(created.map((phone) => phone.join()));
    }
    case 'act': {
      const startedAt = now();
      return (await Promise.all([...phones.values()].filter((phone) => phone.view).map((phone) => act(phone, request.plan, startedAt)))).flat();
    }
    case 'frames': {
      const answer: FramesAnswer = { bytes: [], othersAnswers: 0 };
      for (const [version, sender] of Object.entries(request.senders)) {
        const seen = frames.get(Number(version));
        seen?.clients.forEach((client, index) => {
          if (client === sender) return;
          answer.bytes.push(seen.bytes[index]!);
          if (seen.personal[index]) answer.othersAnswers += 1;
        });
      }
      return answer;
    }
    case 'reach':
      return reach(request.version, request.timeoutMs);
    case 'compare':
      return compare(request.truth);
    case 'disconnect':
      for (const phone of phones.values()) phone.socket.disconnect();
      phones.clear();
      return null;
  }
}

process.on('message', (envelope: AgreementsEnvelope) => {
  const reply = (answer: AgreementsAnswerEnvelope): void => void process.send?.(answer);
  handle(envelope.request).then(
    (answer) => reply({ seq: envelope.seq, answer }),
    (error: unknown) => reply({ seq: envelope.seq, error: error instanceof Error ? error.message : String(error) }),
  );
});
// The coordinator going away, however it ends, ends this process too.
process.on('disconnect', () => process.exit(0));
