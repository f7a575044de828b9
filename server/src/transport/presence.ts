import type { Presence } from '@roundtable/shared';

/** Presence counts go out at most this often per room, however many devices come and go. */
export const PRESENCE_THROTTLE_MS = 1000;

/** Who is connected to each room, by role. Memory only; sent as counts, throttled. */
export class PresenceTracker {
  private readonly counts = new Map<string, Presence>();
  private readonly pending = new Set<string>();
  private readonly send: (roomId: string, counts: Presence) => void;

  constructor(send: (roomId: string, counts: Presence) => void) {
    this.send = send;
  }

  get(roomId: string): Presence {
    return { ...(this.counts.get(roomId) ?? { facilitators: 0, participants: 0, screens: 0 }) };
  }

  /** Rooms with at least one device connected here. */
  rooms(): string[] {
    return [...this.counts.keys()];
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
      this.send(roomId, this.get(roomId));
    }, PRESENCE_THROTTLE_MS).unref();
  }
}

const ROLE_KEYS = { facilitator: 'facilitators', participant: 'participants', screen: 'screens' } as const;

/**
 * Notices when a participant has had no device connected for `graceMs`. A disconnect is not a
 * leave: a phone that drops and comes back within the grace period loses nothing.
 */
export class AwayTimers {
  private readonly devices = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly graceMs: number;

  constructor(graceMs: number) {
    this.graceMs = graceMs;
  }

  arrived(roomId: string, memberId: string): void {
    const key = `${roomId}:${memberId}`;
    this.devices.set(key, (this.devices.get(key) ?? 0) + 1);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  /** Whether a device of the member is connected to this process. */
  isHere(roomId: string, memberId: string): boolean {
    return this.devices.has(`${roomId}:${memberId}`);
  }

  left(roomId: string, memberId: string, onAway: () => void): void {
    const key = `${roomId}:${memberId}`;
    const remaining = (this.devices.get(key) ?? 1) - 1;
    if (remaining > 0) {
      this.devices.set(key, remaining);
      return;
    }
    this.devices.delete(key);
    this.startGrace(roomId, memberId, onAway);
  }

  /**
   * Starts the grace period for a member with no device here, unless one is connected or a
   * period is already running. Used for members whose hand is up when a room is first loaded
   * after a restart, since their timers did not survive it.
   */
  startGrace(roomId: string, memberId: string, onAway: () => void): void {
    const key = `${roomId}:${memberId}`;
    if (this.devices.has(key) || this.timers.has(key)) return;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      // A phone may have come back while the timer was due: then nothing happens.
      if (!this.devices.has(key)) onAway();
    }, this.graceMs);
    timer.unref();
    this.timers.set(key, timer);
  }
}
