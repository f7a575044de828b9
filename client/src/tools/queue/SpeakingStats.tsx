import { personKey, type SpeakingStat } from '@roundtable/shared';
import { useId, useMemo } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { consoleName, durationWords } from './queueWords.ts';
import { TimeSpokenSoFar } from './TimeSpokenSoFar.tsx';

interface Row extends SpeakingStat {
  key: string;
}

/**
 * How many turns and how much time each person has had today, most time first. Facilitators
 * only: the server sends these numbers to nobody else. The order is by the stored figures, which
 * change only when a turn ends; the speaker's time counts up in a cell of its own, so the table
 * redraws every second only while someone speaks, and then only that cell.
 */
export function SpeakingStats() {
  const stats = useRoomView((view) => view?.queue.stats);
  const speaker = useRoomView((view) => view?.queue.speaker ?? null);
  const headingId = useId();
  const speakerKey = speaker ? personKey(speaker.memberId, speaker.name) : null;

  const rows = useMemo<Row[]>(
    () =>
      Object.entries(stats ?? {})
        .map(([key, stat]) => ({ key, ...stat }))
        .sort((a, b) => b.speakingMs - a.speakingMs || b.turns - a.turns),
    [stats],
  );

  return (
    <section className="speaking-stats panel stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Who has spoken</h3>
      <p className="hint">Only you see names here. The screen can show the balance without names.</p>
      {rows.length === 0 ? (
        <p>Nobody has spoken yet.</p>
      ) : (
        <table className="stats-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Turns</th>
              <th scope="col">Time spoken</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{consoleName(row.name)}</th>
                <td>{row.turns}</td>
                <td>
                  {speaker && row.key === speakerKey ? (
                    <TimeSpokenSoFar spokenMs={row.speakingMs} startedAt={speaker.startedAt} />
                  ) : (
                    durationWords(row.speakingMs)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
