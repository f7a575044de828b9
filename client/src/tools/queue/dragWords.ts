import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { Hand } from '@roundtable/shared';
import { dropTarget } from './dragOrder.ts';
import { consoleName, ordinal } from './queueWords.ts';

/** Read to screen reader users on a drag handle, before they pick a hand up. */
export const DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this hand with the keyboard, press Space to pick it up. Use the up and down arrow keys to move it. ' +
    'Press Space again to put it down, or Escape to leave it where it was. The Move up and Move down buttons do the same.',
};

/**
 * What a screen reader hears while a hand is dragged, in plain words, with places counted from 1.
 * `shown` is the order on screen (the one frozen when the drag began); `live` is the queue now. A
 * hand that left the queue during the drag is said to have gone, never to be "0th in line".
 */
export function dragAnnouncements(shown: readonly Hand[], live: readonly Hand[]): Announcements {
  const find = (id: UniqueIdentifier) => shown.find((hand) => hand.id === id) ?? live.find((hand) => hand.id === id);
  const nameOf = (id: UniqueIdentifier) => consoleName(find(id)?.name ?? null);
  const isGone = (id: UniqueIdentifier) => !live.some((hand) => hand.id === id);
  const placeIn = (list: readonly Hand[], id: UniqueIdentifier) => `${ordinal(list.findIndex((hand) => hand.id === id) + 1)} in line`;
  const gone = (id: UniqueIdentifier) => `${nameOf(id)} is no longer in the queue.`;
  const stays = (id: UniqueIdentifier) => (isGone(id) ? gone(id) : `${nameOf(id)} stays ${placeIn(live, id)}.`);

  return {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, ${placeIn(shown, active.id)}.`,
    onDragOver: ({ active, over }) => {
      if (isGone(active.id)) return gone(active.id);
      return over ? `${nameOf(active.id)} would be ${placeIn(shown, over.id)}.` : `${nameOf(active.id)} is outside the list.`;
    },
    onDragEnd: ({ active, over }) => {
      const drop = over ? dropTarget(shown, live, String(active.id), String(over.id)) : null;
      return drop ? `${nameOf(active.id)} is now ${ordinal(drop.place)} in line.` : stays(active.id);
    },
    onDragCancel: ({ active }) => `Move stopped. ${stays(active.id)}`,
  };
}
