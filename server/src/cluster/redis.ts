import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';

/** How long one command to Redis may take before the caller is told Redis is unavailable. */
const COMMAND_TIMEOUT_MS = 2_000;
/** Reconnection waits grow by this much per attempt, up to the most below: Redis is retried for ever. */
const RECONNECT_STEP_MS = 100;
const RECONNECT_MAX_MS = 1_000;
/** How long a process waits for Redis when it starts before giving up with a clear message. */
const START_TIMEOUT_MS = 10_000;

/**
 * The three connections a process keeps to Redis, each for one kind of traffic:
 * - `commands`: the store and the rate limits. It fails fast while Redis is away (no offline
 *   queue, no retries, a timeout), so a device hears "try again" at once instead of waiting.
 * - `subscriber`: notices of versions other processes stored (a connection that subscribes can
 *   do nothing else). It resubscribes by itself after an outage.
 * - `adapter`: handed to the Socket.IO Redis Streams adapter, which makes its own copies of it for
 *   its blocking stream reads; those must not time out, and queue while Redis is away.
 */
export interface RedisConnections {
  commands: Redis;
  subscriber: Redis;
  adapter: Redis;
  close(): Promise<void>;
}

/** Connects to Redis at `url`, or fails with a message saying where it could not be reached. */
export async function connectRedis(url: string): Promise<RedisConnections> {
  const base: RedisOptions = { retryStrategy: (attempt) => Math.min(attempt * RECONNECT_STEP_MS, RECONNECT_MAX_MS), lazyConnect: true };
  const commands = watched('commands', new Redis(url, { ...base, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: COMMAND_TIMEOUT_MS }));
  const subscriber = watched('subscriber', new Redis(url, { ...base, maxRetriesPerRequest: null }));
  const adapter = watched('adapter', new Redis(url, { ...base, maxRetriesPerRequest: null }));
  const all = [commands, subscriber, adapter];
  try {
    await Promise.all(all.map((client) => withTimeout(client.connect(), START_TIMEOUT_MS)));
  } catch (error) {
    for (const client of all) client.disconnect();
    throw new Error(`Could not reach Redis at ${redactedUrl(url)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    commands,
    subscriber,
    adapter,
    close: async () => {
      await Promise.all(all.map((client) => client.quit().catch(() => client.disconnect())));
    },
  };
}

/**
 * Logs a connection's outage once, and its return, instead of every failed reconnection attempt.
 * Listening for 'error' is also what keeps an outage from crashing the process.
 */
function watched(name: string, client: Redis): Redis {
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    console.error(`Redis (${name} connection) is not reachable: ${error.message}. Retrying.`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    console.log(`Redis (${name} connection) is reachable again.`);
  });
  return client;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the REDIS_URL given';
  }
}

/**
 * A Lua script run by its SHA-1, sent in full only when Redis does not have it yet (after a
 * restart, say). Redis runs a script atomically: nothing else happens between its commands.
 */
export class LuaScript {
  private readonly source: string;
  private readonly sha: string;

  constructor(source: string) {
    this.source = source;
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
