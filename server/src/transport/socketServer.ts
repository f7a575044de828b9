import type { Server as HttpServer, IncomingMessage } from 'node:http';
import {
  clientCommandSchema,
  describeIssue,
  ErrorCode,
  fail,
  handshakeAuthSchema,
  newId,
  PROTOCOL_VERSION,
  syncRequestSchema,
  type ClientToServerEvents,
  type CommandAck,
  type Presence,
  type Role,
  type RoomLinks,
  type ServerToClientEvents,
  type SyncResult,
} from '@roundtable/shared';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import { PeerPresence } from '../cluster/presence.ts';
import type { Applied, Room } from '../rooms/Room.ts';
import type { RoomRegistry, Session } from '../rooms/RoomRegistry.ts';
import { TokenBucket } from '../security/rateLimit.ts';
import { StoreUnavailable } from '../store/Store.ts';
import { memberChannel, planDeliveries, roomChannel } from './fanOut.ts';
import { AwayTimers, PresenceTracker } from './presence.ts';

/** Largest message a device may send, in bytes. Anything bigger closes its connection. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Commands one connection may send in a burst, and per second after that. */
const COMMAND_BURST = 20;
const COMMANDS_PER_SECOND = 10;

interface SocketData {
  session: Session;
  commands: TokenBucket;
}

/** What processes tell each other through the Socket.IO adapter when there are several. */
interface ServerSideEvents {
  /** A process's own presence counts for a room. */
  presence: (serverId: string, roomId: string, counts: Presence) => void;
  /** Asks every other process whether a device of the member is connected to it. */
  memberConnected: (roomId: string, memberId: string, answer: (connected: boolean) => void) => void;
}

type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>;
type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, ServerSideEvents, SocketData>;

/** Set when this is one of several processes sharing rooms through Redis. */
export interface SocketCluster {
  /** The Socket.IO Redis Streams adapter, linking this process's Socket.IO server to the others. */
  adapter: NonNullable<ServerOptions['adapter']>;
  /** Names this process to its peers. */
  serverId: string;
}

export interface SocketServerOptions {
  registry: RoomRegistry;
  /** Whether a browser page from this origin may connect (checked on the handshake request). */
  originAllowed: (origin: string | undefined, request: IncomingMessage) => boolean;
  /** The links a facilitator or screen shows, made with the server's public address. */
  linksFor: (room: Room, role: 'facilitator' | 'screen') => RoomLinks;
  /** How long a participant's phone may be away before its raised hand is lowered for it. */
  handGraceMs: number;
  cluster?: SocketCluster;
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
  const { registry, cluster } = options;
  const io: RoomServer = new Server(httpServer, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    allowRequest: (request, callback) => callback(null, options.originAllowed(request.headers.origin, request)),
    ...(cluster ? { adapter: cluster.adapter } : {}),
  });
  // Stored, then acknowledged, then broadcast on the next turn: engine.io writes a socket once per
  // tick, so a broadcast in this turn would hold the sender's answer behind a loop over every
  // device in the room. Every applied command comes through here, in version order.
  registry.onApplied((room, applied) => setImmediate(() => broadcast(io, room.id, applied)));
  const presence = cluster ? clusterPresence(io, httpServer, cluster) : singlePresence(io);
  const away = new AwayTimers(options.handGraceMs);

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
      const session = await registry.open(auth.data.credential, auth.data.memberSecret, auth.data.knownSecrets);
      if ('ok' in session) return next(refusal(session.code, session.message));
      socket.data = { session, commands: new TokenBucket(COMMAND_BURST, COMMANDS_PER_SECOND) };
      return next();
    } catch (error) {
      if (error instanceof StoreUnavailable) {
        console.error(`Handshake refused: ${error.message}`);
        return next(refusal(ErrorCode.UNAVAILABLE, 'The workshop cannot be reached right now. Trying again…'));
      }
      console.error('Handshake failed:', error);
      return next(refusal(ErrorCode.INTERNAL, 'Something went wrong. Trying again…'));
    }
  });

  const lowerHand = (room: Room, memberId: string): void => {
    room
      .apply({ id: newId(), type: 'queue.memberAway', payload: { memberId } }, { role: 'system', memberId: null })
      .catch((error: unknown) => console.error(`Could not lower the hand of ${memberId} in room ${room.id}:`, error));
  };
  // With several processes, the phone may have come back through another one: the timer of the
  // process it left asks the others before lowering the hand, and if they cannot all be asked
  // (Redis is away), keeps the hand up and waits another grace period. (Not fetchSockets(): it
  // would send each socket's data, which holds the live room, to the asking process.)
  const lowerAwayHand = !cluster
    ? lowerHand
    : (room: Room, memberId: string): void => {
        // The adapter waits up to 5 s for every other process to answer.
        io.serverSideEmitWithAck('memberConnected', room.id, memberId)
          .then(
            (answers: boolean[]) => answers.includes(true) || lowerHand(room, memberId),
            () => away.startGrace(room.id, memberId, () => lowerAwayHand(room, memberId)),
          );
      };
  if (cluster) io.on('memberConnected', (roomId, memberId, answer) => answer(away.isHere(roomId, memberId)));
  /** Rooms whose raised hands have had their grace timers started since this process began. */
  const graceArmed = new Set<string>();

  io.on('connection', (socket) => {
    const { session } = socket.data;
    const { room, viewer } = session;
    if (!graceArmed.has(room.id)) {
      // Timers do not survive a restart: every hand up when the room is first used again gets one.
      graceArmed.add(room.id);
      for (const memberId of room.raisedHandMembers()) away.startGrace(room.id, memberId, () => lowerAwayHand(room, memberId));
    }
    void socket.join(roomChannel(room.id));
    if (viewer.memberId) void socket.join(memberChannel(room.id, viewer.memberId));
    presence.add(room.id, viewer.role);
    if (viewer.role === 'participant' && viewer.memberId) away.arrived(room.id, viewer.memberId);

    socket.on('session:sync', (request, ack) => {
      if (typeof ack !== 'function') return;
      ack(sync(socket, request, options, presence.total(room.id)));
      delete socket.data.session.newMemberSecret;
    });

    socket.on('command', (raw, ack) => {
      if (typeof ack !== 'function') return;
      void handleCommand(socket, raw).then(ack, (error: unknown) => {
        console.error('Command failed:', error);
        ack(fail(ErrorCode.INTERNAL, 'Something went wrong. Your change was not saved.'));
      });
    });

    socket.on('disconnect', () => {
      presence.remove(room.id, viewer.role);
      const { memberId } = viewer;
      if (viewer.role !== 'participant' || !memberId) return;
      // A dropped phone keeps its place in the queue for the grace period, then its hand goes down.
      away.left(room.id, memberId, () => lowerAwayHand(room, memberId));
    });
  });

  return io;
}

