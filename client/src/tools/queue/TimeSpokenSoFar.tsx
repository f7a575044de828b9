import { useServerNow } from '../../components/useServerNow.ts';
import { durationWords } from './queueWords.ts';

interface TimeSpokenSoFarProps {
  /** Time spoken in turns already ended, in milliseconds. */
  spokenMs: number;
  /** When the current turn began, server time. */
  startedAt: number;
}

/** The speaker's time spoken today, the current turn included, counting up each second. */
export function TimeSpokenSoFar({ spokenMs, startedAt }: TimeSpokenSoFarProps) {
  const now = useServerNow(1000);
  return durationWords(spokenMs + Math.max(0, now - startedAt));
}
