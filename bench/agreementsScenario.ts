// Agreements under a full room: N phones answer one consent round at random moments within a
// window (some with reasons), then mark every adopted agreement at a check-in. Timed from each
// phone's send to its acknowledgement and to the screen showing the new counts; sized by the frame
// each other phone receives; and at the end every device's records must equal the server's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCheckIn, type Credential } from '@roundtable/shared';
import { AgreementsPool, type ActPlan, type ActRecord, type SharedAgreements, type ViewComparison } from './agreementsPool.ts';
import { summarisePhase, type AgreementsPlan, type AgreementsResult, type PhaseResult } from './agreementsSummary.ts';
import { now, sleep } from './clock.ts';
import type { BenchOptions } from './options.ts';
import { sampleProcess, startChild, type RunningChild } from './processes.ts';
import { QueueDevice } from './queueDevice.ts';
import { createRoom, participantToken, SERVER_SCRIPT, SETTLE_MS } from './scenario.ts';
import { summariseJoins } from './summary.ts';

/** Every phone acts within this window, ms. */
const WINDOW_MS = 10_000;
/** How long every device has to reach a phase's last version before the bench counts who is behind. */
const REACH_TIMEOUT_MS = 30_000;
const ADOPTED = ['We take turns to speak and let people finish.', 'Phones on silent, and it is fine to step out.'];
const PROPOSAL = 'We start on time and finish on time, and say so when that is hard.';

export function agreementsPlan(options: BenchOptions): AgreementsPlan {
  return { phones: options.agreementsPhones, windowMs: WINDOW_MS, seed: options.seed, workers: options.workers };
}

/** The facilitator and the screen live in the coordinator; the screen notes when each version reaches it. */
class Room {
  readonly screenArrivals = new Map<number, number>();
  readonly facilitator: QueueDevice;
  readonly screen: QueueDevice;
  readonly url: string;
  readonly credentials: Record<'facilitator' | 'screen', Credential>;

  constructor(url: string, credentials: Record<'facilitator' | 'screen', Credential>) {
    this.url = url;
    this.credentials = credentials;
    this.facilitator = new QueueDevice(-1, url, credentials.facilitator, () => undefined);
    this.screen = new QueueDevice(-2, url, credentials.screen, (_device, version, arrivedAt) => this.screenArrivals.set(version, arrivedAt));
  }

  async send(type: string, payload: unknown): Promise<number> {
    const record = await this.facilitator.send(type, payload);
    if (!record.ok || record.version === null) throw new Error(`The facilitator's ${type} was refused: ${record.code}`);
    return record.version;
  }

  /** Proposes `text` and gives the new agreement's id, from the facilitator's own view. */
  async propose(text: string): Promise<string> {
    await this.reachHere(await this.send('agreements.propose', { text, anonymous: false }));
    const agreement = Object.values(this.facilitator.view!.agreements.agreements).find((candidate) => candidate.text === text);
    if (!agreement) throw new Error('The proposal did not reach the facilitator.');
    return agreement.id;
  }

  async reachHere(version: number): Promise<void> {
    const deadline = now() + REACH_TIMEOUT_MS;
    while ((this.facilitator.version < version || this.screen.version < version) && now() < deadline) await sleep(10);
  }

  /** The records as a fresh facilitator connection's catch-up gives them: the server's truth. */
  async truth(): Promise<SharedAgreements> {
    const fresh = new QueueDevice(-3, this.url, this.credentials.facilitator, () => undefined);
    await fresh.join();
    fresh.socket.disconnect();
    if (!fresh.view) throw new Error('A fresh facilitator connection could not catch up.');
    const { agreements, round, checkIns } = fresh.view.agreements;
    return { agreements, round, checkIns };
  }
}

function compareHere(room: Room, truth: SharedAgreements): ViewComparison {
  const result: ViewComparison = { compared: 0, matching: 0, firstDifference: null };
  for (const device of [room.facilitator, room.screen]) {
    const { agreements, round, checkIns } = device.view!.agreements;
    result.compared += 1;
    if (JSON.stringify({ agreements, round, checkIns }) === JSON.stringify(truth)) result.matching += 1;
    else result.firstDifference ??= { client: device.client, path: '(a coordinator device)' };
  }
  return result;
}

