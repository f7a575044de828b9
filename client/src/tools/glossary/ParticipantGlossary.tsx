import { useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddWordForm } from './AddWordForm.tsx';
import { entryHeadingId, glossarySummary } from './glossaryWords.ts';
import { searchEntries, searchResultText } from './glossarySearch.ts';
import { OurDefinition } from './OurDefinition.tsx';
import { PhoneWordEntry } from './PhoneWordEntry.tsx';
import { useGlossaryEntries } from './useGlossaryEntries.ts';
import { usePendingEntryIds } from './usePendingEntryIds.ts';
import { WordSearch } from './WordSearch.tsx';

/**
 * The phone's "Words": the group's definition, "What does this mean?", and every word with its
 * meaning, A to Z, with a search.
 */
export function ParticipantGlossary() {
  const roomId = useRoomView((view) => view?.id);
  const role = useRoomStore((state) => state.me?.role);
  const entries = useGlossaryEntries();
  const pendingEntryIds = usePendingEntryIds();
  const [query, setQuery] = useState('');
  const headingId = useId();
  const shown = useMemo(() => searchEntries(entries, query), [entries, query]);

  if (!roomId || !role) return null;

  function showEntry(entryId: string) {
    // The search is cleared and the list drawn first, so the word is there to take focus.
    flushSync(() => setQuery(''));
    document.getElementById(entryHeadingId(entryId))?.focus();
  }

  return (
    <section className="glossary-phone stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Words we use</h2>
      <p className="lead">Our glossary: the words this group uses, and what they mean.</p>
      <OurDefinition />
      <AddWordForm draftKey={roomKey(role, roomId, 'draft:glossary')} variant="phone" onShowEntry={showEntry} />
      <p className="summary">{glossarySummary(entries)}</p>
      {entries.length ? (
        <>
          <WordSearch query={query} onChange={setQuery} result={searchResultText(shown.length, entries.length, query)} />
          <ul className="word-list" aria-label="Words, A to Z">
            {shown.map((entry) => (
              <PhoneWordEntry key={entry.id} entry={entry} pending={pendingEntryIds.has(entry.id)} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
