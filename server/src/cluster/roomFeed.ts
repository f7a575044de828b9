import type { Redis } from 'ioredis';
import type { RoomRegistry } from '../rooms/RoomRegistry.ts';
import { APPLIED_CHANNEL, readNotice } from '../store/RedisStore.ts';

/**
 * Tells this process's rooms of every version another process stores, as Redis announces it, so
 * their devices get it promptly and in order. A notice carries the whole entry, so the usual case
 * costs no read; a room that sees a gap reads what it missed from the log. Redis does not keep
 * notices for a subscriber that is away, so after every reconnection all loaded rooms read the
 * log again: the log, not the notices, is what everyone converges on.
 */
export async function followRooms(subscriber: Redis, registry: RoomRegistry, origin: string): Promise<void> {
  subscriber.on('message', (channel: string, message: string) => {
    if (channel !== APPLIED_CHANNEL) return;
    const notice = readNotice(message);
    if (!notice || notice.origin === origin || !registry.has(notice.roomId)) return;
    try {
      registry.received(notice.roomId, notice.entry());
    } catch {
      // The room reads the log when the next notice shows it a gap, or after a reconnection.
      console.error(`A notice of a stored version of room ${notice.roomId} could not be read; ignoring it.`);
    }
  });
  await subscriber.subscribe(APPLIED_CHANNEL);
  // Registered after the first subscription, so 'ready' means a reconnection. Subscribing again
  // (harmless) and waiting for its answer makes sure notices flow before the log is read: a
  // version stored after that read is announced, one stored before it is in what is read.
  subscriber.on('ready', () => {
    subscriber.subscribe(APPLIED_CHANNEL).then(
      () => registry.refreshAll(),
      (error: unknown) => console.error('Could not subscribe to stored versions again:', error),
    );
  });
}
