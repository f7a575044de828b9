/**
 * Milliseconds on the monotonic clock (CLOCK_MONOTONIC through `process.hrtime`). Every process
 * on the machine reads the same clock, so times taken in different client workers compare.
 */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
