import type { Server as HttpServer, IncomingMessage } from 'node:http';
import {
  clientCommandSchema,
  describeIssue,
  ErrorCode,
  fail,
  handshakeAuthSchema,
  PROTOCOL_VERSION,
  syncRequestSchema,
  type ClientToServerEvents,
  type CommandAck,
  type Presence,
  type RoomLinks,
  type ServerToClientEvents,
  type SyncResult,
} from '@roundtable/shared';
import { Server, type Socket } from 'socket.io';
import type { Applied, Room } from '../rooms/Room.ts';
import type { RoomRegistry, Session } from '../rooms/RoomRegistry.ts';
import { TokenBucket } from '../security/rateLimit.ts';
import { memberChannel, planDeliveries, roomChannel } from './fanOut.ts';

/** Largest message a device may send, in bytes. Anything bigger closes its connection. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Commands one connection may send in a burst, and per second after that. */
const COMMAND_BURST = 20;
const COMMANDS_PER_SECOND = 10;
/** Presence counts go out at most this often per room, however many devices come and go. */
export const PRESENCE_THROTTLE_MS = 1000;

interface SocketData {
  session: Session;
  commands: TokenBucket;
}

type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export interface SocketServerOptions {
  registry: RoomRegistry;
  /** Whether a browser page from this origin may connect (checked on the handshake request). */
  originAllowed: (origin: string | undefined, request: IncomingMessage) => boolean;
  /** The links a facilitator or screen shows, made with the server's public address. */
  linksFor: (room: Room, role: 'facilitator' | 'screen') => RoomLinks;
}

/** A refusal during the handshake; the client reads `data.code`. */
function refusal(code: ErrorCode, message: string): Error & { data: { code: ErrorCode; message: string } } {
  return Object.assign(new Error(message), { data: { code, message } });
}

/**
 * The thin transport: Socket.IO in, room logic out. It authenticates each connection once,
 * parses every message with the shared schemas, and turns each applied command into the
 * fewest emits that tell each device what it may see.
 */
export function attachSocketServer(httpServer: HttpServer, options: SocketServerOptions): RoomServer {
  const { registry } = options;
  const io: RoomServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    allowRequest: (request, callback) => callback(null, options.originAllowed(request.headers.origin, request)),
  });
  const presence = new PresenceTracker(io);

  io.use(async (socket, next) => {
    try {
      const auth = handshakeAuthSchema.safeParse(socket.handshake.auth);
      if (!auth.success) {
        const protocol = (socket.handshake.auth as { protocol?: unknown } | undefined)?.protocol;
        if (protocol !== PROTOCOL_VERSION) return next(refusal(ErrorCode.PROTOCOL_MISMATCH, 'Roundtable has been updated. Please reload the page.'));
        return next(refusal(ErrorCode.BAD_REQUEST, 'This link is not complete. Please check it with the facilitator.'));
      }
      if (auth.data.protocol !== PROTOCOL_VERSION) {
        return next(refusal(ErrorCode.PROTOCOL_MISMATCH, 'Roundtable has been updated. Please reload the page.'));
      }
      const session = await registry.open(auth.data.credential, auth.data.memberSecret);
      if ('ok' in session) return next(refusal(session.code, session.message));
      socket.data = { session, commands: new TokenBucket(COMMAND_BURST, COMMANDS_PER_SECOND) };
      return next();
    } catch (error) {
      console.error('Handshake failed:', error);
      return next(refusal(ErrorCode.INTERNAL, 'Something went wrong. Trying again…'));
    }
  });

  io.on('connection', (socket) => {
    const { session } = socket.data;
    const { room, viewer } = session;
    void socket.join(roomChannel(room.id));
    if (viewer.memberId) void socket.join(memberChannel(room.id, viewer.memberId));
    presence.add(room.id, viewer.role);
    if (session.joined) broadcast(io, room.id, session.joined);

    socket.on('session:sync', (request, ack) => {
      if (typeof ack !== 'function') return;
      ack(sync(socket, request, options, presence.get(room.id)));
      delete socket.data.session.newMemberSecret;
    });

    socket.on('command', (raw, ack) => {
      if (typeof ack !== 'function') return;
      void handleCommand(socket, raw).then(
        ({ answer, applied }) => {
          // Stored first, then broadcast, then acknowledged: on the sender's own socket the change
          // arrives before its acknowledgement, so its "waiting to send" mark never clears early.
          if (applied) broadcast(io, room.id, applied);
          ack(answer);
        },
        (error: unknown) => {
          console.error('Command failed:', error);
          ack(fail(ErrorCode.INTERNAL, 'Something went wrong. Your change was not saved.'));
        },
      );
    });

    socket.on('disconnect', () => presence.remove(room.id, viewer.role));
  });

  return io;
}

