import { QUEUE_CARDS, type QueueCard } from '@roundtable/shared';
import { useEffect, useState } from 'react';
import { loadJson, saveJson } from '../../sync/storage.ts';

export interface GuestDraft {
  name: string;
  card: QueueCard;
}

export const EMPTY_GUEST: GuestDraft = { name: '', card: 'speak' };

function isDraft(value: unknown): value is GuestDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'card' in value &&
    QUEUE_CARDS.some((card) => card === value.card)
  );
}

/**
 * The guest form's unsent name and card, kept in localStorage after every change, so a reload or
 * a closed laptop lid never loses a name someone was typing. Per room.
 */
export function useGuestDraft(storageKey: string) {
  const [draft, setDraft] = useState<GuestDraft>(() => {
    const saved = loadJson<unknown>(storageKey);
    return isDraft(saved) ? saved : EMPTY_GUEST;
  });

  useEffect(() => {
    saveJson(storageKey, draft.name ? draft : null);
  }, [storageKey, draft]);

  return [draft, setDraft] as const;
}
