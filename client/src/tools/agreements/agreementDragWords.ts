import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { Agreement } from '@roundtable/shared';
import { agreementDrop } from './agreementDrop.ts';
import { ordinal, shortText } from './agreementWords.ts';

/** Read to screen reader users on a drag handle, before they pick an agreement up. */
export const AGREEMENT_DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this agreement with the keyboard, press Space to pick it up. Use the up and down arrow keys to move it. ' +
    'Press Space again to put it down, or Escape to leave it where it was. The Move up and Move down buttons do the same.',
};

/**
 * What a screen reader hears while an agreement is dragged, with places counted from 1. `shown`
 * is the order on screen (frozen when the drag began); `live` is the list now.
 */
export function agreementDragAnnouncements(shown: readonly Agreement[], live: readonly Agreement[]): Announcements {
  const find = (id: UniqueIdentifier) => shown.find((item) => item.id === id) ?? live.find((item) => item.id === id);
  const name = (id: UniqueIdentifier) => `“${shortText(find(id)?.text ?? 'This agreement')}”`;
  const isGone = (id: UniqueIdentifier) => !live.some((item) => item.id === id);
  const placeIn = (list: readonly Agreement[], id: UniqueIdentifier) => ordinal(list.findIndex((item) => item.id === id) + 1);
  const gone = (id: UniqueIdentifier) => `${name(id)} is no longer on the list.`;
  const stays = (id: UniqueIdentifier) => (isGone(id) ? gone(id) : `${name(id)} stays ${placeIn(live, id)}.`);

  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, ${placeIn(shown, active.id)} of ${shown.length}.`,
    onDragOver: ({ active, over }) => {
      if (isGone(active.id)) return gone(active.id);
      return over ? `${name(active.id)} would be ${placeIn(shown, over.id)}.` : `${name(active.id)} is outside the list.`;
    },
    onDragEnd: ({ active, over }) => {
      const drop = over ? agreementDrop(shown, live, String(active.id), String(over.id)) : null;
      return drop ? `${name(active.id)} is now ${ordinal(drop.place)}.` : stays(active.id);
    },
    onDragCancel: ({ active }) => `Move stopped. ${stays(active.id)}`,
  };
}