/** Presence as devices see it: this process's counts alone, or the sum over every process. */
interface PresenceBoard {
  add(roomId: string, role: Role): void;
  remove(roomId: string, role: Role): void;
  total(roomId: string): Presence;
}

function singlePresence(io: RoomServer): PresenceBoard {
  const tracker = new PresenceTracker((roomId, counts) => io.to(roomChannel(roomId)).emit('room:presence', counts));
  return { add: (roomId, role) => tracker.add(roomId, role), remove: (roomId, role) => tracker.remove(roomId, role), total: (roomId) => tracker.get(roomId) };
}

function clusterPresence(io: RoomServer, httpServer: HttpServer, cluster: SocketCluster): PresenceBoard {
  const tracker: PresenceTracker = new PresenceTracker((roomId, counts) => peers.localChanged(roomId, counts));
  const peers = new PeerPresence({
    publish: (roomId, counts) => io.serverSideEmit('presence', cluster.serverId, roomId, counts),
    show: (roomId, total) => io.local.to(roomChannel(roomId)).emit('room:presence', total),
    local: (roomId) => tracker.get(roomId),
    localRooms: () => tracker.rooms(),
  });
  io.on('presence', (serverId, roomId, counts) => peers.peerChanged(serverId, roomId, counts));
  httpServer.once('close', () => peers.close());
  return { add: (roomId, role) => tracker.add(roomId, role), remove: (roomId, role) => tracker.remove(roomId, role), total: (roomId) => peers.total(roomId) };
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
    serverTime: Date.now(),
    links: viewer.role === 'participant' ? null : options.linksFor(room, viewer.role),
  };
  const { since } = request.data;
  const changes = since === null ? null : room.changesSince(since, viewer);
  if (changes) return { ...base, mode: 'changes', changes };
  return { ...base, mode: 'snapshot', view: room.viewFor(viewer) };
}

async function handleCommand(socket: RoomSocket, raw: unknown): Promise<CommandAck> {
  const { session, commands } = socket.data;
  if (!commands.take()) return fail(ErrorCode.RATE_LIMITED, 'You are sending very quickly. Please wait a moment and try again.');
  const parsed = clientCommandSchema.safeParse(raw);
  if (!parsed.success) {
    return fail(ErrorCode.BAD_REQUEST, describeIssue(parsed.error.issues, 'That was not understood. Please try again.'));
  }
  const { room, viewer } = session;
  return room.apply(parsed.data, { role: viewer.role, memberId: viewer.memberId });
}

/**
 * Sends an applied command's deltas to this process's devices only (`io.local`): with several
 * processes, each one applies every version itself and tells its own devices, so the adapter
 * must not carry these emits to the others as well.
 */
function broadcast(io: RoomServer, roomId: string, applied: Applied): void {
  for (const delivery of planDeliveries(roomId, applied.effects)) {
    const target = delivery.except.length ? io.local.to(delivery.to).except(delivery.except) : io.local.to(delivery.to);
    target.emit('room:change', { v: applied.version, deltas: delivery.deltas });
  }
}
