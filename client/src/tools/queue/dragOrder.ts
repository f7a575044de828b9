import type { Hand } from '@roundtable/shared';

/** The one command a drop sends: the hand it goes after (null: first), and its place then, from 1. */
export interface Drop {
  afterHandId: string | null;
  place: number;
}

/**
 * Where a dragged hand lands when dropped over `overId`. The drag was shown over `frozen`, the
 * order when it began; the command goes to the queue as it is now (`live`), where hands may have
 * come, gone or moved meanwhile. The hand goes after the one that was above it where it was
 * dropped or, if that one has left, after the nearest hand above it that is still there. Null
 * when nothing should move: dropped where it was, or the dragged hand itself has left.
 */
export function dropTarget(frozen: readonly Hand[], live: readonly Hand[], activeId: string, overId: string): Drop | null {
  const from = frozen.findIndex((hand) => hand.id === activeId);
  const to = frozen.findIndex((hand) => hand.id === overId);
  if (from < 0 || to < 0 || from === to) return null;
  const present = new Set(live.map((hand) => hand.id));
  if (!present.has(activeId)) return null;
  // Dropped at `to`, the hand has the first `to` of the others above it, as the person saw them.
  const above = frozen
    .filter((hand) => hand.id !== activeId)
    .slice(0, to)
    .reverse()
    .find((hand) => present.has(hand.id));
  if (!above) return { afterHandId: null, place: 1 };
  const others = live.filter((hand) => hand.id !== activeId);
  return { afterHandId: above.id, place: others.findIndex((hand) => hand.id === above.id) + 2 };
}
