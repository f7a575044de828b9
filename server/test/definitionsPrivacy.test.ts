import { FACILITATOR_MEMBER_ID, type DefinitionsState, type Viewer } from '@roundtable/shared';
import { expect, it } from 'vitest';
import { eventually, TestClient, useTestRoom } from './support/harness.ts';

const testRoom = useTestRoom('What is co-production?');
const { device } = testRoom;

async function serverState(): Promise<DefinitionsState> {
  const record = await testRoom.server.registry.find({ by: 'id', id: testRoom.room.roomId });
  if (!record) throw new Error('Room not found');
  return (await testRoom.server.registry.room(record)).viewFor({ role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }).definitions;
}

type Json = Record<string, unknown>;

/** What a device was sent about the definition cards: every delta, and every copy of the whole tool (snapshots). */
interface Sent {
  deltas: Json[];
  states: DefinitionsState[];
}

function walk(value: unknown, into: Sent): void {
  if (Array.isArray(value)) {
    for (const entry of value) walk(entry, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Json;
  if (typeof record.type === 'string' && record.type.startsWith('definitions.')) into.deltas.push(record);
  if ('answers' in record && 'tallies' in record && 'respondents' in record) into.states.push(record as unknown as DefinitionsState);
  for (const inner of Object.values(record)) walk(inner, into);
}

/** Everything `client` received from message `from` on, live changes and catch-up answers alike. */
function sentTo(client: TestClient, from = 0): Sent {
  const into: Sent = { deltas: [], states: [] };
  for (const message of client.received.slice(from)) walk(JSON.parse(message), into);
  return into;
}

const ofType = (sent: Sent, type: string) => sent.deltas.filter((delta) => delta.type === type);
const COUNT_TYPES = ['definitions.answeredSaved'];
const TALLY_TYPES = ['definitions.tallySaved', 'definitions.revealSaved'];

/** No answer but the device's own member's, in any delta or copy of the tool. */
function expectOnlyOwnAnswers(sent: Sent, memberId: string | null, label: string): void {
  for (const delta of ofType(sent, 'definitions.answerSaved')) expect(delta.memberId, label).toBe(memberId);
  for (const state of sent.states) {
    for (const byMember of Object.values(state.answers)) expect(Object.keys(byMember), label).toEqual([memberId]);
  }
}

/** No supporter but the device's own member, and no anonymous author but its own. */
function expectOnlyOwnSupportAndAuthorship(sent: Sent, memberId: string | null, label: string): void {
  for (const delta of ofType(sent, 'definitions.supportSaved')) expect(delta.memberId, label).toBe(memberId);
  const proposals = [
    ...ofType(sent, 'definitions.proposalSaved').map((delta) => delta.proposal as Json),
    ...sent.states.flatMap((state) => Object.values(state.proposals) as unknown as Json[]),
  ];
  expect(proposals.length, label).toBeGreaterThan(0);
  for (const proposal of proposals) if (proposal.anonymous) expect([null, memberId], label).toContain(proposal.authorId);
  for (const state of sent.states) for (const members of Object.values(state.supports)) expect(members, label).toEqual([memberId]);
}

it('keeps each answer on its own phone, the counts on the console and the tallies hidden until the reveal', async () => {
  const facilitator = await device('facilitator');
  const screen = await device('screen');
  const phones = [await device('participant'), await device('participant'), await device('participant')];
  const [ana, ben, cy] = phones as [TestClient, TestClient, TestClient];
  const memberIds = phones.map((phone) => phone.me!.memberId!);
  const cards = ['starter-card-01', 'starter-card-02', 'starter-card-03', 'starter-card-04'];
  const answer = async (phone: TestClient, card: number, given: string | null) => {
    expect(await phone.send('definitions.answer', { cardId: cards[card], answer: given })).toMatchObject({ ok: true });
  };

  await answer(ana, 0, 'agree');
  await answer(ben, 0, 'disagree');
  await answer(cy, 0, 'agree');
  await answer(ana, 1, 'notSure');
  await answer(ana, 1, 'disagree');
  // Ben's phone drops, others answer meanwhile, and it catches up from where it was.
  ben.disconnect();
  await answer(cy, 1, 'disagree');
  await answer(cy, 2, 'notSure');
  await answer(ana, 2, 'agree');
  await answer(cy, 2, null);
  const away = ben.received.length;
  await ben.connect();
  expect(ben.received.slice(away).find((message) => message.startsWith('["session:sync (answer)"'))).toContain('"mode":"changes"');
  await answer(ben, 1, 'agree');
  await answer(ben, 3, 'agree');
  // Suggestions: one anonymous, supported by the two others.
  expect(await ana.send('definitions.propose', { text: 'Sharing power', anonymous: true })).toMatchObject({ ok: true });
  const proposalId = Object.keys((await serverState()).proposals)[0]!;
  for (const supporter of [ben, cy]) expect(await supporter.send('definitions.support', { proposalId, supported: true })).toMatchObject({ ok: true });
  await eventually(() => expect(facilitator.view!.definitions).toMatchObject({ respondents: 3, answered: { [cards[0]!]: 3, [cards[1]!]: 3, [cards[2]!]: 1, [cards[3]!]: 1 } }));
  await eventually(() => expect(screen.view!.definitions.proposals[proposalId]?.supportCount).toBe(2));
  // Devices joining now get a snapshot of the room with the answers in it.
  const lateScreen = await device('screen');
  const lateConsole = await device('facilitator');
  for (const client of [facilitator, screen, ...phones]) await client.sync();

  // Before the reveal.
  const everyone = [facilitator, lateConsole, screen, lateScreen, ...phones];
  const label = (client: TestClient) => `${client.me!.role} ${client.me!.memberId ?? ''}`;
  const before = new Map(everyone.map((client) => [client, client.received.length]));
  for (const client of everyone) {
    const sent = sentTo(client);
    expect(sent.states.length, label(client)).toBeGreaterThan(0);
    expectOnlyOwnAnswers(sent, client.me!.memberId, label(client));
    expectOnlyOwnSupportAndAuthorship(sent, client.me!.memberId, label(client));
    for (const type of TALLY_TYPES) expect(ofType(sent, type), label(client)).toEqual([]);
    for (const state of sent.states) expect(state.tallies, label(client)).toEqual({});
    if (client === facilitator) {
      expect(ofType(sent, 'definitions.answeredSaved')).toHaveLength(11);
    } else if (client === lateConsole) {
      expect(sent.states).toEqual([expect.objectContaining({ respondents: 3, answered: facilitator.view!.definitions.answered, answers: {} })]);
    } else {
      for (const type of COUNT_TYPES) expect(ofType(sent, type), label(client)).toEqual([]);
      for (const state of sent.states) expect(state, label(client)).toMatchObject({ answered: {}, respondents: 0 });
    }
  }
  // Phones and screens never receive another member's id at all: every suggestion was anonymous.
  for (const client of [screen, lateScreen, ...phones]) {
    const others = memberIds.filter((id) => id !== client.me!.memberId);
    for (const id of others) expect(client.received.join('\n'), label(client)).not.toContain(id);
  }
  // The checks above looked at something: each phone was sent its own answers.
  expect(phones.map((phone) => ofType(sentTo(phone), 'definitions.answerSaved').length)).toEqual([4, 3, 4]);
  expect(ana.view!.definitions.answers).toEqual({ [cards[0]!]: { [memberIds[0]!]: 'agree' }, [cards[1]!]: { [memberIds[0]!]: 'disagree' }, [cards[2]!]: { [memberIds[0]!]: 'agree' } });
  expect(ben.view!.definitions.supports).toEqual({ [proposalId]: [memberIds[1]] });

  // The reveal, then one more answer while revealed.
  expect(await facilitator.send('definitions.setRevealed', { revealed: true })).toMatchObject({ ok: true });
  await answer(cy, 3, 'disagree');
  const truth = await serverState();
  await eventually(() => {
    for (const client of everyone) expect(client.view!.definitions.tallies, label(client)).toEqual(truth.tallies);
  });
  const freshPhone = await device('participant');
  for (const client of [...everyone, freshPhone]) {
    const after = sentTo(client, before.get(client) ?? 0);
    expectOnlyOwnAnswers(sentTo(client), client.me!.memberId, label(client));
    if (client === freshPhone) {
      expect(after.states.at(-1)?.tallies).toEqual(truth.tallies);
      continue;
    }
    expect(ofType(after, 'definitions.revealSaved'), label(client)).toHaveLength(1);
    expect(ofType(after, 'definitions.tallySaved'), label(client)).toEqual([{ type: 'definitions.tallySaved', cardId: cards[3], tally: { agree: 1, notSure: 0, disagree: 1 } }]);
    const counts = ofType(after, 'definitions.answeredSaved');
    expect(counts, label(client)).toHaveLength(client.me!.role === 'facilitator' ? 1 : 0);
  }
  const viewers: Viewer[] = memberIds.map((memberId) => ({ role: 'participant', memberId }));
  for (const [index, phone] of phones.entries()) {
    const record = await testRoom.server.registry.find({ by: 'id', id: testRoom.room.roomId });
    expect(phone.view).toEqual((await testRoom.server.registry.room(record!)).viewFor(viewers[index]!));
  }
});
