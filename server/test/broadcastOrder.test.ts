import type { RoomState } from '@roundtable/shared';
import { afterEach, expect, it } from 'vitest';
import { MemoryStore } from '../src/store/MemoryStore.ts';
import type { LogEntry } from '../src/store/Store.ts';
import { credentials, eventually, startTestServer, TestClient, type TestServer } from './support/harness.ts';

/** Storage that takes its time over title changes, so other changes can be made meanwhile. */
class SlowTitleStore extends MemoryStore {
  override async append(roomId: string, entry: LogEntry, snapshot?: { version: number; state: RoomState }): Promise<void> {
    if (entry.command.type === 'room.setTitle') await new Promise((resolve) => setTimeout(resolve, 300));
    return super.append(roomId, entry, snapshot);
  }
}

let server: TestServer;
const clients: TestClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  await server.close();
});

it('sends every change in version order, whichever path made it, so no device skips one', async () => {
  server = await startTestServer(new SlowTitleStore(), { HAND_GRACE_MS: '100' });
  const room = await server.createRoom('Order');
  const host = new TestClient(server.url, credentials(room).facilitator);
  const leaving = new TestClient(server.url, credentials(room).participant);
  clients.push(host, leaving);
  await host.connect();
  await leaving.connect();
  await leaving.send('queue.raiseHand', { card: 'speak' });
  leaving.disconnect();

  // While the title is being stored, the grace period ends (a system command) and a phone joins.
  const renamed = host.send('room.setTitle', { title: 'Renamed' });
  await new Promise((resolve) => setTimeout(resolve, 150));
  const joining = new TestClient(server.url, credentials(room).participant);
  clients.push(joining);
  await joining.connect();
  expect(await renamed).toMatchObject({ ok: true });

  await eventually(() => {
    expect(host.view!.title).toBe('Renamed');
    expect(Object.keys(host.view!.queue.hands)).toHaveLength(0);
    expect(host.view!.members[joining.me!.memberId!]).toBeDefined();
  });
  const versions = host.received.filter((message) => message.startsWith('["room:change"')).map((message) => (JSON.parse(message) as [string, { v: number }])[1].v);
  expect(versions).toEqual([...versions].sort((a, b) => a - b));
});
