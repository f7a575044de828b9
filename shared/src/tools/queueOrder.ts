import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { Hand, QueueCard, QueueState } from './queue.ts';

/**
 * Which cards go first. Points of process and "please explain" come before everything else, then
 * direct responses, then general turns: the order a chair with paper cards would take them in.
 */
export const CARD_PRIORITY: Record<QueueCard, number> = { process: 0, explain: 1, respond: 2, speak: 3 };

/** The key a person's speaking statistics are kept under: their member, or a guest's name. */
export function personKey(memberId: string | null, name: string | null): string {
  return memberId ?? `guest:${(name ?? '').trim().toLowerCase()}`;
}

/** Hands in queue order: by their fractional sort key, ties (never expected) by id. */
export function orderedHands(queue: Pick<QueueState, 'hands'>): Hand[] {
  return Object.values(queue.hands).sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * Where the rules would put a hand: card first, then (with the fair order on) fewer turns today,
 * then who raised first. Manual moves are not undone: a new hand goes before the first hand in
 * the current order that the rules rank after it.
 */
function rank(hand: Pick<Hand, 'card' | 'raisedAt' | 'memberId' | 'name'>, queue: QueueState): [number, number, number] {
  const turns = queue.progressive ? (queue.stats[personKey(hand.memberId, hand.name)]?.turns ?? 0) : 0;
  return [CARD_PRIORITY[hand.card], turns, hand.raisedAt];
}

function compareRanks(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * The sort key that places `hand` where the rules say, among the other hands: straight after the
 * last hand the rules rank at or before it. A new hand never passes one that outranks it, and
 * the facilitator's manual moves stay as they are.
 */
export function keyByRules(hand: Pick<Hand, 'id' | 'card' | 'raisedAt' | 'memberId' | 'name'>, queue: QueueState): string {
  const others = orderedHands(queue).filter((other) => other.id !== hand.id);
  const mine = rank(hand, queue);
  let index = others.length;
  while (index > 0 && compareRanks(rank(others[index - 1]!, queue), mine) > 0) index--;
  return generateKeyBetween(others[index - 1]?.sortKey ?? null, others[index]?.sortKey ?? null);
}

/** The sort key that places a hand straight after `afterId` (or first, for null). */
export function keyAfter(handId: string, afterId: string | null, queue: QueueState): string {
  const others = orderedHands(queue).filter((other) => other.id !== handId);
  const index = afterId === null ? -1 : others.findIndex((other) => other.id === afterId);
  return generateKeyBetween(others[index]?.sortKey ?? null, others[index + 1]?.sortKey ?? null);
}

/** Fresh keys for every hand in the rules' order (used when the fair order is switched). */
export function rekeyByRules(queue: QueueState): Hand[] {
  const sorted = orderedHands(queue).sort((a, b) => compareRanks(rank(a, queue), rank(b, queue)));
  const keys = generateNKeysBetween(null, null, sorted.length);
  return sorted.map((hand, index) => ({ ...hand, sortKey: keys[index]! }));
}
