import {
  applyDelta,
  ErrorCode,
  newId,
  PROTOCOL_VERSION,
  type Change,
  type ClientCommand,
  type ClientToServerEvents,
  type CommandAck,
  type CommandType,
  type Credential,
  type HandshakeAuth,
  type PayloadOf,
  type ServerToClientEvents,
  type SyncResult,
} from '@roundtable/shared';
import { io, type Socket } from 'socket.io-client';
import { initialRoomStore, useRoomStore, type RejectedCommand } from '../store/roomStore.ts';
import {
  loadKnownSecrets,
  loadMemberSecret,
  loadOutbox,
  loadRejected,
  loadRoomCopy,
  saveMemberSecret,
  saveOutbox,
  saveRejected,
  saveRoomCopy,
} from './deviceCopy.ts';

/**
 * A safety net as in Excalidraw's periodic resync: a message lost for any reason must not leave
 * a device diverged for long, so a connected device asks for what it missed this often.
 */
const PERIODIC_SYNC_MS = 60_000;
/** How long a catch-up request may take before it is tried again. */
const SYNC_TIMEOUT_MS = 15_000;
/** A connection attempt that has not opened by then is given up and tried again (wi-fi that hangs). */
const CONNECT_TIMEOUT_MS = 8_000;
/** First and longest wait before trying again after a refusal or a passing failure; doubled each time. */
const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;
/**
 * The room is copied to the device at most this often, so a reload without signal still shows it.
 * Copying is a whole-view write, so it is throttled rather than done on every change.
 */
const SAVE_VIEW_EVERY_MS = 2_000;
/** Refusals that say "not now" rather than "never": the command stays in the outbox and is sent again. */
const PASSING_FAILURES = new Set<string>([ErrorCode.RATE_LIMITED, ErrorCode.UNAVAILABLE, ErrorCode.INTERNAL]);

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const set = useRoomStore.setState;
const get = useRoomStore.getState;

/** A wait that doubles with each attempt, with jitter so a room's phones do not all retry at once. */
function backoff(attempt: number): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * The device's one connection to one room. It owns the socket, registers every listener once,
 * and is the only writer of the room store.
 *
 * Live changes are applied only once the device has caught up on the current connection: until
 * then they wait, so a change can never land on a view that is missing the ones before it.
 * Commands go through an outbox kept in localStorage, so a command typed while offline, or
 * before a reload, is sent when the connection is back; the server acknowledges a repeated
 * command id again without applying it twice.
 */
export class RoomConnection {
  private readonly credential: Credential;
  private readonly socket: RoomSocket;
  /** Callers waiting for the answer to a command; a command handed over has none. */
  private readonly waiting = new Map<string, (ack: CommandAck) => void>();
  /** Commands sent on the current connection and not yet answered. */
  private readonly inFlight = new Set<string>();
  /**
   * Commands the server has stored, by the version they made, whose change has not reached this
   * device yet. They stay in the outbox (so the optimistic view keeps showing them) until it has.
   */
  private readonly acknowledged = new Map<string, number>();
  private caughtUp = false;
  private syncing = false;
  private buffered: Change[] = [];
  private failures = 0;
  private savedVersion = -1;
  private closed = false;
  private readonly retryTimers = new Map<'connect' | 'sync' | 'flush', ReturnType<typeof setTimeout>>();
  private readonly intervals: ReturnType<typeof setInterval>[] = [];

