import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { Hand } from '@roundtable/shared';
import { consoleName, ordinal } from './queueWords.ts';

/** Read to screen reader users on a drag handle, before they pick a hand up. */
export const DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this hand with the keyboard, press Space to pick it up. Use the up and down arrow keys to move it. ' +
    'Press Space again to put it down, or Escape to leave it where it was. The Move up and Move down buttons do the same.',
};

/** What a screen reader hears while a hand is dragged, in plain words, with places counted from 1. */
export function dragAnnouncements(hands: readonly Hand[]): Announcements {
  const nameOf = (id: UniqueIdentifier) => consoleName(hands.find((hand) => hand.id === id)?.name ?? null);
  const placeOf = (id: UniqueIdentifier) => `${ordinal(hands.findIndex((hand) => hand.id === id) + 1)} in line`;
  return {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, ${placeOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} would be ${placeOf(over.id)}.` : `${nameOf(active.id)} is outside the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `${nameOf(active.id)} is now ${placeOf(over.id)}.` : `${nameOf(active.id)} stays ${placeOf(active.id)}.`,
    onDragCancel: ({ active }) => `Move stopped. ${nameOf(active.id)} stays ${placeOf(active.id)}.`,
  };
}
