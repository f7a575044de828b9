import { useCallback, useId, useMemo, useRef } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddWordForm } from './AddWordForm.tsx';
import { ConsoleWordEntry } from './ConsoleWordEntry.tsx';
import { entryHeadingId, glossarySummary } from './glossaryWords.ts';
import { useGlossaryEntries } from './useGlossaryEntries.ts';
import { usePendingEntryIds } from './usePendingEntryIds.ts';

const focusEntry = (entryId: string) => document.getElementById(entryHeadingId(entryId))?.focus();

/** The facilitator's glossary: add words, write and agree their meanings. Words still to explain come first. */
export function GlossaryConsole() {
  const roomId = useRoomView((view) => view?.id);
  const role = useRoomStore((state) => state.me?.role);
  const entries = useGlossaryEntries();
  const pendingEntryIds = usePendingEntryIds();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const ordered = useMemo(
    () => [...entries.filter((entry) => entry.meaning === null), ...entries.filter((entry) => entry.meaning !== null)],
    [entries],
  );

  const beforeRemoving = useCallback(
    (entryId: string) => {
      const index = ordered.findIndex((entry) => entry.id === entryId);
      const neighbour = ordered[index + 1] ?? ordered[index - 1];
      if (neighbour) focusEntry(neighbour.id);
      else heading.current?.focus();
    },
    [ordered],
  );

  if (!roomId || !role) return null;
  return (
    <section className="glossary-console stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Glossary
      </h2>
      <p className="lead">Words the group asked about. Agreed meanings show wherever the word appears, on every phone.</p>
      <AddWordForm draftKey={roomKey(role, roomId, 'draft:glossary')} variant="console" onShowEntry={focusEntry} />
      <p className="summary">{glossarySummary(entries)}</p>
      {ordered.length ? (
        <ul className="word-list" aria-label="Words, those waiting for a meaning first">
          {ordered.map((entry) => (
            <ConsoleWordEntry key={entry.id} entry={entry} pending={pendingEntryIds.has(entry.id)} beforeRemoving={beforeRemoving} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
