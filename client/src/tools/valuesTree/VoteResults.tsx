import type { Theme } from '@roundtable/shared';
import { useId } from 'react';

interface VoteResultsProps {
  themes: readonly Theme[];
  totals: Readonly<Record<string, number>>;
}

/** Votes for each theme, most first, once the host has shown them. */
export function VoteResults({ themes, totals }: VoteResultsProps) {
  const headingId = useId();
  const ranked = [...themes].sort((a, b) => (totals[b.id] ?? 0) - (totals[a.id] ?? 0));
  return (
    <section className="values-results" aria-labelledby={headingId}>
      <h3 id={headingId}>Votes for each theme</h3>
      <ol>
        {ranked.map((theme) => {
          const count = totals[theme.id] ?? 0;
          return (
            <li key={theme.id}>
              <span className="values-results-name">{theme.name}</span>{' '}
              <strong>{`${count} ${count === 1 ? 'vote' : 'votes'}`}</strong>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
