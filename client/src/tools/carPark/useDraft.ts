import { useEffect, useState } from 'react';
import { loadJson, saveJson } from '../../sync/storage.ts';

export interface AddDraft {
  text: string;
  anonymous: boolean;
}

const EMPTY: AddDraft = { text: '', anonymous: false };

function isDraft(value: unknown): value is AddDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'text' in value &&
    typeof value.text === 'string' &&
    'anonymous' in value &&
    typeof value.anonymous === 'boolean'
  );
}

/**
 * The add form's unsent text, kept in localStorage after every change so a reload, a flat
 * battery or an accidental swipe away never loses what someone was writing. Per room.
 */
export function useDraft(storageKey: string) {
  const [draft, setDraft] = useState<AddDraft>(() => {
    const saved = loadJson<unknown>(storageKey);
    return isDraft(saved) ? saved : EMPTY;
  });

  useEffect(() => {
    saveJson(storageKey, draft.text || draft.anonymous ? draft : null);
  }, [storageKey, draft]);

  return [draft, setDraft] as const;
}
