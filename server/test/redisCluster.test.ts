import {
  ErrorCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  newId,
  type CommandAck,
  type CreateRoomResponse,
  type RoomView,
} from '@roundtable/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { credentials, eventually, TestClient } from './support/harness.ts';
import { redisTestsRun, TestRedis } from './support/redisServer.ts';
import { killProcess, startServerProcess, type ServerProcess } from './support/serverProcess.ts';

/** How long to wait for an answer to a command before counting it as never answered. */
const ACK_TIMEOUT_MS = 3_000;
/** How long Redis stays away in the outage test, as the issue asks. */
const OUTAGE_MS = 10_000;
/** A device may send 10 commands a second after a burst of 20; senders pace themselves under that. */
const SEND_EVERY_MS = 120;

type Kind = 'facilitator' | 'participant' | 'screen';

describe.runIf(redisTestsRun())('several processes sharing rooms through Redis', () => {
  let redis: TestRedis;
  const servers: ServerProcess[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    redis = await TestRedis.start();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await Promise.all(servers.splice(0).map((server) => killProcess(server.child)));
  });

  afterAll(async () => {
    await redis?.stop();
  });

  async function startTwo(env: Record<string, string> = {}): Promise<[ServerProcess, ServerProcess]> {
    const started = await Promise.all([0, 1].map(() => startServerProcess({ ...env, REDIS_URL: redis.url })));
    servers.push(...started);
    return started as [ServerProcess, ServerProcess];
  }

  async function createRoom(server: ServerProcess, title: string): Promise<CreateRoomResponse> {
    const response = await fetch(`${server.url}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as CreateRoomResponse;
  }

  /** A device on `server`; with `from`, the same device moving there, keeping its view to catch up from. */
  async function device(server: ServerProcess, room: CreateRoomResponse, kind: Kind, from?: TestClient): Promise<TestClient> {
    const client = new TestClient(server.url, credentials(room)[kind], from?.memberSecret ? { memberSecret: from.memberSecret } : {});
    if (from) {
      client.view = from.view;
      client.version = from.version;
    }
    clients.push(client);
    await client.connect();
    return client;
  }

  /** What a device that connects now to `server` with the same credential (and member secret) is shown. */
  async function freshView(server: ServerProcess, room: CreateRoomResponse, kind: Kind, of: TestClient): Promise<{ view: RoomView | null; version: number }> {
    const fresh = new TestClient(server.url, credentials(room)[kind], of.memberSecret ? { memberSecret: of.memberSecret } : {});
    clients.push(fresh);
    await fresh.connect();
    fresh.disconnect();
    return { view: fresh.view, version: fresh.version };
  }

  /** Sends a command and waits for its answer; null when none comes (the process died). */
  async function send(client: TestClient, type: string, payload: unknown, id = newId()): Promise<CommandAck | null> {
    try {
      return await client.socket.timeout(ACK_TIMEOUT_MS).emitWithAck('command', { id, type, payload });
    } catch {
      return null;
    }
  }

  function itemTexts(view: RoomView | null): string[] {
    return Object.values(view?.carPark.items ?? {}).map((item) => item.text);
  }

  it('applies commands sent to both processes once each, in one order, and shows every device the same room', async () => {
    const [a, b] = await startTwo();
    const room = await createRoom(a, 'Two processes');
    const facilitatorA = await device(a, room, 'facilitator');
    const facilitatorB = await device(b, room, 'facilitator');
    const phones = [await device(a, room, 'participant'), await device(b, room, 'participant'), await device(a, room, 'participant'), await device(b, room, 'participant')];
    const screen = await device(b, room, 'screen');
    const senders = [facilitatorA, facilitatorB, ...phones];

    // Everyone sends at once, so the two processes race for the same versions again and again.
    const sent = senders.flatMap((sender, s) =>
      Array.from({ length: 12 }, (_, n) => {
        const id = newId();
        return { id, text: `Point ${n} from device ${s}`, ack: sender.send('carPark.add', { text: `Point ${n} from device ${s}`, anonymous: s >= 2 && n % 3 === 0 }, id) };
      }),
    );
    sent.push(...phones.map((phone, p) => ({ id: '', text: '', ack: phone.send('member.setName', { name: `Phone ${p}` }) })));
    const acks = await Promise.all(sent.map((one) => one.ack));
    for (const ack of acks) expect(ack).toEqual({ ok: true, version: expect.any(Number) });
    const versions = acks.map((ack) => (ack.ok ? ack.version : 0)).sort((x, y) => x - y);
    const last = versions.at(-1)!;
    // One version each, none skipped: versions before the first are the phones and screen joining.
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions).toEqual(versions.map((_, i) => last - versions.length + 1 + i));

    // Facilitators see every change; a phone or a screen is sent only the changes it may see.
    for (const client of [facilitatorA, facilitatorB]) await client.waitForVersion(last);
    expect(facilitatorB.view).toEqual(facilitatorA.view);
    expect(itemTexts(facilitatorA.view).sort()).toEqual(sent.filter((one) => one.text).map((one) => one.text).sort());
    expect(await freshView(b, room, 'facilitator', facilitatorA)).toEqual({ view: facilitatorA.view, version: last });
    // Each device's view, built from the changes its own process sent it, comes to equal what the
    // other process shows the same device from scratch: anonymous authors stayed hidden on both.
    for (const [p, phone] of phones.entries()) {
      const fresh = await freshView(p % 2 === 0 ? b : a, room, 'participant', phone);
      expect(fresh.version).toBe(last);
      await eventually(() => expect(phone.view).toEqual(fresh.view));
    }
    const freshScreen = await freshView(a, room, 'screen', screen);
    await eventually(() => expect(screen.view).toEqual(freshScreen.view));
    const anonymousItems = Object.values(facilitatorA.view!.carPark.items).filter((item) => item.anonymous);
    expect(anonymousItems).toHaveLength(16);
    for (const item of anonymousItems) expect(item.authorId).toBeNull();

    // A command resent to the other process is answered with its first version, never applied
    // again: whether the room would refuse it now (the item exists) or accept it (a title).
    const repeated = sent[0]!;
    const repeatedAck = await repeated.ack;
    expect(await facilitatorB.send('carPark.add', { text: repeated.text, anonymous: false }, repeated.id)).toEqual(repeatedAck);
    const titleId = newId();
    const titled = await facilitatorA.send('room.setTitle', { title: 'Two processes, one room' }, titleId);
    expect(titled).toEqual({ ok: true, version: last + 1 });
    expect(await facilitatorB.send('room.setTitle', { title: 'Two processes, one room' }, titleId)).toEqual(titled);
    await facilitatorB.waitForVersion(last + 1);
    expect(facilitatorB.version).toBe(last + 1);

    // Presence counts every device, whichever process it is connected to.
    await expect
      .poll(async () => {
        const sync = await facilitatorA.sync();
        return sync.ok ? sync.presence : null;
      }, { timeout: 5_000 })
      .toEqual({ facilitators: 2, participants: 4, screens: 1 });
  }, 40_000);

  it('keeps every acknowledged command when a process is killed: its devices finish on the other', async () => {
    const [a, b] = await startTwo();
    const room = await createRoom(a, 'Kill one');
    const onA = [await device(a, room, 'facilitator'), await device(a, room, 'participant'), await device(a, room, 'participant')];
    const onB = [await device(b, room, 'participant'), await device(b, room, 'facilitator')];
    const kinds: Kind[] = ['facilitator', 'participant', 'participant'];
    /** Every acknowledged command: its id (the item's id), its text and its version. */
    const acked: { id: string; text: string; version: number }[] = [];
    let sequence = 0;

    /** Sends car park items until told to stop; answers the one command left without an answer, if any. */
    async function keepSending(client: TestClient, until: () => boolean): Promise<{ id: string; text: string } | null> {
      while (!until()) {
        const command = { id: newId(), text: `Item ${sequence++}` };
        const ack = await send(client, 'carPark.add', { text: command.text, anonymous: false }, command.id);
        if (ack === null) return command;
        expect(ack).toEqual({ ok: true, version: expect.any(Number) });
        if (ack.ok) acked.push({ ...command, version: ack.version });
        await new Promise((resolve) => setTimeout(resolve, SEND_EVERY_MS));
      }
      return null;
    }

    let killed = false;
    let finished = false;
    const running = [...onA.map((client) => keepSending(client, () => false)), ...onB.map((client) => keepSending(client, () => finished))];
    await eventually(() => expect(acked.length).toBeGreaterThan(30), 10_000);
    await killProcess(a.child);
    killed = true;
    const unanswered = await Promise.all(running.slice(0, onA.length));
    expect(killed).toBe(true);

    // A's devices reconnect to B, catch up from the version they last saw, and resend what was never answered.
    const moved: TestClient[] = [];
    for (const [i, client] of onA.entries()) {
      const again = await device(b, room, kinds[i]!, client);
      const catchUp = JSON.parse(again.received.findLast((message) => message.startsWith('["session:sync (answer)"')) ?? 'null') as [string, { mode: string }];
      expect(catchUp[1].mode).toBe('changes');
      moved.push(again);
      const lost = unanswered[i];
      if (lost) {
        const ack = await send(again, 'carPark.add', { text: lost.text, anonymous: false }, lost.id);
        expect(ack).toEqual({ ok: true, version: expect.any(Number) });
        if (ack?.ok) acked.push({ ...lost, version: ack.version });
      }
    }
    for (const client of moved) {
      for (let n = 0; n < 3; n++) {
        const command = { id: newId(), text: `Item ${sequence++}` };
        const ack = await send(client, 'carPark.add', { text: command.text, anonymous: false }, command.id);
        expect(ack).toEqual({ ok: true, version: expect.any(Number) });
        if (ack?.ok) acked.push({ ...command, version: ack.version });
      }
    }
    finished = true;
    await Promise.all(running.slice(onA.length));

    const last = Math.max(...acked.map((command) => command.version));
    for (const client of [...moved, ...onB]) await client.waitForVersion(last);
    // Every acknowledged command is there exactly once, at the version it was acknowledged with.
    expect(new Set(acked.map((command) => command.version)).size).toBe(acked.length);
    const items = moved[0]!.view!.carPark.items;
    expect(Object.keys(items).sort()).toEqual(acked.map((command) => command.id).sort());
    expect(itemTexts(moved[0]!.view).sort()).toEqual(acked.map((command) => command.text).sort());
    expect(onB[1]!.view).toEqual(moved[0]!.view);
    for (const [i, client] of moved.entries()) expect(await freshView(b, room, kinds[i]!, client)).toEqual({ view: client.view, version: last });
  }, 60_000);

  it('refuses commands plainly while Redis is away for ten seconds, then converges once it is back', async () => {
    const [a, b] = await startTwo();
    const room = await createRoom(b, 'Outage');
    const facilitator = await device(a, room, 'facilitator');
    const phone = await device(b, room, 'participant');
    expect(await phone.send('carPark.add', { text: 'Before the outage', anonymous: false })).toEqual({ ok: true, version: expect.any(Number) });

    await redis.kill();
    const downAt = Date.now();
    const duringIds = [newId(), newId()];
    const refusals = [
      await send(facilitator, 'carPark.add', { text: 'During the outage, from A', anonymous: false }, duringIds[0]),
      await send(phone, 'carPark.add', { text: 'During the outage, from B', anonymous: false }, duringIds[1]),
    ];
    for (const refusal of refusals) {
      expect(refusal).toEqual({ ok: false, code: ErrorCode.UNAVAILABLE, message: 'Your change could not be saved. Please try again in a moment.' });
    }
    // A device that connects now is told the same, and the processes keep serving.
    const newcomer = new TestClient(a.url, credentials(room).participant);
    clients.push(newcomer);
    const refused = await newcomer.connect().then(
      () => null,
      (error: Error & { data?: { code?: string } }) => error.data?.code,
    );
    expect(refused).toBe(ErrorCode.UNAVAILABLE);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, downAt + OUTAGE_MS - Date.now())));
    for (const server of [a, b]) {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(server.child.exitCode).toBeNull();
    }

    await redis.restart();
    // The devices send again what was refused, under the same ids, until Redis answers.
    const retried = await Promise.all(
      [facilitator, phone].map(async (client, i) => {
        for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
          const ack = await send(client, 'carPark.add', { text: `During the outage, from ${i === 0 ? 'A' : 'B'}`, anonymous: false }, duringIds[i]);
          if (ack?.ok) return ack;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return null;
      }),
    );
    for (const ack of retried) expect(ack).toEqual({ ok: true, version: expect.any(Number) });
    const after = await send(phone, 'carPark.add', { text: 'After the outage', anonymous: false });
    expect(after).toEqual({ ok: true, version: expect.any(Number) });
    const last = after?.ok ? after.version : 0;

    await facilitator.waitForVersion(last);
    expect(itemTexts(facilitator.view).sort()).toEqual(['After the outage', 'Before the outage', 'During the outage, from A', 'During the outage, from B']);
    expect(await freshView(b, room, 'facilitator', facilitator)).toEqual({ view: facilitator.view, version: last });
    expect(await freshView(a, room, 'participant', phone)).toEqual({ view: phone.view, version: last });
  }, 60_000);

  it('keeps a raised hand up when its phone comes back through the other process, and lowers it once when the phone is gone', async () => {
    const graceMs = 1_500;
    const [a, b] = await startTwo({ HAND_GRACE_MS: String(graceMs) });
    const room = await createRoom(a, 'Hands');
    const facilitator = await device(b, room, 'facilitator');
    const moving = await device(a, room, 'participant');
    const leaving = await device(a, room, 'participant');
    let raised = 0;
    for (const phone of [moving, leaving]) {
      const ack = await phone.send('queue.raiseHand', { card: 'speak' });
      expect(ack).toEqual({ ok: true, version: expect.any(Number) });
      if (ack.ok) raised = ack.version;
    }
    await facilitator.waitForVersion(raised);
    const handOf = (client: TestClient) => Object.values(facilitator.view!.queue.hands).find((hand) => hand.memberId === client.me?.memberId);
    expect(handOf(moving)).toBeDefined();

    moving.disconnect();
    leaving.disconnect();
    await device(b, room, 'participant', moving);
    // A's timers run out; only the phone that did not come back anywhere loses its hand, once.
    await new Promise((resolve) => setTimeout(resolve, graceMs + 1_000));
    for (const server of [a, b]) expect(server.child.exitCode, server.output.join('')).toBeNull();
    await facilitator.sync();
    expect(handOf(leaving)).toBeUndefined();
    expect(handOf(moving)).toBeDefined();
    expect(facilitator.version).toBe(raised + 1);
  }, 30_000);

  it('counts wrong join codes per address across processes', async () => {
    const [a, b] = await startTwo();
    const room = await createRoom(a, 'Join codes');
    const join = (server: ServerProcess, code: string) =>
      fetch(`${server.url}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) }).then((response) => response.status);
    const wrong = Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[0]).join('');
    expect(wrong).not.toBe(room.joinCode);

    expect(await join(b, room.joinCode)).toBe(200);
    // Ten wrong guesses, half through each process, use up the address's allowance on both.
    for (let i = 0; i < 10; i++) expect(await join(i % 2 === 0 ? a : b, wrong)).toBe(404);
    expect(await join(a, wrong)).toBe(429);
    expect(await join(b, room.joinCode)).toBe(429);
  }, 30_000);
});
