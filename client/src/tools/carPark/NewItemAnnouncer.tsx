import type { CarParkItem } from '@roundtable/shared';
import { useState } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { useSortedItems } from './useSortedItems.ts';

interface Heard {
  items: CarParkItem[];
  known: ReadonlySet<string>;
  text: string;
  serial: number;
}

const idsOf = (items: CarParkItem[]) => new Set(items.map((item) => item.id));

/**
 * Tells screen reader users, politely, when someone else parks an item. It never moves focus.
 * The first list it is given is what was already there, so opening the page announces nothing.
 */
export function NewItemAnnouncer() {
  // A stable array (see useSortedItems): a new array is read as a change.
  const items = useSortedItems();
  const myMemberId = useRoomStore((state) => state.me?.memberId ?? null);
  const [heard, setHeard] = useState<Heard>(() => ({ items, known: idsOf(items), text: '', serial: 0 }));

  if (heard.items !== items) {
    const fresh = items.filter((item) => !heard.known.has(item.id) && item.authorId !== myMemberId).length;
    setHeard({
      items,
      known: idsOf(items),
      text: fresh === 0 ? heard.text : fresh === 1 ? 'New item in the car park' : `${fresh} new items in the car park`,
      serial: fresh === 0 ? heard.serial : heard.serial + 1,
    });
  }

  // The same words twice in a row are not read out again; an alternating invisible space makes
  // each announcement a change.
  return (
    <p role="status" className="visually-hidden">
      {heard.text}
      {heard.serial % 2 ? '\u00a0' : ''}
    </p>
  );
}