  constructor(credential: Credential) {
    this.credential = credential;
    set({
      ...initialRoomStore,
      ...loadRoomCopy(credential),
      pending: loadOutbox(credential),
      rejected: loadRejected(credential),
    });
    this.socket = io({
      transports: ['websocket'],
      timeout: CONNECT_TIMEOUT_MS,
      auth: (callback) => callback(this.handshake()),
    });
    this.socket.on('connect', () => {
      set({ status: 'online', statusMessage: null });
      void this.resync();
    });
    this.socket.on('disconnect', () => {
      this.inFlight.clear();
      this.caughtUp = false;
      if (get().status === 'online') set({ status: 'offline', statusMessage: null });
    });
    this.socket.on('connect_error', (error) => this.onRefused(error));
    this.socket.on('room:change', (change) => this.onChange(change));
    this.socket.on('room:presence', (presence) => set({ presence }));
    document.addEventListener('visibilitychange', this.onVisible);
    window.addEventListener('pagehide', this.saveView);
    this.intervals.push(setInterval(() => void this.resync(), PERIODIC_SYNC_MS));
    this.intervals.push(setInterval(this.saveView, SAVE_VIEW_EVERY_MS));
  }

  /**
   * Sends a command through the outbox. `ack` settles with the server's answer, however long
   * that takes, unless the caller hands the command over (see `handOver`).
   */
  send<T extends CommandType>(type: T, payload: PayloadOf<T>): { id: string; ack: Promise<CommandAck> } {
    const command = { id: newId(), type, payload } as ClientCommand;
    this.setPending([...get().pending, command]);
    const ack = new Promise<CommandAck>((resolve) => this.waiting.set(command.id, resolve));
    if (this.caughtUp && !this.syncing) this.emit(command);
    return { id: command.id, ack };
  }

  /**
   * The caller stops waiting (its form has moved on). If the server later refuses the command,
   * it goes to the `rejected` slice, so what was typed is still shown and can be copied.
   */
  handOver(commandId: string): void {
    this.waiting.delete(commandId);
  }

  dismissRejected(commandId: string): void {
    this.setRejected(get().rejected.filter((entry) => entry.command.id !== commandId));
  }

  close(): void {
    this.saveView();
    this.closed = true;
    for (const timer of this.retryTimers.values()) clearTimeout(timer);
    for (const interval of this.intervals) clearInterval(interval);
    document.removeEventListener('visibilitychange', this.onVisible);
    window.removeEventListener('pagehide', this.saveView);
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private handshake(): HandshakeAuth {
    const memberSecret = loadMemberSecret(this.credential);
    if (memberSecret) return { protocol: PROTOCOL_VERSION, credential: this.credential, memberSecret };
    const knownSecrets = this.credential.kind === 'participant' ? loadKnownSecrets() : [];
    return { protocol: PROTOCOL_VERSION, credential: this.credential, ...(knownSecrets.length ? { knownSecrets } : {}) };
  }

  private onRefused(error: Error & { data?: { code?: string; message?: string } }): void {
    const code = error.data?.code;
    const message = error.data?.message ?? null;
    if (code === ErrorCode.PROTOCOL_MISMATCH) {
      set({ status: 'reload', statusMessage: message });
    } else if (code === ErrorCode.UNAUTHORIZED || code === ErrorCode.BAD_REQUEST) {
      set({ status: 'denied', statusMessage: message });
    } else {
      set({ status: 'offline', statusMessage: message });
      // A refusal by the server's middleware is not retried by Socket.IO itself.
      if (!this.socket.active) this.retryLater('connect', () => this.socket.connect());
    }
  }

  private retryLater(what: 'connect' | 'sync' | 'flush', action: () => void): void {
    clearTimeout(this.retryTimers.get(what));
    const timer = setTimeout(() => {
      this.retryTimers.delete(what);
      if (!this.closed) action();
    }, backoff(this.failures++));
    this.retryTimers.set(what, timer);
  }

  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible') void this.resync();
  };

  /** Copies the room to the device when it has changed since the last copy. */
  private readonly saveView = (): void => {
    const { view, version, me } = get();
    if (!view || !me || version === this.savedVersion) return;
    this.savedVersion = version;
    saveRoomCopy(this.credential, { view, version, me });
  };

