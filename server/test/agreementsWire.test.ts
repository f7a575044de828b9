import { FACILITATOR_MEMBER_ID, type RoomView, type Viewer } from '@roundtable/shared';
import { expect, it } from 'vitest';
import { eventually, TestClient, useTestRoom } from './support/harness.ts';

const testRoom = useTestRoom('Ground rules');
const { device, ok, serverView } = testRoom;



type Json = Record<string, unknown>;

/** Every agreements delta `client` received from message `from` on, live or in a catch-up answer. */
function agreementDeltas(client: TestClient, from = 0): Json[] {
  const found: Json[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const record = value as Json;
    if (typeof record.type === 'string' && record.type.startsWith('agreements.')) found.push(record);
    Object.values(record).forEach(walk);
  };
  for (const message of client.received.slice(from)) walk(JSON.parse(message));
  return found;
}

/** Every whole copy of the agreements `client` received in a catch-up answer. */
function snapshots(client: TestClient): RoomView['agreements'][] {
  return client.received
    .map((message) => JSON.parse(message) as [string, { mode?: string; view?: RoomView }])
    .flatMap(([event, answer]) => (event === 'session:sync (answer)' && answer.view ? [answer.view.agreements] : []));
}

const ofType = (deltas: Json[], type: string) => deltas.filter((delta) => delta.type === type);

/** Closes the phone's connection at the transport, as a phone losing its signal would: no goodbye is sent. */
function dropHard(client: TestClient): void {
  client.socket.io.engine.close();
}

