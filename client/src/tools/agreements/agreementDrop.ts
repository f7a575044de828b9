/** Anything in the agreements' order: only its id matters here. */
interface Placed {
  id: string;
}

/** The one move a drop sends: the agreement it goes after (null: first), and its place then, from 1. */
export interface AgreementDrop {
  afterAgreementId: string | null;
  place: number;
}

/**
 * Where a dragged agreement lands when dropped over `overId`. The drag was shown over `frozen`
 * (the order when it began); the move goes to the list as it is now (`live`), where agreements may
 * have been adopted, reworded or moved meanwhile. It goes after the one that was above it where it
 * was dropped or, if that one has left the list, the nearest one above it still there. Null when
 * nothing should move: dropped where it was, or the dragged agreement has left the list.
 */
export function agreementDrop(frozen: readonly Placed[], live: readonly Placed[], activeId: string, overId: string): AgreementDrop | null {
  const from = frozen.findIndex((item) => item.id === activeId);
  const to = frozen.findIndex((item) => item.id === overId);
  if (from < 0 || to < 0 || from === to) return null;
  const present = new Set(live.map((item) => item.id));
  if (!present.has(activeId)) return null;
  const above = frozen
    .filter((item) => item.id !== activeId)
    .slice(0, to)
    .reverse()
    .find((item) => present.has(item.id));
  if (!above) return { afterAgreementId: null, place: 1 };
  const others = live.filter((item) => item.id !== activeId);
  return { afterAgreementId: above.id, place: others.findIndex((item) => item.id === above.id) + 2 };
}

/** The move for a Move up / Move down button: the agreement to go after, or null for first. */
export function stepMove(live: readonly Placed[], id: string, step: -1 | 1): AgreementDrop | null {
  const index = live.findIndex((item) => item.id === id);
  const to = index + step;
  if (index < 0 || to < 0 || to >= live.length) return null;
  const others = live.filter((item) => item.id !== id);
  return { afterAgreementId: others[to - 1]?.id ?? null, place: to + 1 };
}
