import { useServerNow } from '../../components/useServerNow.ts';
import { clock, isoDuration } from './queueWords.ts';

interface SpeakingTimerProps {
  /** When the turn began, server time. */
  startedAt: number;
  /** The soft limit in seconds; past it the console shows a calm "Over time". Null for none. */
  softLimitSeconds: number | null;
  /** The console shows "Over time"; the screen keeps the speaker's own view calm and shows none. */
  showOverTime: boolean;
  className?: string;
}

/**
 * How long the current speaker has had the floor, as mm:ss read against the server's clock, so
 * the console, the screen and every phone agree. It never stops anyone: past the soft limit it
 * only says so. Not a live region (it changes every second); "Over time" alone is announced.
 */
export function SpeakingTimer({ startedAt, softLimitSeconds, showOverTime, className = 'timer' }: SpeakingTimerProps) {
  const now = useServerNow(1000);
  const elapsed = Math.max(0, now - startedAt);
  const over = softLimitSeconds !== null && elapsed >= softLimitSeconds * 1000;
  return (
    <div className={className}>
      <p>
        <span className="timer-label">Speaking for </span>
        <time className="timer-value" dateTime={isoDuration(elapsed)}>
          {clock(elapsed)}
        </time>
      </p>
      {showOverTime ? (
        <p role="status" className="timer-status">
          {over ? <span className="over-time">Over time</span> : null}
        </p>
      ) : null}
    </div>
  );
}