it('keeps answers, reasons and marks where they belong, and counts an answer from a phone that dropped', async () => {
  const facilitator = await device('facilitator');
  const screen = await device('screen');
  const phones = [await device('participant'), await device('participant'), await device('participant')];
  const [ana, ben, cy] = phones as [TestClient, TestClient, TestClient];
  const [anaId, benId, cyId] = phones.map((phone) => phone.me!.memberId!) as [string, string, string];
  await ok(ana, 'member.setName', { name: 'Ana' });
  await ok(ben, 'member.setName', { name: 'Ben' });

  // Round 1, on the facilitator's proposal. Ana gives her name with her reason; Ben does not.
  await ok(facilitator, 'agreements.propose', { text: 'We take turns', anonymous: false }, 'agreement-turns');
  await ok(facilitator, 'agreements.openRound', { agreementId: 'agreement-turns' });
  await ok(ana, 'agreements.answer', { answer: 'agree', reason: 'Fair for all', named: true });
  await ok(ben, 'agreements.answer', { answer: 'cannotAgree', reason: 'Some of us need longer', named: false });
  await ok(cy, 'agreements.answer', { answer: 'notSure', reason: null, named: true });
  const everyone = [facilitator, screen, ...phones];
  await eventually(() => {
    for (const client of everyone) expect(client.view!.agreements.round?.counts).toEqual({ agree: 1, notSure: 1, cannotAgree: 1 });
  });
  expect(ofType(agreementDeltas(facilitator), 'agreements.reasonSaved').map((delta) => delta.reason)).toEqual([
    { answer: 'agree', text: 'Fair for all', name: 'Ana' },
    { answer: 'cannotAgree', text: 'Some of us need longer', name: null },
  ]);
  for (const client of [screen, ...phones]) expect(ofType(agreementDeltas(client), 'agreements.reasonSaved')).toEqual([]);

  // Cy changes its answer, is told it is saved, and loses its signal before anything else arrives.
  await ok(cy, 'agreements.answer', { answer: 'agree', reason: null, named: false });
  dropHard(cy);
  expect(cy.socket.connected).toBe(false);
  await eventually(() => expect(facilitator.view!.agreements.round?.counts).toEqual({ agree: 2, notSure: 0, cannotAgree: 1 }));
  const away = cy.received.length;
  await cy.connect();
  expect(cy.received.slice(away).find((message) => message.startsWith('["session:sync (answer)"'))).toContain('"mode":"changes"');
  expect(cy.view!.agreements.roundAnswers).toEqual({ [cyId]: { answer: 'agree', reason: null, named: false, reasonKey: '3' } });
  expect(cy.view!.agreements.round?.counts).toEqual({ agree: 2, notSure: 0, cannotAgree: 1 });
  await ok(facilitator, 'agreements.closeRound', { decision: 'adopted' });

  // Round 2, on Ben's anonymous proposal: Cy answers, drops, and the round closes while it is away.
  await ok(ben, 'agreements.propose', { text: 'We keep to time', anonymous: true }, 'agreement-times');
  await ok(facilitator, 'agreements.openRound', { agreementId: 'agreement-times' });
  await ok(ana, 'agreements.answer', { answer: 'notSure', reason: null, named: false });
  await ok(cy, 'agreements.answer', { answer: 'cannotAgree', reason: 'Buses are late', named: false });
  dropHard(cy);
  await ok(facilitator, 'agreements.closeRound', { decision: 'undecided' });
  const truth = await serverView({ role: 'facilitator', memberId: FACILITATOR_MEMBER_ID });
  expect(truth.agreements.agreements['agreement-turns']?.rounds.map((round) => round.counts)).toEqual([{ agree: 2, notSure: 0, cannotAgree: 1 }]);
  expect(truth.agreements.agreements['agreement-times']?.rounds.map((round) => round.counts)).toEqual([{ agree: 0, notSure: 1, cannotAgree: 1 }]);
  await cy.connect();

  // A check-in on the adopted agreement: two marks to talk, one that it works.
  await ok(ben, 'member.setName', { name: 'Benjamin' });
  await ok(facilitator, 'agreements.startCheckIn', {});
  await ok(ana, 'agreements.checkIn', { agreementId: 'agreement-turns', mark: 'talk' });
  await ok(ben, 'agreements.checkIn', { agreementId: 'agreement-turns', mark: 'works' });
  const last = await ok(cy, 'agreements.checkIn', { agreementId: 'agreement-turns', mark: 'talk' });
  for (const client of everyone) await client.waitForVersion(last);
  for (const client of everyone) expect(client.view!.agreements.checkIns.at(-1)).toMatchObject({ talk: { 'agreement-turns': 2 }, done: 3 });

  // Every device's view is the server's view for it, with the round records alike everywhere.
  const viewers = new Map<TestClient, Viewer>([
    [facilitator, { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }],
    [screen, { role: 'screen', memberId: null }],
    [ana, { role: 'participant', memberId: anaId }],
    [ben, { role: 'participant', memberId: benId }],
    [cy, { role: 'participant', memberId: cyId }],
  ]);
  for (const [client, viewer] of viewers) expect(client.view, viewer.role).toEqual(await serverView(viewer));
  expect(ben.view!.agreements.agreements['agreement-times']?.authorId).toBe(benId);

  for (const [client, viewer] of viewers) {
    const deltas = agreementDeltas(client);
    const label = `${viewer.role} ${viewer.memberId ?? ''}`;
    // No device but the answerer receives an answer or a mark.
    for (const type of ['agreements.answerSaved', 'agreements.markSaved']) {
      for (const delta of ofType(deltas, type)) expect(delta.memberId, label).toBe(viewer.memberId);
    }
    for (const view of snapshots(client)) {
      expect(Object.keys(view.roundAnswers), label).toEqual(Object.keys(view.roundAnswers).length ? [viewer.memberId] : []);
      expect(Object.keys(view.checkInMarks), label).toEqual(Object.keys(view.checkInMarks).length ? [viewer.memberId] : []);
    }
    // Counts reach everyone: the open round is sent again after each of the six answers.
    if (client !== cy) expect(ofType(deltas, 'agreements.roundSaved').length, label).toBe(10);
  }
  expect(ofType(agreementDeltas(ana), 'agreements.answerSaved')).toHaveLength(2);
  expect(ofType(agreementDeltas(cy), 'agreements.markSaved')).toEqual([{ type: 'agreements.markSaved', memberId: cyId, agreementId: 'agreement-turns', mark: 'talk' }]);
  for (const client of [facilitator, screen]) expect(ofType(agreementDeltas(client), 'agreements.markSaved'), client.me!.role).toEqual([]);

  // The screen never receives a member id in anything about the agreements.
  const screenDeltas = JSON.stringify(agreementDeltas(screen));
  for (const memberId of [anaId, benId, cyId]) expect(screenDeltas).not.toContain(memberId);
  expect(screenDeltas).toContain('agreement-times');
});
