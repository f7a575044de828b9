import { FACILITATOR_MEMBER_ID, newId, type CommandAck, type Viewer } from '@roundtable/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { credentials, startTestServer, TestClient, type TestServer } from './support/harness.ts';

/** Change the seed to explore other runs; a failure prints the seed that found it. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const STEPS = 400;

/** mulberry32: a tiny seeded generator, so a failing run can be replayed exactly. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

it(`converges: every device ends with the server's view (seed ${SEED})`, async () => {
  const random = generator(SEED);
  const room = await server.createRoom('Fuzz');
  const creds = credentials(room);
  const devices = [
    new TestClient(server.url, creds.facilitator),
    new TestClient(server.url, creds.facilitator),
    new TestClient(server.url, creds.screen),
    ...Array.from({ length: 4 }, () => new TestClient(server.url, creds.participant)),
  ];
  for (const device of devices) await device.connect();

  const inFlight: Promise<unknown>[] = [];
  const counts = { ok: 0, refused: 0, reconnects: 0, resent: 0 };
  /** Commands whose connection dropped before the answer came: sent again, as the real outbox does. */
  const unanswered = new Map<TestClient, { id: string; type: string; payload: unknown }[]>();
  const send = (device: TestClient, command: { id: string; type: string; payload: unknown }) => {
    const sent = device.send(command.type, command.payload, command.id).then(
      (ack: CommandAck) => (ack.ok ? counts.ok++ : counts.refused++),
      () => unanswered.set(device, [...(unanswered.get(device) ?? []), command]),
    );
    inFlight.push(sent);
    return sent;
  };
  const reconnect = async (device: TestClient) => {
    await device.connect();
    counts.reconnects++;
    const again = unanswered.get(device) ?? [];
    unanswered.delete(device);
    for (const command of again) {
      counts.resent++;
      void send(device, command);
    }
  };
  const text = () => random.pick(['Tea', 'Lifts at the station', 'Who pays for travel?', '  spaced  ', '', 'x'.repeat(random.chance(0.1) ? 501 : 20)]);
  const itemId = (device: TestClient) => {
    const ids = Object.keys(device.view?.carPark.items ?? {});
    return ids.length && random.chance(0.85) ? random.pick(ids) : 'missingItem0' + random.int(9);
  };
  const outcome = () =>
    random.pick([
      null,
      { kind: 'today' },
      { kind: 'nextMeeting' },
      { kind: 'action', owner: 'Priya', due: random.pick(['2026-12-01', '2026-02-30', 'soon']) },
      { kind: 'outOfScope', reason: random.pick(['Not ours to decide', '']) },
      { kind: 'later' },
    ]);

  for (let step = 0; step < STEPS; step++) {
    const device = random.pick(devices);
    if (!device.socket.connected) {
      if (random.chance(0.5)) await reconnect(device);
      continue;
    }
    if (random.chance(0.06)) {
      // Let some sends be in flight when the connection drops.
      device.disconnect();
      continue;
    }
    const command = random.pick<() => readonly [string, unknown]>([
      () => ['carPark.add', { text: text(), anonymous: random.chance(0.4) }],
      () => ['carPark.edit', { itemId: itemId(device), text: text() }],
      () => ['carPark.setOutcome', { itemId: itemId(device), outcome: outcome() }],
      () => ['carPark.remove', { itemId: itemId(device) }],
      () => ['room.setTitle', { title: text() }],
      () => ['room.setFocus', { tool: random.pick(['welcome', 'carPark', 'nowhere']) }],
      () => ['member.setName', { name: random.pick([null, 'Sam', '', 'A'.repeat(41)]) }],
      () => ['carPark.add', random.pick([null, 'text', { text: 5 }])],
    ])();
    const sent = send(device, { id: newId(), type: command[0], payload: command[1] });
    if (random.chance(0.3)) await Promise.race([sent, new Promise((resolve) => setTimeout(resolve, 20))]);
  }

  for (const device of devices) if (!device.socket.connected) await reconnect(device);
  await Promise.allSettled(inFlight);
  for (const device of devices) await device.sync();

  const record = await server.registry.find({ by: 'id', id: room.roomId });
  const live = await server.registry.room(record!);
  for (const device of devices) {
    const viewer: Viewer = { role: device.me!.role, memberId: device.me!.memberId };
    expect(device.view, `${viewer.role} ${viewer.memberId ?? ''} (seed ${SEED})`).toEqual(live.viewFor(viewer));
  }
  // The run must have exercised both paths, or it proves little.
  expect(counts.ok).toBeGreaterThan(50);
  expect(counts.refused).toBeGreaterThan(20);
  expect(counts.reconnects).toBeGreaterThan(3);
  expect(counts.resent).toBeGreaterThan(0);
  expect(devices[0]!.me?.memberId).toBe(FACILITATOR_MEMBER_ID);
  for (const device of devices) device.disconnect();
});
