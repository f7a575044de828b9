import { useEffect, useState } from 'react';
import { loadJson, saveJson } from '../../sync/storage.ts';

export interface WordDraft {
  term: string;
  meaning: string;
}

export const EMPTY_WORD_DRAFT: WordDraft = { term: '', meaning: '' };

function isWordDraft(value: unknown): value is WordDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'term' in value &&
    typeof value.term === 'string' &&
    'meaning' in value &&
    typeof value.meaning === 'string'
  );
}

/**
 * The "What does this mean?" form's unsent words, kept in localStorage after every change so a
 * reload or a refusal never loses them. Per room and per device role.
 */
export function useGlossaryDraft(storageKey: string) {
  const [draft, setDraft] = useState<WordDraft>(() => {
    const saved = loadJson<unknown>(storageKey);
    return isWordDraft(saved) ? saved : EMPTY_WORD_DRAFT;
  });

  useEffect(() => {
    saveJson(storageKey, draft.term || draft.meaning ? draft : null);
  }, [storageKey, draft]);

  return [draft, setDraft] as const;
}
