import { ErrorCode, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type CreateRoomResponse, type RoomState } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../src/store/MemoryStore.ts';
import { credentials, eventually, startTestServer, TestClient, type TestServer } from './support/harness.ts';

/** A memory store that counts the rooms made, so a refused request can be shown to make none. */
class CountingStore extends MemoryStore {
  created = 0;

  override async createRoom(...args: Parameters<MemoryStore['createRoom']>): Promise<void> {
    this.created += 1;
    return super.createRoom(...args);
  }
}

let store: CountingStore;
let server: TestServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  store = new CountingStore();
  server = await startTestServer(store);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  await server.close();
});

function startNext(roomId: string, key?: string): Promise<Response> {
  return fetch(`${server.url}/api/rooms/${roomId}/next`, { method: 'POST', headers: key === undefined ? {} : { authorization: `Bearer ${key}` } });
}

async function nextMeeting(room: CreateRoomResponse): Promise<CreateRoomResponse> {
  const response = await startNext(room.roomId, room.facilitatorKey);
  expect(response.status).toBe(201);
  return (await response.json()) as CreateRoomResponse;
}

/**
 * A device of `room`. A phone may bring its secret for this room, or (as the app does for a room
 * it has no secret for) the secrets it holds for other rooms.
 */
async function device(room: CreateRoomResponse, kind: 'facilitator' | 'participant' | 'screen', secrets: { memberSecret?: string; knownSecrets?: string[] } = {}): Promise<TestClient> {
  const client = new TestClient(server.url, credentials(room)[kind], { memberSecret: secrets.memberSecret });
  const { knownSecrets } = secrets;
  if (knownSecrets) {
    const auth = client.socket.auth;
    client.socket.auth = (callback) => (typeof auth === 'function' ? auth((data) => callback({ ...data, knownSecrets })) : callback({ ...auth, knownSecrets }));
  }
  clients.push(client);
  await client.connect();
  return client;
}

async function ok(client: TestClient, type: string, payload: unknown, id?: string): Promise<void> {
  expect(await client.send(type, payload, id), type).toMatchObject({ ok: true });
}

describe('POST /api/rooms/:roomId/next', () => {
  it.each([
    { why: 'without a key', key: undefined },
    { why: 'with a wrong key', key: 'x'.repeat(43) },
  ])('answers 401 $why and makes no room', async ({ key }) => {
    const room = await server.createRoom();
    const before = store.created;
    const response = await startNext(room.roomId, key);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: ErrorCode.UNAUTHORIZED, message: expect.any(String) });
    expect(store.created).toBe(before);
  });

  it('answers 401 for a room that does not exist, even with a real key', async () => {
    const room = await server.createRoom();
    const response = await startNext('no-such-room-0001', room.facilitatorKey);
    expect(response.status).toBe(401);
    expect(store.created).toBe(1);
  });

  it('starts the next meeting with its own id, join code and links, opened by the same key', async () => {
    const room = await server.createRoom('Bus routes');
    const next = await nextMeeting(room);
    expect(next.roomId).not.toBe(room.roomId);
    expect(next.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    expect(next.joinCode).not.toBe(room.joinCode);
    expect(next.facilitatorKey).toBe(room.facilitatorKey);
    expect(next.links.facilitator).toBe(`${new URL(room.links.facilitator).origin}/f/${next.roomId}#${room.facilitatorKey}`);
    for (const link of ['join', 'screen'] as const) expect(next.links[link]).not.toBe(room.links[link]);
    const joined = await fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: next.joinCode }) });
    expect(await joined.json()).toEqual({ join: next.links.join });

    const console = await device(next, 'facilitator');
    expect(console.me).toMatchObject({ role: 'facilitator' });
    expect(console.view).toMatchObject({ id: next.roomId, title: 'Bus routes', meeting: { number: 2, previousRoomId: room.roomId } });
  });

  it('carries over the adopted agreements and open car park items, and nothing else of them', async () => {
    const room = await server.createRoom();
    const facilitator = await device(room, 'facilitator');
    await ok(facilitator, 'agreements.propose', { text: 'We take turns', anonymous: false }, 'agreement-turns');
    await ok(facilitator, 'agreements.openRound', { agreementId: 'agreement-turns' });
    await ok(facilitator, 'agreements.closeRound', { decision: 'adopted' });
    await ok(facilitator, 'agreements.propose', { text: 'We bring snacks', anonymous: false }, 'agreement-snack');
    await ok(facilitator, 'carPark.add', { text: 'Parking', anonymous: false }, 'item-parking-1');
    await ok(facilitator, 'carPark.add', { text: 'Lunch', anonymous: false }, 'item-lunch-001');
    await ok(facilitator, 'carPark.setOutcome', { itemId: 'item-lunch-001', outcome: { kind: 'today' } });
    await ok(facilitator, 'carPark.add', { text: 'Fares', anonymous: false }, 'item-fares-001');
    await ok(facilitator, 'carPark.setOutcome', { itemId: 'item-fares-001', outcome: { kind: 'action', owner: 'Sam', due: '2026-05-01' } });

    const next = await device(await nextMeeting(room), 'facilitator');
    const view = next.view!;
    expect(Object.keys(view.agreements.agreements)).toEqual(['agreement-turns']);
    expect(view.agreements.agreements['agreement-turns']).toMatchObject({ status: 'adopted', meeting: 1, rounds: [{ decision: 'adopted', meeting: 1 }] });
    expect(Object.keys(view.carPark.items).sort()).toEqual(['item-fares-001', 'item-parking-1']);
    expect(view.carPark.items['item-fares-001']).toMatchObject({ meeting: 1, outcome: { kind: 'action', owner: 'Sam' } });
    expect(view).toMatchObject({ focus: 'agreements', meeting: { number: 2 } });
    expect(Object.keys(view.members)).toEqual(['facilitator']);
    await ok(next, 'carPark.add', { text: 'Toilets', anonymous: false }, 'item-toilet-01');
    await eventually(() => expect(next.view!.carPark.items['item-toilet-01']?.meeting).toBe(2));
  });
});

