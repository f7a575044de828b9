import { useEffect, useState } from 'react';
import { loadJson, saveJson } from '../../sync/storage.ts';

function isFields<T extends Record<string, string>>(value: unknown, empty: T): value is T {
  return typeof value === 'object' && value !== null && Object.keys(empty).every((key) => typeof (value as Record<string, unknown>)[key] === 'string');
}

/**
 * A form's unsent words, kept in localStorage after every change so a reload, a flat battery or a
 * refusal never loses them. The key names the room, the device's role and the form.
 */
export function useStoredFields<T extends Record<string, string>>(storageKey: string, empty: T) {
  const [fields, setFields] = useState<T>(() => {
    const saved = loadJson<unknown>(storageKey);
    return isFields(saved, empty) ? saved : empty;
  });

  useEffect(() => {
    saveJson(storageKey, Object.values(fields).some((value) => value !== '') ? fields : null);
  }, [storageKey, fields]);

  return [fields, setFields] as const;
}
