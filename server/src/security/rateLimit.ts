/**
 * A token bucket: `capacity` events at once, refilled at `perSecond`. Used per connection for
 * commands and per address for join-code guesses.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  private readonly capacity: number;
  private readonly perSecond: number;

  constructor(capacity: number, perSecond: number, now = Date.now()) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.tokens = capacity;
    this.updatedAt = now;
  }

  /** Takes one token if there is one. */
  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  isFull(now = Date.now()): boolean {
    return this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond >= this.capacity;
  }

  /** Whether a token is there, without taking it. */
  peek(now = Date.now()): boolean {
    return Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond) >= 1;
  }
}

/**
 * A token bucket per key (an address). One process keeps them in memory ({@link KeyedLimiter});
 * several processes share them through Redis (RedisLimiter), which is why the answer may come later.
 */
export interface AddressLimiter {
  /** Takes one token from the key's bucket if there is one. */
  take(key: string): boolean | Promise<boolean>;
  /** Whether the key's bucket has a token, without taking it. */
  peek(key: string): boolean | Promise<boolean>;
}

/** Makes a limiter: `name` tells one limit's buckets from another's. */
export type LimiterFactory = (name: string, capacity: number, perSecond: number) => AddressLimiter;

/** How many keys a limiter tracks before it forgets the idle ones. */
const MAX_TRACKED_KEYS = 10_000;

/** One bucket per key (an address), forgetting keys that have been idle long enough to be full. */
export class KeyedLimiter implements AddressLimiter {
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly capacity: number;
  private readonly perSecond: number;

  constructor(capacity: number, perSecond: number) {
    this.capacity = capacity;
    this.perSecond = perSecond;
  }

  take(key: string, now = Date.now()): boolean {
    return this.bucket(key, now).take(now);
  }

  peek(key: string, now = Date.now()): boolean {
    return this.bucket(key, now).peek(now);
  }

  private forgetIdle(now: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull(now)) this.buckets.delete(key);
  }

  private bucket(key: string, now: number): TokenBucket {
    if (this.buckets.size > MAX_TRACKED_KEYS) this.forgetIdle(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(this.capacity, this.perSecond, now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }
}
