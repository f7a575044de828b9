/** p50, p99 and max of a set of samples, in the samples' unit; null fields when there are none. */
export interface Spread {
  count: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
}

/** The nearest-rank percentile `p` (0 to 100) of samples sorted ascending. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}

export function spread(samples: readonly number[]): Spread {
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  return { count: list.length, p50: percentile(list, 50), p99: percentile(list, 99), max: list.at(-1) ?? null };
}

export function mean(samples: readonly number[]): number | null {
  return samples.length ? samples.reduce((sum, value) => sum + value, 0) / samples.length : null;
}

/** Rounds for the report; the timer and tick resolution make further decimals meaningless. */
export function round(value: number | null, decimals = 2): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function roundSpread(value: Spread, decimals = 2): Spread {
  return { count: value.count, p50: round(value.p50, decimals), p99: round(value.p99, decimals), max: round(value.max, decimals) };
}
