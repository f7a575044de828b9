import type { GlossaryEntry } from '@roundtable/shared';
import { memo, useRef, useState } from 'react';
import { Pending } from '../../components/Pending.tsx';
import { AgreeButton } from './AgreeButton.tsx';
import { entryHeadingId } from './glossaryWords.ts';
import { RemoveWord } from './RemoveWord.tsx';
import { WordEditForm } from './WordEditForm.tsx';
import { WordStatus } from './WordStatus.tsx';

interface ConsoleWordEntryProps {
  entry: GlossaryEntry;
  /** A change to this word from this device is waiting to be sent. */
  pending: boolean;
  /** Moves focus to the next word before this one is removed. */
  beforeRemoving: (entryId: string) => void;
}

type Mode = 'view' | 'term' | 'meaning';

/** One word on the console: change the word, write the meaning, agree it, or remove it. */
export const ConsoleWordEntry = memo(function ConsoleWordEntry({ entry, pending, beforeRemoving }: ConsoleWordEntryProps) {
  const [mode, setMode] = useState<Mode>('view');
  const termButton = useRef<HTMLButtonElement>(null);
  const meaningButton = useRef<HTMLButtonElement>(null);
  const headingId = entryHeadingId(entry.id);

  function close(button: HTMLButtonElement | null) {
    setMode('view');
    button?.focus();
  }

  const toggle = (next: Mode) => setMode(mode === next ? 'view' : next);
  const classes = ['word-entry', entry.meaning === null ? 'is-waiting' : '', pending ? 'is-pending' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="word-term" tabIndex={-1}>
          {entry.term}
        </h3>
        <WordStatus entry={entry} />
        {entry.meaning === null ? null : <p className="word-meaning">{entry.meaning}</p>}
        <Pending shown={pending} />
        <div className="item-actions">
          <button
            ref={meaningButton}
            type="button"
            className={entry.meaning === null ? 'button button-small' : 'button button-quiet button-small'}
            aria-expanded={mode === 'meaning'}
            aria-describedby={headingId}
            onClick={() => toggle('meaning')}
          >
            {entry.meaning === null ? 'Write the meaning' : 'Change the meaning'}
          </button>
          <AgreeButton entry={entry} describedBy={headingId} />
          <button
            ref={termButton}
            type="button"
            className="button button-quiet button-small"
            aria-expanded={mode === 'term'}
            aria-describedby={headingId}
            onClick={() => toggle('term')}
          >
            Change the word
          </button>
          <RemoveWord entry={entry} describedBy={headingId} beforeRemoving={() => beforeRemoving(entry.id)} />
        </div>
        {mode === 'meaning' ? (
          <WordEditForm
            entryId={entry.id}
            part="meaning"
            initial={entry.meaning ?? ''}
            label={`What “${entry.term}” means`}
            submitLabel="Save the meaning"
            onClose={() => close(meaningButton.current)}
          />
        ) : null}
        {mode === 'term' ? (
          <WordEditForm
            entryId={entry.id}
            part="term"
            initial={entry.term}
            label="The word, as it should be written"
            submitLabel="Save the word"
            onClose={() => close(termButton.current)}
          />
        ) : null}
      </article>
    </li>
  );
});