describe('a phone from an earlier meeting', () => {
  /** Meeting 1 with Ana's phone: named, with an anonymous parked item. */
  async function meetingWithAna(): Promise<{ room: CreateRoomResponse; secret: string; memberId: string }> {
    const room = await server.createRoom();
    const ana = await device(room, 'participant');
    await ok(ana, 'member.setName', { name: 'Ana' });
    await ok(ana, 'carPark.add', { text: 'Who pays for taxis?', anonymous: true }, 'item-taxis-001');
    ana.disconnect();
    return { room, secret: ana.memberSecret!, memberId: ana.me!.memberId! };
  }

  it('is its old member again, with its name, and can still edit its anonymous item, which only it knows is its own', async () => {
    const { room, secret, memberId } = await meetingWithAna();
    const next = await nextMeeting(room);
    const facilitator = await device(next, 'facilitator');
    const screen = await device(next, 'screen');
    const ana = await device(next, 'participant', { knownSecrets: [secret] });
    const ben = await device(next, 'participant');
    expect(ana.me?.memberId).toBe(memberId);
    expect(ben.me?.memberId).not.toBe(memberId);
    expect(ana.view!.members[memberId]).toMatchObject({ name: 'Ana', role: 'participant' });
    await eventually(() => expect(facilitator.view!.members[memberId]?.name).toBe('Ana'));

    expect(ana.view!.carPark.items['item-taxis-001']).toMatchObject({ authorId: memberId, anonymous: true, meeting: 1 });
    await ok(ana, 'carPark.edit', { itemId: 'item-taxis-001', text: 'Who pays for taxis home?' });
    expect(await ben.send('carPark.edit', { itemId: 'item-taxis-001', text: 'Mine now' })).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
    for (const other of [facilitator, screen, ben]) {
      await eventually(() => expect(other.view!.carPark.items['item-taxis-001']).toMatchObject({ text: 'Who pays for taxis home?', authorId: null }));
      expect(other.received.join('\n')).not.toContain(`"authorId":"${memberId}"`);
    }
    // The facilitator sees who is in the room; the screen and other phones never see Ana's id at all.
    for (const other of [screen, ben]) expect(other.received.join('\n')).not.toContain(memberId);
  });

  it('with a secret from an unrelated room becomes a new member', async () => {
    const { room } = await meetingWithAna();
    const elsewhere = await server.createRoom('Another group');
    const stranger = await device(elsewhere, 'participant');
    await ok(stranger, 'member.setName', { name: 'Zed' });
    const next = await nextMeeting(room);
    const phone = await device(next, 'participant', { knownSecrets: [stranger.memberSecret!] });
    expect(phone.me?.memberId).not.toBe(stranger.me?.memberId);
    expect(phone.view!.members[phone.me!.memberId!]).toMatchObject({ name: null });
    expect(phone.me?.memberSecret).not.toBe(stranger.memberSecret);
  });

  it('is recognised two meetings on, when it missed the one between', async () => {
    const { room, secret, memberId } = await meetingWithAna();
    const second = await nextMeeting(room);
    const third = await nextMeeting(second);
    const ana = await device(third, 'participant', { knownSecrets: ['not-a-secret-000001', secret] });
    expect(ana.me?.memberId).toBe(memberId);
    expect(ana.view).toMatchObject({ meeting: { number: 3, previousRoomId: second.roomId }, members: { [memberId]: { name: 'Ana' } } });
    expect(ana.view!.carPark.items['item-taxis-001']).toMatchObject({ authorId: memberId, meeting: 1 });
  });

  it('and a second phone of the same person join as one member', async () => {
    const { room, secret, memberId } = await meetingWithAna();
    const next = await nextMeeting(room);
    const facilitator = await device(next, 'facilitator');
    const first = await device(next, 'participant', { knownSecrets: [secret] });
    const second = await device(next, 'participant', { knownSecrets: [secret] });
    expect([first.me?.memberId, second.me?.memberId]).toEqual([memberId, memberId]);
    await ok(second, 'member.setName', { name: 'Ana B' });
    await eventually(() => expect(first.view!.members[memberId]?.name).toBe('Ana B'));
    const members: RoomState['members'] = facilitator.view!.members;
    expect(Object.keys(members).sort()).toEqual(['facilitator', memberId].sort());
    // Back again on the first phone with the secret it was given for this meeting.
    first.disconnect();
    const again = await device(next, 'participant', { memberSecret: first.memberSecret });
    expect(again.me?.memberId).toBe(memberId);
  });
});
