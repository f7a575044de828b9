import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { MemoryStore } from '../src/store/MemoryStore.ts';
import { credentials, eventually, startTestServer, TestClient, type TestServer } from './support/harness.ts';

const servers: TestServer[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  for (const server of servers.splice(0)) await server.close();
});

describe('the grace period after a restart', () => {
  it('still lowers the hand of a phone that never came back', async () => {
    const store = new MemoryStore();
    const before = await startTestServer(store, { HAND_GRACE_MS: '60000' });
    servers.push(before);
    const room = await before.createRoom('Restarted');
    const phone = new TestClient(before.url, credentials(room).participant);
    clients.push(phone);
    await phone.connect();
    expect(await phone.send('queue.raiseHand', { card: 'speak' })).toMatchObject({ ok: true });
    phone.disconnect();
    await before.close();
    servers.length = 0;

    // The same rooms, a new process: the phone's timer did not survive; the room must start one.
    const after = await startTestServer(store, { HAND_GRACE_MS: '300' });
    servers.push(after);
    const host = new TestClient(after.url, credentials(room).facilitator);
    clients.push(host);
    await host.connect();
    expect(Object.keys(host.view!.queue.hands)).toHaveLength(1);
    await eventually(() => expect(Object.keys(host.view!.queue.hands)).toHaveLength(0), 5000);
  });
});

describe('HAND_GRACE_MS', () => {
  it.each(['5m', '-1', '1.5'])('refuses %s with a clear message', (value) => {
    expect(() => readConfig({ HAND_GRACE_MS: value })).toThrow(/HAND_GRACE_MS must be a whole number of milliseconds/);
  });

  it('is five minutes unless set', () => {
    expect(readConfig({}).handGraceMs).toBe(300_000);
  });
});
