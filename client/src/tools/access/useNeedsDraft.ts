import { ACCESS_NEEDS, type AccessNeed } from '@roundtable/shared';
import { useEffect, useState } from 'react';
import { loadJson, saveJson } from '../../sync/storage.ts';

export interface NeedsDraft {
  needs: AccessNeed[];
  other: string;
}

function isDraft(value: unknown): value is NeedsDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'other' in value &&
    typeof value.other === 'string' &&
    'needs' in value &&
    Array.isArray(value.needs) &&
    value.needs.every((need) => (ACCESS_NEEDS as readonly unknown[]).includes(need))
  );
}

/**
 * The access question's unsent answer, kept in localStorage after every change so a reload never
 * loses what someone ticked or typed. Starts from `given` (what the host already has) when there
 * is no draft. `discard` forgets the draft once the answer is sent.
 */
export function useNeedsDraft(storageKey: string, given: NeedsDraft) {
  const [draft, setDraft] = useState<NeedsDraft | null>(() => {
    const saved = loadJson<unknown>(storageKey);
    return isDraft(saved) ? saved : null;
  });

  useEffect(() => {
    saveJson(storageKey, draft);
  }, [storageKey, draft]);

  return { draft: draft ?? given, setDraft, discard: () => setDraft(null) };
}
