import {
  applyDelta,
  clientCommandSchema,
  ErrorCode,
  roomStateSchema,
  newId,
  PROTOCOL_VERSION,
  type Change,
  type ClientCommand,
  type ClientToServerEvents,
  type CommandAck,
  type CommandType,
  type Credential,
  type HandshakeAuth,
  type Me,
  type PayloadOf,
  type ServerToClientEvents,
  type SyncResult,
} from '@roundtable/shared';
import { io, type Socket } from 'socket.io-client';
import { initialRoomStore, useRoomStore, type RoomStore } from '../store/roomStore.ts';
import { loadJson, saveJson } from './storage.ts';

/**
 * A safety net as in Excalidraw's periodic resync: a message lost for any reason must not leave
 * a device diverged for long, so a connected device asks for what it missed this often.
 */
const PERIODIC_SYNC_MS = 60_000;
/** How long to wait before trying again after the server refused a connection for a passing reason. */
const RETRY_AFTER_REFUSAL_MS = 3_000;
/**
 * The room is copied to the device at most this often, so a reload without signal still shows it.
 * Copying is a whole-view write, so it is throttled rather than done on every change.
 */
const SAVE_VIEW_EVERY_MS = 2_000;
/** A connection attempt that has not opened by then is given up and tried again (wi-fi that hangs). */
const CONNECT_TIMEOUT_MS = 8_000;

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The outbox as stored on the device. Entries written by an older version of the app that no
 * longer parse are dropped rather than sent: the server would refuse them anyway.
 */
/** The copy of the room this device last saw, if it still parses, so the page shows it at once. */
function loadCachedRoom(key: string): Pick<RoomStore, 'view' | 'version' | 'me'> | null {
  const stored = loadJson<{ view?: unknown; version?: unknown; me?: Me }>(key);
  const view = roomStateSchema.safeParse(stored?.view);
  if (!stored || !view.success || typeof stored.version !== 'number' || !stored.me) return null;
  return { view: view.data, version: stored.version, me: stored.me };
}