function sync(socket: RoomSocket, raw: unknown, options: SocketServerOptions, presence: Presence): SyncResult {
  const request = syncRequestSchema.safeParse(raw);
  if (!request.success) return fail(ErrorCode.BAD_REQUEST, 'The request to catch up was not understood.');
  const { room, viewer, newMemberSecret } = socket.data.session;
  const base = {
    ok: true as const,
    me: { role: viewer.role, memberId: viewer.memberId, ...(newMemberSecret ? { memberSecret: newMemberSecret } : {}) },
    version: room.version,
    presence,
    links: viewer.role === 'participant' ? null : options.linksFor(room, viewer.role),
  };
  const { since } = request.data;
  const changes = since === null ? null : room.changesSince(since, viewer);
  if (changes) return { ...base, mode: 'changes', changes };
  return { ...base, mode: 'snapshot', view: room.viewFor(viewer) };
}

async function handleCommand(socket: RoomSocket, raw: unknown): Promise<{ answer: CommandAck; applied?: Applied }> {
  const { session, commands } = socket.data;
  if (!commands.take()) return refused(ErrorCode.RATE_LIMITED, 'You are sending very quickly. Please wait a moment and try again.');
  const parsed = clientCommandSchema.safeParse(raw);
  if (!parsed.success) {
    return refused(ErrorCode.BAD_REQUEST, describeIssue(parsed.error.issues, 'That was not understood. Please try again.'));
  }
  const { room, viewer } = session;
  const outcome = await room.apply(parsed.data, { role: viewer.role, memberId: viewer.memberId });
  if (!outcome.ok) return { answer: outcome };
  return { answer: { ok: true, version: outcome.version }, ...(outcome.applied ? { applied: outcome.applied } : {}) };
}

function refused(code: ErrorCode, message: string): { answer: CommandAck } {
  return { answer: fail(code, message) };
}

function broadcast(io: RoomServer, roomId: string, applied: Applied): void {
  for (const delivery of planDeliveries(roomId, applied.effects)) {
    const target = delivery.except.length ? io.to(delivery.to).except(delivery.except) : io.to(delivery.to);
    target.emit('room:change', { v: applied.version, deltas: delivery.deltas });
  }
}

/** Who is connected to each room, by role. Memory only; sent as counts, throttled. */
class PresenceTracker {
  private readonly counts = new Map<string, Presence>();
  private readonly pending = new Set<string>();
  private readonly io: RoomServer;

  constructor(io: RoomServer) {
    this.io = io;
  }

  get(roomId: string): Presence {
    return { ...(this.counts.get(roomId) ?? { facilitators: 0, participants: 0, screens: 0 }) };
  }

  add(roomId: string, role: keyof typeof ROLE_KEYS): void {
    this.change(roomId, role, 1);
  }

  remove(roomId: string, role: keyof typeof ROLE_KEYS): void {
    this.change(roomId, role, -1);
  }

  private change(roomId: string, role: keyof typeof ROLE_KEYS, by: number): void {
    const counts = this.get(roomId);
    counts[ROLE_KEYS[role]] += by;
    if (counts.facilitators + counts.participants + counts.screens === 0) this.counts.delete(roomId);
    else this.counts.set(roomId, counts);
    if (this.pending.has(roomId)) return;
    this.pending.add(roomId);
    setTimeout(() => {
      this.pending.delete(roomId);
      this.io.to(roomChannel(roomId)).emit('room:presence', this.get(roomId));
    }, PRESENCE_THROTTLE_MS).unref();
  }
}

const ROLE_KEYS = { facilitator: 'facilitators', participant: 'participants', screen: 'screens' } as const;
