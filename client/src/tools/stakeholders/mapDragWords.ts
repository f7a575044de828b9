import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { Quadrant, Stakeholder } from '@roundtable/shared';
import { dropPlace, UNPLACED } from './stakeholderOrder.ts';
import { QUADRANT_LABEL } from './stakeholderWords.ts';

/** Read to screen reader users on a chip, before they pick it up. */
export const MAP_DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this stakeholder on the map with the keyboard, press Space to pick it up. Use the arrow keys to move it from place to place. ' +
    'Press Space again to put it down, or Escape to leave it where it was. “Place on the map” on the list above does the same.',
};

export const placeName = (place: Quadrant | null) => (place === null ? 'not placed' : `in “${QUADRANT_LABEL[place]}”`);

const placeOf = (id: UniqueIdentifier | undefined): Quadrant | null | undefined =>
  id === undefined ? undefined : id === UNPLACED ? null : (dropPlace(null, String(id)) ?? undefined);

/** What a screen reader hears while a chip is dragged on the map, in plain words. */
export function mapDragAnnouncements(stakeholders: readonly Stakeholder[]): Announcements {
  const find = (id: UniqueIdentifier) => stakeholders.find((one) => one.id === id);
  const name = (id: UniqueIdentifier) => find(id)?.name ?? 'This stakeholder';
  const stays = (id: UniqueIdentifier) => `${name(id)} stays ${placeName(find(id)?.quadrant ?? null)}.`;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, ${placeName(find(active.id)?.quadrant ?? null)}.`,
    onDragOver: ({ active, over }) => {
      const place = placeOf(over?.id);
      return place === undefined ? `${name(active.id)} is not over the map.` : `${name(active.id)} would be ${placeName(place)}.`;
    },
    onDragEnd: ({ active, over }) => {
      const place = placeOf(over?.id);
      return place === undefined ? stays(active.id) : `${name(active.id)} is now ${placeName(place)}.`;
    },
    onDragCancel: ({ active }) => `Move stopped. ${stays(active.id)}`,
  };
}