function loadOutbox(key: string): ClientCommand[] {
  const stored = loadJson<unknown[]>(key);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = clientCommandSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

const set = useRoomStore.setState;
const get = useRoomStore.getState;

/** Where a device keeps what it must not forget for this room: its member secret and outbox. */
function storageKey(credential: Credential, what: 'member' | 'outbox' | 'view'): string {
  const id = credential.kind === 'facilitator' ? credential.roomId : credential.token;
  return `roundtable:${credential.kind}:${id}:${what}`;
}

/**
 * The device's one connection to one room. It owns the socket, registers every listener once,
 * and is the only writer of the room store. Commands go through an outbox kept in localStorage,
 * so a command typed while offline, or before a reload, is sent when the connection is back; the
 * server acknowledges a repeated command id again without applying it twice.
 */
export class RoomConnection {
  private readonly socket: RoomSocket;
  private readonly waiting = new Map<string, (ack: CommandAck) => void>();
  /** Commands sent on the current connection and not yet acknowledged. */
  private readonly inFlight = new Set<string>();
  private syncing = false;
  private buffered: Change[] = [];
  private readonly timers: ReturnType<typeof setInterval>[] = [];

  private readonly credential: Credential;

  constructor(credential: Credential) {
    this.credential = credential;
    set({
      ...initialRoomStore,
      ...loadCachedRoom(storageKey(credential, 'view')),
      pending: loadOutbox(storageKey(credential, 'outbox')),
    });
    this.socket = io({
      transports: ['websocket'],
      timeout: CONNECT_TIMEOUT_MS,
      auth: (callback) => callback(this.handshake()),
    });
    this.socket.on('connect', () => this.onConnect());
    this.socket.on('disconnect', () => {
      this.inFlight.clear();
      if (get().status === 'online') set({ status: 'offline', statusMessage: 'Connection lost. Trying again…' });
    });
    this.socket.on('connect_error', (error) => this.onRefused(error));
    this.socket.on('room:change', (change) => this.onChange(change));
    this.socket.on('room:presence', (presence) => set({ presence }));
    document.addEventListener('visibilitychange', this.onVisible);
    window.addEventListener('pagehide', this.saveView);
    this.timers.push(setInterval(() => void this.resync(), PERIODIC_SYNC_MS));
    this.timers.push(setInterval(this.saveView, SAVE_VIEW_EVERY_MS));
  }

  /** Sends a command. The promise settles with the server's answer, however long that takes. */
  send<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<CommandAck> {
    const command = { id: newId(), type, payload } as ClientCommand;
    this.setPending([...get().pending, command]);
    return new Promise((resolve) => {
      this.waiting.set(command.id, resolve);
      if (this.socket.connected && !this.syncing) this.emit(command);
    });
  }

  close(): void {
    this.saveView();
    document.removeEventListener('visibilitychange', this.onVisible);
    window.removeEventListener('pagehide', this.saveView);
    for (const timer of this.timers) clearInterval(timer);
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private handshake(): HandshakeAuth {
    const member = loadJson<{ secret: string }>(storageKey(this.credential, 'member'));
    return { protocol: PROTOCOL_VERSION, credential: this.credential, ...(member ? { memberSecret: member.secret } : {}) };
  }

  private onConnect(): void {
    set({ status: 'online', statusMessage: null });
    void this.resync();
  }

  private onRefused(error: Error & { data?: { code?: string; message?: string } }): void {
    const code = error.data?.code;
    const message = error.data?.message;
    if (code === ErrorCode.PROTOCOL_MISMATCH) {
      set({ status: 'reload', statusMessage: message ?? 'Roundtable has been updated. Please reload the page.' });
    } else if (code === ErrorCode.UNAUTHORIZED || code === ErrorCode.BAD_REQUEST) {
      set({ status: 'denied', statusMessage: message ?? 'This link does not open a workshop.' });
    } else {
      set({ status: 'offline', statusMessage: message ?? 'Cannot reach the workshop. Trying again…' });
      // A refusal by the server's middleware is not retried by Socket.IO itself.
      if (!this.socket.active) setTimeout(() => this.socket.connect(), RETRY_AFTER_REFUSAL_MS);
    }
  }

  private savedVersion = -1;

  /** Copies the room to the device when it has changed since the last copy. */
  private readonly saveView = (): void => {
    const { view, version, me } = get();
    if (!view || !me || version === this.savedVersion) return;
    this.savedVersion = version;
    saveJson(storageKey(this.credential, 'view'), { view, version, me });
  };

  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible') void this.resync();
  };

  /** Asks for what this device missed. Live changes that arrive meanwhile wait their turn. */
  private async resync(): Promise<void> {
    if (!this.socket.connected || this.syncing) return;
    this.syncing = true;
    const { view, version } = get();
    let result: SyncResult;
    try {
      result = await this.socket.timeout(15_000).emitWithAck('session:sync', { since: view ? version : null });
    } catch {
      this.syncing = false;
      return;
    }
    this.syncing = false;
    if (!result.ok) {
      set({ statusMessage: result.message });
      return;
    }
    if (result.me.memberSecret) saveJson(storageKey(this.credential, 'member'), { secret: result.me.memberSecret });
    const base = { me: result.me, presence: result.presence, links: result.links };
    if (result.mode === 'snapshot') set({ ...base, view: result.view, version: result.version });
    else {
      set(base);
      for (const change of result.changes) this.onChange(change);
      set({ version: Math.max(get().version, result.version) });
    }
    const buffered = this.buffered;
    this.buffered = [];
    for (const change of buffered) this.onChange(change);
    for (const command of get().pending) this.emit(command);
  }

  private onChange(change: Change): void {
    if (this.syncing) {
      this.buffered.push(change);
      return;
    }
    const { view, version } = get();
    if (!view || change.v <= version) return;
    set({ view: change.deltas.reduce(applyDelta, view), version: change.v });
  }

  private emit(command: ClientCommand): void {
    if (this.inFlight.has(command.id)) return;
    this.inFlight.add(command.id);
    this.socket.emit('command', command, (ack: CommandAck) => {
      this.inFlight.delete(command.id);
      this.setPending(get().pending.filter((pending) => pending.id !== command.id));
      this.waiting.get(command.id)?.(ack);
      this.waiting.delete(command.id);
    });
  }

  private setPending(pending: ClientCommand[]): void {
    saveJson(storageKey(this.credential, 'outbox'), pending.length ? pending : null);
    set({ pending });
  }
}
