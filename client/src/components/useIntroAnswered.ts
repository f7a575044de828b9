import { useCallback, useState } from 'react';
import { loadJson, saveJson } from '../sync/storage.ts';

/**
 * Whether this phone has answered "What should we call you?" for this room, remembered in
 * localStorage so a reload does not ask again.
 */
export function useIntroAnswered(storageKey: string) {
  const [answered, setAnswered] = useState(() => loadJson<boolean>(storageKey) === true);
  const markAnswered = useCallback(() => {
    saveJson(storageKey, true);
    setAnswered(true);
  }, [storageKey]);
  return [answered, markAnswered] as const;
}
