import { FACILITATOR_MEMBER_ID, orderedHands, type CreateRoomResponse, type Hand, type RoomView } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { credentials, eventually, startTestServer, TestClient, type TestServer } from './support/harness.ts';

/** Short, so a test can outwait it; long enough that a quick reconnect on a busy machine fits inside. */
const GRACE_MS = 300;

let server: TestServer;
let room: CreateRoomResponse;
const clients: TestClient[] = [];

async function device(kind: 'facilitator' | 'participant' | 'screen', memberSecret?: string): Promise<TestClient> {
  const client = new TestClient(server.url, credentials(room)[kind], memberSecret ? { memberSecret } : {});
  clients.push(client);
  await client.connect();
  return client;
}

async function serverView(): Promise<RoomView> {
  const record = await server.registry.find({ by: 'id', id: room.roomId });
  if (!record) throw new Error('Room not found');
  return (await server.registry.room(record)).viewFor({ role: 'facilitator', memberId: FACILITATOR_MEMBER_ID });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Whose hands are up, in queue order, as this view shows them. */
const queueOf = (view: RoomView | null): (string | null)[] => (view ? orderedHands(view.queue).map((hand) => hand.memberId) : []);
const memberOf = (client: TestClient): string => client.me!.memberId!;

/** Phones that each raise a general turn, in the order given, seen by the facilitator. */
async function raiseHands(facilitator: TestClient, phones: TestClient[]): Promise<void> {
  for (const phone of phones) expect(await phone.send('queue.raiseHand', { card: 'speak' })).toMatchObject({ ok: true });
  await eventually(() => expect(queueOf(facilitator.view)).toEqual(phones.map(memberOf)));
}

beforeEach(async () => {
  server = await startTestServer(undefined, { HAND_GRACE_MS: String(GRACE_MS) });
  room = await server.createRoom('Planning the bus routes');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  await server.close();
});

describe('a raised hand when the phone drops', () => {
  it('stays up for the facilitator while the grace period runs', async () => {
    const facilitator = await device('facilitator');
    const [ana, ben] = [await device('participant'), await device('participant')];
    await raiseHands(facilitator, [ana, ben]);
    const versionBefore = facilitator.version;

    ana.disconnect();
    await sleep(GRACE_MS / 3);
    expect(queueOf(facilitator.view)).toEqual([memberOf(ana), memberOf(ben)]);
    expect(queueOf(await serverView())).toEqual([memberOf(ana), memberOf(ben)]);
    expect(facilitator.version).toBe(versionBefore);
  });

  it.each([
    { how: 'the same page reconnecting', comeBack: async (phone: TestClient) => (await phone.connect(), phone) },
    { how: 'a reloaded page bringing its secret', comeBack: (phone: TestClient) => device('participant', phone.memberSecret) },
  ])('keeps its hand and place when it comes back within the grace period: $how', async ({ comeBack }) => {
    const facilitator = await device('facilitator');
    const [ana, ben, cy] = [await device('participant'), await device('participant'), await device('participant')];
    await raiseHands(facilitator, [ana, ben, cy]);
    const anaHand = Object.values(facilitator.view!.queue.hands).find((hand) => hand.memberId === memberOf(ana));

    ana.disconnect();
    await sleep(GRACE_MS / 6);
    const back = await comeBack(ana);
    expect(back.me?.memberId).toBe(memberOf(ana));
    // Well past the moment the first absence would have run out.
    await sleep(GRACE_MS * 2);
    expect(queueOf(await serverView())).toEqual([memberOf(ana), memberOf(ben), memberOf(cy)]);
    expect(queueOf(facilitator.view)).toEqual([memberOf(ana), memberOf(ben), memberOf(cy)]);
    expect(back.view?.queue.hands[anaHand!.id]).toEqual(anaHand);

    // A later absence is timed afresh and, when it runs out, takes the hand down.
    back.disconnect();
    await sleep(GRACE_MS / 3);
    expect(queueOf(facilitator.view)).toEqual([memberOf(ana), memberOf(ben), memberOf(cy)]);
    await eventually(() => expect(queueOf(facilitator.view)).toEqual([memberOf(ben), memberOf(cy)]), GRACE_MS * 10);
  });

  it('is lowered once the phone has been away longer, and the facilitator sees it without reconnecting', async () => {
    const facilitator = await device('facilitator');
    const screen = await device('screen');
    const [ana, ben] = [await device('participant'), await device('participant')];
    await raiseHands(facilitator, [ana, ben]);
    const anaHand = orderedHands(facilitator.view!.queue)[0] as Hand;
    const facilitatorSocket = facilitator.socket.id;

    const left = Date.now();
    ana.disconnect();
    await eventually(() => expect(queueOf(facilitator.view)).toEqual([memberOf(ben)]), GRACE_MS * 10);
    expect(Date.now() - left).toBeGreaterThanOrEqual(GRACE_MS);
    expect(facilitator.socket.id).toBe(facilitatorSocket);
    expect(facilitator.received.some((message) => message.includes('"queue.handRemoved"') && message.includes(anaHand.id))).toBe(true);
    await eventually(() => expect(queueOf(screen.view)).toEqual([memberOf(ben)]));
    expect(queueOf(await serverView())).toEqual([memberOf(ben)]);

    // Coming back later, the phone finds its hand down and a new one goes to the back of the line.
    const back = await device('participant', ana.memberSecret);
    expect(queueOf(back.view)).toEqual([memberOf(ben)]);
    expect(await back.send('queue.raiseHand', { card: 'speak' })).toMatchObject({ ok: true });
    await eventually(() => expect(queueOf(facilitator.view)).toEqual([memberOf(ben), memberOf(ana)]));
  });

  it('stays up while another device of the same person is still connected', async () => {
    const facilitator = await device('facilitator');
    const phone = await device('participant');
    const tablet = await device('participant', phone.memberSecret);
    expect(tablet.me?.memberId).toBe(memberOf(phone));
    await raiseHands(facilitator, [phone]);

    phone.disconnect();
    await sleep(GRACE_MS * 2);
    expect(queueOf(facilitator.view)).toEqual([memberOf(phone)]);
    expect(queueOf(tablet.view)).toEqual([memberOf(phone)]);

    tablet.disconnect();
    await eventually(() => expect(queueOf(facilitator.view)).toEqual([]), GRACE_MS * 10);
  });

  it('leaves a phone without a hand up alone', async () => {
    const facilitator = await device('facilitator');
    const [ana, ben] = [await device('participant'), await device('participant')];
    await raiseHands(facilitator, [ben]);
    const versionBefore = facilitator.version;
    ana.disconnect();
    await sleep(GRACE_MS * 2);
    expect(queueOf(facilitator.view)).toEqual([memberOf(ben)]);
    expect(facilitator.version).toBe(versionBefore);
  });
});

describe("the server's clock", () => {
  it.each(['facilitator', 'participant', 'screen'] as const)('comes with every catch-up answer to the %s', async (kind) => {
    const client = await device(kind);
    const before = Date.now();
    const answer = await client.sync();
    const after = Date.now();
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.serverTime).toBeGreaterThanOrEqual(before);
    expect(answer.serverTime).toBeLessThanOrEqual(after);
  });

  it('starts a turn at the time the server gave the floor', async () => {
    const facilitator = await device('facilitator');
    const phone = await device('participant');
    await raiseHands(facilitator, [phone]);
    const before = Date.now();
    expect(await facilitator.send('queue.next', {})).toMatchObject({ ok: true });
    const after = Date.now();
    await eventually(() => expect(phone.view?.queue.speaker?.memberId).toBe(memberOf(phone)));
    const startedAt = phone.view!.queue.speaker!.startedAt;
    expect(startedAt).toBeGreaterThanOrEqual(before);
    expect(startedAt).toBeLessThanOrEqual(after);
  });
});
