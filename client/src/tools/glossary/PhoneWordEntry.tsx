import type { GlossaryEntry } from '@roundtable/shared';
import { memo, useRef, useState } from 'react';
import { Pending } from '../../components/Pending.tsx';
import { entryHeadingId } from './glossaryWords.ts';
import { WordEditForm } from './WordEditForm.tsx';
import { WordStatus } from './WordStatus.tsx';

interface PhoneWordEntryProps {
  entry: GlossaryEntry;
  /** A change to this word from this device is waiting to be sent. */
  pending: boolean;
}

/** One word on a phone: its meaning, whether the group agreed it, and "Suggest a meaning" until it does. */
export const PhoneWordEntry = memo(function PhoneWordEntry({ entry, pending }: PhoneWordEntryProps) {
  const [suggesting, setSuggesting] = useState(false);
  const suggestButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = entryHeadingId(entry.id);

  function close() {
    setSuggesting(false);
    (suggestButton.current ?? heading.current)?.focus();
  }

  return (
    <li className={pending ? 'word-entry is-pending' : 'word-entry'}>
      <article aria-labelledby={headingId}>
        {/* Focusable from script only: where "Show it in the list" takes someone. */}
        <h3 ref={heading} id={headingId} className="word-term" tabIndex={-1}>
          {entry.term}
        </h3>
        <WordStatus entry={entry} />
        {entry.meaning === null ? null : <p className="word-meaning">{entry.meaning}</p>}
        <Pending shown={pending} />
        {entry.agreed ? null : (
          <button
            ref={suggestButton}
            type="button"
            className="button button-quiet button-small"
            aria-expanded={suggesting}
            aria-describedby={headingId}
            onClick={() => setSuggesting(!suggesting)}
          >
            {entry.meaning === null ? 'Suggest a meaning' : 'Suggest a better meaning'}
          </button>
        )}
        {/* Kept open if the host agrees a meaning meanwhile: sending then says why, and nothing typed is lost. */}
        {suggesting ? (
          <WordEditForm
            entryId={entry.id}
            part="meaning"
            initial={entry.meaning ?? ''}
            label={`What “${entry.term}” means, in plain words`}
            submitLabel="Send my meaning"
            onClose={close}
          />
        ) : null}
      </article>
    </li>
  );
});
