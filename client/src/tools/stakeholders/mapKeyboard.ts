import type { ClientRect, KeyboardCoordinateGetter, UniqueIdentifier } from '@dnd-kit/core';

const DIRECTION: Record<string, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

const centre = (rect: ClientRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });

/**
 * The nearest place whose centre lies in the arrow's direction from `from`, or null at the edge:
 * an arrow key moves a chip a whole place at a time, never a few pixels.
 */
export function nextPlace(from: ClientRect, key: string, places: ReadonlyMap<UniqueIdentifier, ClientRect>): UniqueIdentifier | null {
  const direction = DIRECTION[key];
  if (!direction) return null;
  const start = centre(from);
  let best: { id: UniqueIdentifier; distance: number } | null = null;
  for (const [id, rect] of places) {
    const to = centre(rect);
    const along = (to.x - start.x) * direction.x + (to.y - start.y) * direction.y;
    // Ahead in the arrow's direction by more than a hair: the place it is over now is never "next".
    if (along <= 1) continue;
    const distance = Math.hypot(to.x - start.x, to.y - start.y);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best?.id ?? null;
}

/** For dnd-kit's keyboard sensor: the arrows move a picked-up chip to the middle of the next place. */
export const mapKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { collisionRect, droppableRects } = context;
  if (!(event.code in DIRECTION) || !collisionRect) return undefined;
  event.preventDefault();
  const id = nextPlace(collisionRect, event.code, droppableRects);
  const target = id === null ? undefined : droppableRects.get(id);
  if (!target) return undefined;
  const to = centre(target);
  return { x: to.x - collisionRect.width / 2, y: to.y - collisionRect.height / 2 };
};
