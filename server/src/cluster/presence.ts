import type { Presence } from '@roundtable/shared';

/** How often a process repeats its counts for rooms with devices on it, so peers know it is alive. */
export const PRESENCE_HEARTBEAT_MS = 10_000;
/** Counts a peer has not repeated for this long are dropped: that process has stopped. */
export const PRESENCE_STALE_MS = 3 * PRESENCE_HEARTBEAT_MS;

/** What a room nobody has been shown counts for is taken to show. */
const NOBODY = JSON.stringify({ facilitators: 0, participants: 0, screens: 0 } satisfies Presence);

export interface PeerPresenceOptions {
  /** Tells the other processes this one's counts for a room (through the Socket.IO adapter). */
  publish: (roomId: string, counts: Presence) => void;
  /** Tells this process's devices in a room the counts over every process. */
  show: (roomId: string, total: Presence) => void;
  /** This process's own counts for a room. */
  local: (roomId: string) => Presence;
  /** Rooms with a device on this process. */
  localRooms: () => string[];
}

/**
 * Presence counts summed over every process: each process sends its own counts for a room when
 * they change (already throttled by the PresenceTracker) and repeats them every
 * PRESENCE_HEARTBEAT_MS; each adds its peers' latest counts to its own. A process that dies
 * stops repeating, and its devices drop out of the counts within PRESENCE_STALE_MS (they are
 * usually counted again sooner, when they reconnect to another process).
 */
export class PeerPresence {
  private readonly peers = new Map<string, Map<string, { counts: Presence; at: number }>>();
  private readonly shown = new Map<string, string>();
  private readonly options: PeerPresenceOptions;
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor(options: PeerPresenceOptions) {
    this.options = options;
    this.heartbeat = setInterval(() => this.beat(), PRESENCE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** This process's counts for a room changed. */
  localChanged(roomId: string, counts: Presence): void {
    this.options.publish(roomId, counts);
    this.show(roomId);
  }

  /** A peer's counts for a room arrived. */
  peerChanged(serverId: string, roomId: string, counts: Presence, now = Date.now()): void {
    let room = this.peers.get(roomId);
    if (!room) this.peers.set(roomId, (room = new Map()));
    room.set(serverId, { counts, at: now });
    this.show(roomId, now);
  }

  /** The counts over every process that is still alive. */
  total(roomId: string, now = Date.now()): Presence {
    const total = { ...this.options.local(roomId) };
    for (const { counts, at } of this.peers.get(roomId)?.values() ?? []) {
      if (now - at > PRESENCE_STALE_MS) continue;
      total.facilitators += counts.facilitators;
      total.participants += counts.participants;
      total.screens += counts.screens;
    }
    return total;
  }

  close(): void {
    clearInterval(this.heartbeat);
  }

  /** Sends the total to this process's devices when it differs from what they were last shown. */
  private show(roomId: string, now = Date.now()): void {
    const total = this.total(roomId, now);
    const key = JSON.stringify(total);
    if ((this.shown.get(roomId) ?? NOBODY) === key) return;
    this.shown.set(roomId, key);
    this.options.show(roomId, total);
  }

  /** Repeats this process's counts, forgets stopped peers, and corrects totals that changed by it. */
  beat(now = Date.now()): void {
    for (const roomId of this.options.localRooms()) this.options.publish(roomId, this.options.local(roomId));
    for (const [roomId, room] of this.peers) {
      for (const [serverId, { at }] of room) if (now - at > PRESENCE_STALE_MS) room.delete(serverId);
      if (room.size === 0) this.peers.delete(roomId);
      this.show(roomId, now);
    }
  }
}
