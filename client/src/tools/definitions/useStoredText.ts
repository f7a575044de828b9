import { useEffect, useState } from 'react';
import { loadJson, saveJson } from '../../sync/storage.ts';

/**
 * Text someone is writing, kept on the device after every change (as the car park's drafts are),
 * so a reload never loses a long pasted list.
 */
export function useStoredText(storageKey: string) {
  const [text, setText] = useState<string>(() => {
    const saved = loadJson<unknown>(storageKey);
    return typeof saved === 'string' ? saved : '';
  });

  useEffect(() => {
    saveJson(storageKey, text || null);
  }, [storageKey, text]);

  return [text, setText] as const;
}
