import { useEffect, useState } from 'react';
import { loadJson, saveJson } from '../../sync/storage.ts';

/** Words being written and whether the person's name goes with them. */
export interface Draft {
  text: string;
  /** For a proposal: "Don't show my name". For a reason: "Show my name with my reason". */
  flag: boolean;
}

export const EMPTY_DRAFT: Draft = { text: '', flag: false };

function isDraft(value: unknown): value is Draft {
  return typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string' && 'flag' in value && typeof value.flag === 'boolean';
}

/**
 * Typed words kept in localStorage after every change, so a reload, a flat battery or a refusal
 * never loses what someone was writing. The key names the room and the form.
 */
export function useStoredDraft(storageKey: string) {
  const [draft, setDraft] = useState<Draft>(() => {
    const saved = loadJson<unknown>(storageKey);
    return isDraft(saved) ? saved : EMPTY_DRAFT;
  });

  useEffect(() => {
    saveJson(storageKey, draft.text || draft.flag ? draft : null);
  }, [storageKey, draft]);

  return [draft, setDraft] as const;
}
