import { useCallback, useState } from 'react';

/** Words for a LiveMessage, with the serial that makes the same words said twice heard twice. */
export interface Said {
  text: string;
  serial: number;
}

const NOTHING_SAID: Said = { text: '', serial: 0 };

/** What a component last said in its LiveMessage, and `say` to say something (again). */
export function useAnnouncement() {
  const [said, setSaid] = useState<Said>(NOTHING_SAID);
  const say = useCallback((text: string) => setSaid((before) => ({ text, serial: before.serial + 1 })), []);
  return [said, say] as const;
}
