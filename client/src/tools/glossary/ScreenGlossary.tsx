import type { GlossaryEntry } from '@roundtable/shared';
import { useMemo } from 'react';
import { useGlossaryEntries } from './useGlossaryEntries.ts';

/** As many words with their meanings as stay readable from the back of a room on one 1080p screen. */
export const SCREEN_MAX_WORDS = 9;
/** Words still to explain named on one line; the rest are counted. */
export const SCREEN_MAX_TO_EXPLAIN = 8;

/** The most recently agreed words, kept in A to Z order: the ones the room is talking about. */
function newestAgreed(agreed: readonly GlossaryEntry[]): readonly GlossaryEntry[] {
  if (agreed.length <= SCREEN_MAX_WORDS) return agreed;
  const newest = new Set([...agreed].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, SCREEN_MAX_WORDS));
  return agreed.filter((entry) => newest.has(entry));
}

function toExplainText(words: readonly GlossaryEntry[]): string {
  const named = words.slice(0, SCREEN_MAX_TO_EXPLAIN).map((entry) => entry.term);
  const more = words.length - named.length;
  return `${named.join(', ')}${more > 0 ? `, and ${more} more` : ''}.`;
}

/** The glossary on the projector: agreed words and meanings A to Z, then the words still to explain. */
export function ScreenGlossary() {
  const entries = useGlossaryEntries();
  const agreed = useMemo(() => entries.filter((entry) => entry.agreed && entry.meaning !== null), [entries]);
  const toExplain = useMemo(() => entries.filter((entry) => !entry.agreed), [entries]);
  const shown = newestAgreed(agreed);

  return (
    <section className="screen-glossary" aria-labelledby="screen-glossary-heading">
      <h2 id="screen-glossary-heading">Words we use</h2>
      {agreed.length === 0 ? (
        <p className="screen-empty">No meanings agreed yet. To ask about a word, open Words on your phone.</p>
      ) : (
        <dl className={shown.length > 3 ? 'screen-words is-many' : 'screen-words'}>
          {shown.map((entry) => (
            <div key={entry.id} className="screen-word">
              <dt>{entry.term}</dt>
              <dd>{entry.meaning}</dd>
            </div>
          ))}
        </dl>
      )}
      {agreed.length > shown.length ? (
        <p className="screen-more">{`Showing the ${shown.length} newest of ${agreed.length} words. All of them are under Words on your phone.`}</p>
      ) : null}
      {toExplain.length ? (
        <p className="screen-to-explain">
          <strong>Words to explain: </strong>
          {toExplainText(toExplain)}
        </p>
      ) : null}
    </section>
  );
}
