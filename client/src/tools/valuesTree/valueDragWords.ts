import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { Theme, ValueNote } from '@roundtable/shared';
import { columnOf, ROOTS, type Columns } from './noteDrop.ts';

/** Read on a value's drag handle before it is picked up. */
export const VALUE_DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this value with the keyboard, press Space to pick it up. Use the arrow keys to move it within a theme or to another theme. ' +
    'Press Space again to put it down, or Escape to leave it where it was. The Move to theme choice beside each value does the same.',
};

/** A value's words, cut short for announcements. */
export function shortNote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}

/**
 * What a screen reader hears while a value is dragged: which theme it would go into, in plain
 * words. `shown` is the preview on screen; `live` is the tree now.
 */
export function valueDragAnnouncements(
  shown: Columns,
  live: Columns,
  notes: Readonly<Record<string, ValueNote>>,
  themes: Readonly<Record<string, Theme>>,
): Announcements {
  const name = (id: UniqueIdentifier) => `“${shortNote(notes[String(id)]?.text ?? 'This value')}”`;
  const place = (columns: Columns, id: UniqueIdentifier) => {
    const column = columnOf(columns, String(id));
    if (column === null) return 'nowhere';
    return column === ROOTS ? 'the roots, not in a theme' : `the theme ${themes[column]?.name ?? ''}`;
  };
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, in ${place(shown, active.id)}.`,
    onDragOver: ({ active }) => `${name(active.id)} would go in ${place(shown, active.id)}.`,
    onDragEnd: ({ active }) => `${name(active.id)} is now in ${place(shown, active.id)}.`,
    onDragCancel: ({ active }) => `Move stopped. ${name(active.id)} stays in ${place(live, active.id)}.`,
  };
}
