import {
  applyDelta,
  newId,
  PROTOCOL_VERSION,
  type Change,
  type ClientToServerEvents,
  type CommandAck,
  type CreateRoomResponse,
  type Credential,
  type Me,
  type RoomView,
  type ServerToClientEvents,
  type SyncResult,
  type Viewer,
} from '@roundtable/shared';
import { afterEach, beforeEach } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { startServer, type RunningServer } from '../../src/app.ts';
import { readConfig } from '../../src/config.ts';
import { MemoryStore } from '../../src/store/MemoryStore.ts';
import type { Store } from '../../src/store/Store.ts';

export interface TestServer extends RunningServer {
  url: string;
  store: Store;
  createRoom(title?: string): Promise<CreateRoomResponse>;
}

/**
 * A real server on an ephemeral loopback port, with an in-memory store unless one is given.
 * `env` adds settings as the server would read them from its environment (`HAND_GRACE_MS`).
 */
export async function startTestServer(store: Store = new MemoryStore(), env: NodeJS.ProcessEnv = {}): Promise<TestServer> {
  const config = readConfig({ ...env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/nonexistent' });
  const server = await startServer(config, store);
  const url = `http://127.0.0.1:${server.port}`;
  return {
    ...server,
    url,
    store,
    async createRoom(title = 'Test workshop') {
      const response = await fetch(`${url}/api/rooms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      if (response.status !== 201) throw new Error(`Could not create a room: ${response.status}`);
      return (await response.json()) as CreateRoomResponse;
    },
  };
}

/** The credentials of a created room, as each kind of device presents them. */
export function credentials(room: CreateRoomResponse): Record<'facilitator' | 'participant' | 'screen', Credential> {
  return {
    facilitator: { kind: 'facilitator', roomId: room.roomId, key: room.facilitatorKey },
    participant: { kind: 'participant', token: lastSegment(room.links.join) },
    screen: { kind: 'screen', token: lastSegment(room.links.screen) },
  };
}

function lastSegment(url: string): string {
  return new URL(url).pathname.split('/').pop() ?? '';
}

/**
 * A device as the real client behaves: it keeps a view, applies changes in version order,
 * catches up on every (re)connection, and records every raw message it receives.
 */
export class TestClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  view: RoomView | null = null;
  version = 0;
  me: Me | null = null;
  memberSecret: string | undefined;
  /** Every message and catch-up answer this device received, serialised, for checks on what travelled. */
  readonly received: string[] = [];
  private syncing = false;
  private buffered: Change[] = [];
  private readonly credential: Credential;

  constructor(url: string, credential: Credential, options: { memberSecret?: string; protocol?: number } = {}) {
    this.credential = credential;
    this.memberSecret = options.memberSecret;
    this.socket = connectSocket(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      autoConnect: false,
      auth: (callback) =>
        callback({
          protocol: options.protocol ?? PROTOCOL_VERSION,
          credential: this.credential,
          ...(this.memberSecret ? { memberSecret: this.memberSecret } : {}),
        }),
    });
    this.socket.onAny((event: string, ...args: unknown[]) => this.received.push(JSON.stringify([event, ...args])));
    // From the moment the connection opens, live changes wait for the catch-up, as in the real
    // client: one that arrived in the same network read as the opening would otherwise be applied
    // first, and the catch-up, asked from its version, would skip what was missed while away.
    this.socket.on('connect', () => {
      this.syncing = true;
    });
    this.socket.on('room:change', (change) => this.onChange(change));
  }

  /** Connects and catches up; resolves once the view is current. */
  async connect(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (error) => reject(error));
      this.socket.connect();
    });
    await this.sync();
  }

  disconnect(): void {
    this.socket.disconnect();
  }

  async sync(): Promise<SyncResult> {
    this.syncing = true;
    const result = await this.socket.emitWithAck('session:sync', { since: this.view ? this.version : null });
    this.syncing = false;
    this.received.push(JSON.stringify(['session:sync (answer)', result]));
    if (result.ok) {
      this.me = result.me;
      if (result.me.memberSecret) this.memberSecret = result.me.memberSecret;
      if (result.mode === 'snapshot') {
        this.view = result.view;
        this.version = result.version;
      } else {
        for (const change of result.changes) this.onChange(change);
        this.version = Math.max(this.version, result.version);
      }
    }
    const buffered = this.buffered;
    this.buffered = [];
    for (const change of buffered) this.onChange(change);
    return result;
  }

  /** Sends a command; a given id lets a test send the same command twice. */
  send(type: string, payload: unknown, id: string = newId()): Promise<CommandAck> {
    return this.socket.emitWithAck('command', { id, type, payload });
  }

  /** Resolves once this device has applied `version` (or later). */
  async waitForVersion(version: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.version < version) {
      if (Date.now() > deadline) throw new Error(`Still at version ${this.version}, waiting for ${version}.`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private onChange(change: Change): void {
    if (this.syncing) {
      this.buffered.push(change);
      return;
    }
    if (!this.view || change.v <= this.version) return;
    this.view = change.deltas.reduce(applyDelta, this.view);
    this.version = change.v;
  }
}

/** Waits until `check` passes or the time is up. */
export async function eventually(check: () => void, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

/**
 * A fresh server and room for each test of the file, with the devices that join it closed after
 * the test. `ok` sends a command that must be accepted; `serverView` is the room as the server
 * would show it to a viewer: what every device must converge to.
 */
export function useTestRoom(title: string) {
  let server: TestServer;
  let room: CreateRoomResponse;
  const clients: TestClient[] = [];
  beforeEach(async () => {
    server = await startTestServer();
    room = await server.createRoom(title);
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await server.close();
  });
  return {
    get server(): TestServer {
      return server;
    },
    get room(): CreateRoomResponse {
      return room;
    },
    async device(kind: 'facilitator' | 'participant' | 'screen', memberSecret?: string): Promise<TestClient> {
      const client = new TestClient(server.url, credentials(room)[kind], memberSecret ? { memberSecret } : {});
      clients.push(client);
      await client.connect();
      return client;
    },
    async ok(client: TestClient, type: string, payload: unknown, id?: string): Promise<number> {
      const ack = await client.send(type, payload, id);
      if (!ack.ok) throw new Error(`${type} refused: ${ack.message}`);
      return ack.version;
    },
    async serverView(viewer: Viewer): Promise<RoomView> {
      const record = await server.registry.find({ by: 'id', id: room.roomId });
      return (await server.registry.room(record!)).viewFor(viewer);
    },
  };
}
