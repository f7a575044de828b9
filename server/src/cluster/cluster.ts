import { newId } from '@roundtable/shared';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { RoomRegistry } from '../rooms/RoomRegistry.ts';
import type { LimiterFactory } from '../security/rateLimit.ts';
import { RedisLimiter } from '../security/redisLimiter.ts';
import { RedisStore } from '../store/RedisStore.ts';
import type { SocketCluster } from '../transport/socketServer.ts';
import { connectRedis } from './redis.ts';
import { followRooms } from './roomFeed.ts';

/** The name of the Redis stream the Socket.IO adapter writes to. */
const ADAPTER_STREAM = 'rt:socket.io';

/** What one of several processes sharing rooms through Redis needs besides a single one. */
export interface Cluster {
  /** Names this process to the others. */
  serverId: string;
  store: RedisStore;
  socket: SocketCluster;
  limiter: LimiterFactory;
  /** Starts taking in the versions other processes store, for the rooms in `registry`. */
  follow(registry: RoomRegistry): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects this process to the others through the Redis at `url`: the store, the notices of
 * stored versions, the Socket.IO Redis Streams adapter and the shared rate limits.
 */
export async function joinCluster(url: string): Promise<Cluster> {
  const redis = await connectRedis(url);
  const serverId = newId();
  return {
    serverId,
    store: new RedisStore(redis.commands, serverId),
    socket: { serverId, adapter: createAdapter(redis.adapter, { streamName: ADAPTER_STREAM, channelPrefix: ADAPTER_STREAM, sessionKeyPrefix: 'rt:socket.io:session:' }) },
    limiter: (name, capacity, perSecond) => new RedisLimiter(redis.commands, name, capacity, perSecond),
    follow: (registry) => followRooms(redis.subscriber, registry, serverId),
    close: () => redis.close(),
  };
}
