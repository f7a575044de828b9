import { personKey, type SpeakingStat } from '@roundtable/shared';
import { useMemo } from 'react';
import { useServerNow } from '../../components/useServerNow.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { consoleName, durationWords } from './queueWords.ts';

interface Row extends SpeakingStat {
  key: string;
}

/**
 * How many turns and how much time each person has had today, most time first. Facilitators
 * only: the server sends these numbers to nobody else. The current turn counts as it goes.
 */
export function SpeakingStats() {
  const stats = useRoomView((view) => view?.queue.stats);
  const speaker = useRoomView((view) => view?.queue.speaker ?? null);
  const now = useServerNow(1000);
  const speakerKey = speaker ? personKey(speaker.memberId, speaker.name) : null;
  const live = speaker ? Math.max(0, now - speaker.startedAt) : 0;

  const rows = useMemo<Row[]>(
    () => Object.entries(stats ?? {}).map(([key, stat]) => ({ key, ...stat })),
    [stats],
  );
  const shown = rows
    .map((row) => (row.key === speakerKey ? { ...row, speakingMs: row.speakingMs + live } : row))
    .sort((a, b) => b.speakingMs - a.speakingMs || b.turns - a.turns);

  return (
    <section className="speaking-stats panel stack" aria-labelledby="speaking-stats-heading">
      <h3 id="speaking-stats-heading">Who has spoken</h3>
      <p className="hint">Only you see names here. The screen can show the balance without names.</p>
      {shown.length === 0 ? (
        <p>Nobody has spoken yet.</p>
      ) : (
        <table className="stats-table" aria-labelledby="speaking-stats-heading">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Turns</th>
              <th scope="col">Time spoken</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.key}>
                <th scope="row">{consoleName(row.name)}</th>
                <td>{row.turns}</td>
                <td>{durationWords(row.speakingMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
