import type { Redis } from 'ioredis';
import { LuaScript } from '../cluster/redis.ts';
import { StoreUnavailable } from '../store/Store.ts';
import type { AddressLimiter } from './rateLimit.ts';

/**
 * The same token bucket as {@link KeyedLimiter}, kept in Redis so every process draws from one
 * bucket per address. Redis's own clock is used, so processes whose clocks differ still agree.
 * A bucket's key expires once it would be full again, which is when it stops mattering.
 * ARGV: capacity, tokens per second, 1 to take a token or 0 to look.
 */
const TAKE = new LuaScript(`
local capacity = tonumber(ARGV[1])
local perSecond = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + (now - at) / 1000 * perSecond)
if tokens < 1 then return 0 end
if ARGV[3] == '1' then
  tokens = tokens - 1
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
  redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perSecond * 1000))
end
return 1
`);

/** Per-address limits shared by every process through Redis. `name` keeps each limit's buckets apart. */
export class RedisLimiter implements AddressLimiter {
  private readonly redis: Redis;
  private readonly name: string;
  private readonly capacity: number;
  private readonly perSecond: number;

  constructor(redis: Redis, name: string, capacity: number, perSecond: number) {
    this.redis = redis;
    this.name = name;
    this.capacity = capacity;
    this.perSecond = perSecond;
  }

  take(key: string): Promise<boolean> {
    return this.run(key, true);
  }

  peek(key: string): Promise<boolean> {
    return this.run(key, false);
  }

  private async run(key: string, take: boolean): Promise<boolean> {
    try {
      return (await TAKE.run(this.redis, [`rt:limit:${this.name}:${key}`], [this.capacity, this.perSecond, take ? '1' : '0'])) === 1;
    } catch (error) {
      throw new StoreUnavailable(error);
    }
  }
}
