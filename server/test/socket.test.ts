import { ErrorCode, PROTOCOL_VERSION, type CreateRoomResponse, type Viewer } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { credentials, eventually, startTestServer, TestClient, type TestServer } from './support/harness.ts';

let server: TestServer;
let room: CreateRoomResponse;
const clients: TestClient[] = [];

async function device(kind: 'facilitator' | 'participant' | 'screen', memberSecret?: string): Promise<TestClient> {
  const client = new TestClient(server.url, credentials(room)[kind], memberSecret ? { memberSecret } : {});
  clients.push(client);
  await client.connect();
  return client;
}

async function serverView(viewer: Viewer) {
  const record = await server.registry.find({ by: 'id', id: room.roomId });
  if (!record) throw new Error('Room not found');
  return (await server.registry.room(record)).viewFor(viewer);
}

beforeEach(async () => {
  server = await startTestServer();
  room = await server.createRoom('Planning the bus routes');
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  await server.close();
});

describe('commands over Socket.IO', () => {
  it('acknowledges a stored change with its version and sends it to every other device', async () => {
    const facilitator = await device('facilitator');
    const phone = await device('participant');
    const screen = await device('screen');
    const ack = await phone.send('carPark.add', { text: 'Parking at the venue', anonymous: false });
    expect(ack).toEqual({ ok: true, version: expect.any(Number) });
    if (!ack.ok) return;
    for (const client of [facilitator, screen]) {
      await eventually(() => expect(Object.values(client.view?.carPark.items ?? {}).map((item) => item.text)).toEqual(['Parking at the venue']));
      expect(client.version).toBe(ack.version);
    }
  });

  it('refuses a facilitator-only command from a participant and changes nothing', async () => {
    const phone = await device('participant');
    await phone.send('carPark.add', { text: 'Lunch', anonymous: false });
    const before = await serverView({ role: 'facilitator', memberId: 'facilitator' });
    const itemId = Object.keys(before.carPark.items)[0]!;
    for (const [type, payload] of [
      ['carPark.remove', { itemId }],
      ['carPark.setOutcome', { itemId, outcome: { kind: 'today' } }],
      ['room.setTitle', { title: 'Taken over' }],
      ['room.setFocus', { tool: 'carPark' }],
    ] as const) {
      const ack = await phone.send(type, payload);
      expect(ack).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
    }
    expect(await serverView({ role: 'facilitator', memberId: 'facilitator' })).toEqual(before);
  });

  it('refuses every command from the screen', async () => {
    const screen = await device('screen');
    const ack = await screen.send('carPark.add', { text: 'From the projector', anonymous: false });
    expect(ack).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });

  it('applies a repeated command id once and acknowledges both with the same version', async () => {
    const phone = await device('participant');
    const first = await phone.send('carPark.add', { text: 'Once only', anonymous: false }, 'repeat-me-123');
    const second = await phone.send('carPark.add', { text: 'Once only', anonymous: false }, 'repeat-me-123');
    expect(first.ok && second.ok).toBe(true);
    expect(second).toEqual(first);
    const view = await serverView({ role: 'screen', memberId: null });
    expect(Object.keys(view.carPark.items)).toHaveLength(1);
  });

  it('brings a device that was away during 20 changes to the identical state', async () => {
    const facilitator = await device('facilitator');
    const away = await device('participant');
    const awayViewer = { role: 'participant' as const, memberId: away.me!.memberId };
    away.disconnect();
    const other = await device('participant');
    for (let i = 0; i < 20; i++) {
      const sender = i % 2 ? facilitator : other;
      const ack = await sender.send('carPark.add', { text: `Point ${i}`, anonymous: i % 3 === 0 });
      expect(ack.ok).toBe(true);
    }
    const items = Object.keys((await serverView({ role: 'facilitator', memberId: 'facilitator' })).carPark.items);
    await facilitator.send('carPark.setOutcome', { itemId: items[0], outcome: { kind: 'nextMeeting' } });
    await facilitator.send('carPark.remove', { itemId: items[1] });
    const sinceBefore = away.version;
    const back = new TestClient(server.url, credentials(room).participant, { memberSecret: away.memberSecret! });
    clients.push(back);
    back.view = away.view;
    back.version = sinceBefore;
    await back.connect();
    expect(back.me?.memberId).toBe(awayViewer.memberId);
    expect(back.view).toEqual(await serverView(awayViewer));
    expect(Object.keys(back.view!.carPark.items)).toHaveLength(19);
  });

  it('answers malformed and oversized messages with an error and keeps serving', async () => {
    const phone = await device('participant');
    const watcher = await device('screen');
    const bad: unknown[] = [
      null,
      'carPark.add',
      { id: 'short', type: 'carPark.add', payload: { text: 'x', anonymous: false } },
      { id: 'abcdefghij', type: 'carPark.explode', payload: {} },
      { id: 'abcdefghij', type: 'carPark.add', payload: { text: '   ', anonymous: false } },
      { id: 'abcdefghij', type: 'carPark.add', payload: { text: 'x'.repeat(501), anonymous: false } },
      { id: 'abcdefghij', type: 'carPark.add', payload: { text: 'x', anonymous: 'yes' } },
      { id: 'abcdefghij', type: 'carPark.setOutcome', payload: { itemId: 'abcdefghij', outcome: { kind: 'action', owner: 'Sam', due: '2026-02-30' } } },
    ];
    for (const message of bad) {
      const ack = await phone.socket.emitWithAck('command', message);
      expect(ack).toMatchObject({ ok: false, code: ErrorCode.BAD_REQUEST, message: expect.any(String) });
    }
    const tooLong = await phone.send('carPark.add', { text: 'x'.repeat(501), anonymous: false });
    expect(tooLong).toMatchObject({ ok: false, message: 'The item can be up to 500 characters.' });

    // Bigger than the transport allows: that connection is closed, the server stays up.
    const closed = new Promise<string>((resolve) => phone.socket.once('disconnect', resolve));
    phone.socket.emit('command', { id: 'abcdefghij', type: 'carPark.add', payload: { text: 'x'.repeat(100_000), anonymous: false } }, () => undefined);
    expect(await closed).toBeTruthy();

    const next = await device('participant');
    expect(await next.send('carPark.add', { text: 'Still here', anonymous: false })).toMatchObject({ ok: true });
    await eventually(() => expect(Object.values(watcher.view!.carPark.items).map((item) => item.text)).toEqual(['Still here']));
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('never sends the author of an anonymous item to any other device', async () => {
    const facilitator = await device('facilitator');
    const screen = await device('screen');
    const bystander = await device('participant');
    const author = await device('participant');
    const authorId = author.me!.memberId!;
    await author.send('member.setName', { name: 'Sam Private' });
    const ack = await author.send('carPark.add', { text: 'I find the room too loud', anonymous: true });
    expect(ack.ok).toBe(true);
    const itemId = Object.keys((await serverView({ role: 'screen', memberId: null })).carPark.items)[0]!;
    await author.send('carPark.edit', { itemId, text: 'I find the room too loud sometimes' });
    await facilitator.send('carPark.setOutcome', { itemId, outcome: { kind: 'today' } });
    for (const client of [facilitator, screen, bystander]) {
      await eventually(() => expect(client.view!.carPark.items[itemId]?.outcome).toEqual({ kind: 'today' }));
    }
    // A device joining later gets a snapshot: that must not name the author either.
    const late = await device('facilitator');
    for (const client of [facilitator, screen, bystander, late]) {
      const copies = client.received.flatMap((message) => objectsWithId(JSON.parse(message), itemId));
      expect(copies.length).toBeGreaterThan(0);
      for (const copy of copies) {
        expect(copy).toMatchObject({ authorId: null, authorName: null, anonymous: true });
        expect(JSON.stringify(copy)).not.toContain(authorId);
        expect(JSON.stringify(copy)).not.toContain('Sam Private');
      }
    }
    // Only the facilitator learns who is in the room at all; other phones and the screen never
    // receive the author's member id in any form.
    for (const client of [screen, bystander]) expect(client.received.join('\n')).not.toContain(authorId);
    // The author still sees it as theirs and can edit it.
    expect(author.view!.carPark.items[itemId]).toMatchObject({ authorId, text: 'I find the room too loud sometimes' });
  });

  it('keeps a participant the same person when the phone comes back with its secret', async () => {
    const phone = await device('participant');
    await phone.send('member.setName', { name: 'Aisha' });
    const memberId = phone.me!.memberId;
    phone.disconnect();
    const again = await device('participant', phone.memberSecret);
    expect(again.me?.memberId).toBe(memberId);
    expect(again.view?.members[memberId!]?.name).toBe('Aisha');
    const stranger = await device('participant');
    expect(stranger.me?.memberId).not.toBe(memberId);
  });
});

describe('the handshake', () => {
  it('asks a client with another protocol version to reload', async () => {
    const stale = new TestClient(server.url, credentials(room).participant, { protocol: PROTOCOL_VERSION + 1 });
    clients.push(stale);
    await expect(stale.connect()).rejects.toMatchObject({ data: { code: ErrorCode.PROTOCOL_MISMATCH } });
  });

  it('refuses a wrong facilitator key and an unknown link', async () => {
    const wrongKey = new TestClient(server.url, { kind: 'facilitator', roomId: room.roomId, key: 'x'.repeat(32) });
    const unknown = new TestClient(server.url, { kind: 'participant', token: 'nosuchtoken123' });
    clients.push(wrongKey, unknown);
    await expect(wrongKey.connect()).rejects.toMatchObject({ data: { code: ErrorCode.UNAUTHORIZED } });
    await expect(unknown.connect()).rejects.toMatchObject({ data: { code: ErrorCode.UNAUTHORIZED } });
  });

  it('refuses a page from another origin', async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'http://evil.example' } });
    expect(response.status).toBe(403);
    const own = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: server.url } });
    expect(own.status).toBe(200);
  });

  it('gives links and the join code to the facilitator and screen, not to phones', async () => {
    const facilitator = new TestClient(server.url, credentials(room).facilitator);
    const phone = new TestClient(server.url, credentials(room).participant);
    clients.push(facilitator, phone);
    await facilitator.connect();
    await phone.connect();
    const facilitatorSync = await facilitator.sync();
    const phoneSync = await phone.sync();
    expect(facilitatorSync).toMatchObject({ ok: true, links: { join: room.links.join, joinCode: room.joinCode } });
    expect(phoneSync).toMatchObject({ ok: true, links: null });
  });
});

/** Every object anywhere inside `value` whose `id` is `id`. */
function objectsWithId(value: unknown, id: string): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap((entry) => objectsWithId(entry, id));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record.id === id ? [record] : [];
  return [...own, ...Object.values(record).flatMap((entry) => objectsWithId(entry, id))];
}