/** Every phone acts once per plan; then the facilitator closes the phase with `close`, and every device is checked. */
async function phase(room: Room, pool: AgreementsPool, server: RunningChild, label: string, plan: ActPlan, close: () => Promise<number>): Promise<PhaseResult> {
  room.screenArrivals.clear();
  const cpuBefore = sampleProcess(server.pid).cpuMs;
  const sends: ActRecord[] = (await pool.all(() => ({ op: 'act', plan }))).flat();
  const serverCpuMs = sampleProcess(server.pid).cpuMs - cpuBefore;
  const lastVersion = Math.max(0, ...sends.map((send) => send.version ?? 0));
  await room.reachHere(lastVersion);
  await pool.all(() => ({ op: 'reach', version: lastVersion, timeoutMs: REACH_TIMEOUT_MS }));
  const senders: Record<number, number> = {};
  for (const send of sends) if (send.ok && send.version !== null) senders[send.version] = send.client;
  const frames = await pool.all(() => ({ op: 'frames', senders }));
  const bytes = frames.flatMap((answer) => answer.bytes);
  const othersAnswers = frames.reduce((sum, answer) => sum + answer.othersAnswers, 0);

  const closed = await close();
  await room.reachHere(closed);
  const behind = (await pool.all(() => ({ op: 'reach', version: closed, timeoutMs: REACH_TIMEOUT_MS }))).reduce((sum, count) => sum + count, 0);
  const truth = await room.truth();
  const comparisons = [...(await pool.all(() => ({ op: 'compare', truth }))), compareHere(room, truth)];
  const consistency: ViewComparison = {
    compared: comparisons.reduce((sum, comparison) => sum + comparison.compared, 0),
    matching: comparisons.reduce((sum, comparison) => sum + comparison.matching, 0),
    firstDifference: comparisons.find((comparison) => comparison.firstDifference)?.firstDifference ?? null,
  };
  return summarisePhase({ label, sends, screenArrivals: room.screenArrivals, bytes, othersAnswers, consistency, behind, serverCpuMs });
}

export async function runAgreements(plan: AgreementsPlan): Promise<AgreementsResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
  const pool = new AgreementsPool(plan.workers);
  let server: RunningChild | null = null;
  let room: Room | null = null;
  try {
    server = await startChild('server', SERVER_SCRIPT, { DATA_DIR: dataDir });
    const created = await createRoom(server.url);
    const participant: Credential = { kind: 'participant', token: participantToken(created) };
    room = new Room(server.url, {
      facilitator: { kind: 'facilitator', roomId: created.roomId, key: created.facilitatorKey },
      screen: { kind: 'screen', token: new URL(created.links.screen).pathname.split('/').pop() ?? '' },
    });
    for (const device of [room.facilitator, room.screen]) {
      const joined = await device.join();
      if (!joined.syncedAt) throw new Error(`The ${device.role} could not get in: ${joined.error}`);
    }
    const shares = pool.share(plan.phones);
    const joins = (await pool.all((index) => ({ op: 'connect', url: server!.url, credential: participant, clients: shares[index] ?? [] }))).flat();
    const join = summariseJoins(joins);
    if (join.joined < 2) throw new Error(`Only ${join.joined} of ${plan.phones} phones got in (${join.errors.join('; ')}).`);

    for (const text of ADOPTED) {
      const agreementId = await room.propose(text);
      await room.send('agreements.openRound', { agreementId });
      await room.send('agreements.closeRound', { decision: 'adopted' });
    }
    const proposalId = await room.propose(PROPOSAL);
    const opened = await room.send('agreements.openRound', { agreementId: proposalId });
    await pool.all(() => ({ op: 'reach', version: opened, timeoutMs: REACH_TIMEOUT_MS }));
    await sleep(SETTLE_MS);

    const current = room;
    const roundPhase = await phase(current, pool, server, 'consent round', { kind: 'answer', windowMs: plan.windowMs, seed: plan.seed, agreementIds: [] }, () =>
      current.send('agreements.closeRound', { decision: 'adopted' }),
    );
    await current.reachHere(await current.send('agreements.startCheckIn', {}));
    const agreementIds = openCheckIn(current.facilitator.view!.agreements)?.agreementIds ?? [];
    await pool.all(() => ({ op: 'reach', version: current.facilitator.version, timeoutMs: REACH_TIMEOUT_MS }));
    let checkInTotals = { done: 0, talk: {} as Record<string, number> };
    const checkInPhase = await phase(current, pool, server, 'check-in', { kind: 'mark', windowMs: plan.windowMs, seed: plan.seed + 1, agreementIds }, async () => {
      const open = openCheckIn(current.facilitator.view!.agreements);
      checkInTotals = { done: open?.done ?? 0, talk: open?.talk ?? {} };
      return current.send('agreements.endCheckIn', {});
    });
    const counts = current.facilitator.view!.agreements.agreements[proposalId]?.rounds.at(-1)?.counts ?? {};
    return {
      label: `Agreements ${plan.phones}`,
      plan,
      join,
      round: roundPhase,
      checkIn: checkInPhase,
      record: { counts, checkInDone: checkInTotals.done, talk: checkInTotals.talk },
    };
  } finally {
    await pool.all(() => ({ op: 'disconnect' })).catch(() => undefined);
    pool.close();
    room?.facilitator.socket.disconnect();
    room?.screen.socket.disconnect();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