  /** Asks for what this device missed. Live changes that arrive meanwhile wait their turn. */
  private async resync(): Promise<void> {
    if (!this.socket.connected || this.syncing || this.closed) return;
    this.syncing = true;
    const { view, version, me } = get();
    let result: SyncResult;
    const sentAt = Date.now();
    try {
      result = await this.socket.timeout(SYNC_TIMEOUT_MS).emitWithAck('session:sync', { since: view ? version : null });
    } catch {
      result = { ok: false, code: ErrorCode.UNAVAILABLE, message: 'The workshop did not answer.' };
    }
    this.syncing = false;
    if (this.closed) return;
    if (!result.ok) {
      this.retryLater('sync', () => void this.resync());
      return;
    }
    if (result.me.memberSecret) saveMemberSecret(this.credential, result.me.memberSecret);
    if (result.mode === 'changes' && me && me.memberId !== result.me.memberId) {
      // The copy on this device was someone else's view of the room: start again from a snapshot.
      set({ view: null, version: 0 });
      void this.resync();
      return;
    }
    this.failures = 0;
    // The server read its clock about halfway through the round trip.
    const clockOffsetMs = result.serverTime - (sentAt + Date.now()) / 2;
    const base = { me: result.me, presence: result.presence, links: result.links, clockOffsetMs };
    if (result.mode === 'snapshot') set({ ...base, view: result.view, version: result.version });
    else {
      set(base);
      for (const change of result.changes) this.apply(change);
      set({ version: Math.max(get().version, result.version) });
    }
    this.caughtUp = true;
    const buffered = this.buffered;
    this.buffered = [];
    for (const change of buffered) this.apply(change);
    this.settleAcknowledged();
    this.flush();
  }

  private onChange(change: Change): void {
    if (!this.caughtUp || this.syncing) this.buffered.push(change);
    else this.apply(change);
  }

  private apply(change: Change): void {
    const { view, version } = get();
    if (!view || change.v <= version) return;
    set({ view: change.deltas.reduce(applyDelta, view), version: change.v });
    if (this.acknowledged.size) this.settleAcknowledged();
  }

  /** Takes out of the outbox the stored commands whose change this device now has. */
  private settleAcknowledged(): void {
    const { version } = get();
    const settled = new Set([...this.acknowledged].filter(([, at]) => at <= version).map(([id]) => id));
    if (!settled.size) return;
    for (const id of settled) this.acknowledged.delete(id);
    this.setPending(get().pending.filter((pending) => !settled.has(pending.id)));
  }

  /** Sends every queued command not already on its way, oldest first. */
  private flush(): void {
    if (!this.caughtUp || !this.socket.connected) return;
    for (const command of get().pending) this.emit(command);
  }

  private emit(command: ClientCommand): void {
    if (this.inFlight.has(command.id) || this.acknowledged.has(command.id)) return;
    this.inFlight.add(command.id);
    this.socket.emit('command', command, (ack: CommandAck) => this.onAck(command, ack));
  }

  private onAck(command: ClientCommand, ack: CommandAck): void {
    this.inFlight.delete(command.id);
    const savingProblem = !ack.ok && ack.code === ErrorCode.UNAVAILABLE ? ack.message : null;
    if (get().savingProblem !== savingProblem && (ack.ok || savingProblem)) set({ savingProblem });
    if (!ack.ok && PASSING_FAILURES.has(ack.code)) {
      // Still in the outbox: sent again a little later, in order with the rest.
      this.retryLater('flush', () => this.flush());
      return;
    }
    if (ack.ok && ack.version > get().version) this.acknowledged.set(command.id, ack.version);
    else this.setPending(get().pending.filter((pending) => pending.id !== command.id));
    const resolve = this.waiting.get(command.id);
    this.waiting.delete(command.id);
    if (resolve) resolve(ack);
    else if (!ack.ok) this.setRejected([...get().rejected, { command, message: ack.message }]);
  }

  private setPending(pending: ClientCommand[]): void {
    saveOutbox(this.credential, pending);
    set({ pending });
  }

  private setRejected(rejected: RejectedCommand[]): void {
    saveRejected(this.credential, rejected);
    set({ rejected });
  }
}
