import { MEANING_MAX, termKey } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { usePendingIds, useRoomView } from '../../sync/optimistic.ts';
import { refusalOf } from '../../sync/useRefusal.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { checkMeaning, checkTerm } from './checkGlossaryText.ts';
import { takeAddWordRequest } from './glossaryIntent.ts';
import { EMPTY_WORD_DRAFT, useGlossaryDraft, type WordDraft } from './useGlossaryDraft.ts';

interface AddWordFormProps {
  /** Where this room's unsent words are kept on the device. */
  draftKey: string;
  /** The console adds words with their meaning; a phone mostly asks what a word means. */
  variant: 'phone' | 'console';
  /** Takes someone to a word already in the list, when the one they typed is there. */
  onShowEntry: (entryId: string) => void;
}

const WORDS = {
  phone: {
    heading: 'What does this mean?',
    hint: 'Heard a word you did not know? Add it here and the group will explain it. Nobody sees who asked.',
    meaning: 'What it means (leave this empty if you do not know)',
  },
  console: {
    heading: 'Add a word',
    hint: 'A word the group uses, with its meaning if you have one.',
    meaning: 'What it means (you can add this later)',
  },
};

/** "What does this mean?": a word, and its meaning if known. What is typed survives a reload or a refusal. */
export function AddWordForm({ draftKey, variant, onShowEntry }: AddWordFormProps) {
  const [draft, setDraft] = useGlossaryDraft(draftKey);
  const { run, busy, error, clearError, queuedId } = useCommand();
  const { problem, show, clear } = useProblem<'term' | 'meaning'>();
  const [added, setAdded] = useState<{ term: string; result: 'saved' | 'queued' } | null>(null);
  const entries = useRoomView((view) => view?.glossary.entries);
  const pendingIds = usePendingIds();
  const termField = useRef<HTMLInputElement>(null);
  const ids = { heading: useId(), hint: useId(), term: useId(), meaning: useId(), count: useId(), error: useId() };
  const words = WORDS[variant];
  useUnsavedText(draft.term.trim() !== '' || draft.meaning.trim() !== '');

  // Sent here by the "Please explain that" card: the cursor waits where they will type the word.
  useEffect(() => {
    if (takeAddWordRequest()) termField.current?.focus();
  }, []);

  function update(next: WordDraft) {
    setDraft(next);
    setAdded(null);
    clear();
    clearError();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const term = checkTerm(draft.term);
    if (!term.ok) return show(term.message, 'term');
    const meaning = draft.meaning.trim() === '' ? null : checkMeaning(draft.meaning);
    if (meaning && !meaning.ok) return show(meaning.message, 'meaning');
    const payload = { term: term.text, meaning: meaning ? meaning.text : null };
    // Already there, or the glossary is full: the reducer's own words, before anything is sent.
    const refusal = refusalOf(useRoomStore.getState(), 'glossary.add', payload);
    if (refusal) return show(refusal, 'term');
    const result = await run('glossary.add', payload);
    if (result === 'failed') return;
    // Keep anything typed while waiting.
    setDraft((now) => (termKey(now.term) === termKey(term.text) ? EMPTY_WORD_DRAFT : now));
    setAdded({ term: term.text, result });
  }

  const message = problem?.message ?? error;
  const duplicate = message ? Object.values(entries ?? {}).find((entry) => termKey(entry.term) === termKey(draft.term)) : undefined;
  const waiting = added?.result === 'queued' && queuedId !== null && pendingIds.has(queuedId);
  const note = busy ? 'Adding…' : waiting ? 'Saved on this device. Waiting to send…' : added ? `Added “${added.term}”.` : '';
  const termInvalid = (problem && problem.field !== 'meaning') || error ? true : undefined;

  return (
    <form className="add-word card stack" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h3 id={ids.heading}>{words.heading}</h3>
      <p id={ids.hint} className="hint">
        {words.hint}
      </p>
      <div className="field">
        <label htmlFor={ids.term}>The word or words</label>
        <input
          ref={termField}
          id={ids.term}
          type="text"
          name="term"
          autoComplete="off"
          aria-invalid={termInvalid}
          aria-describedby={`${ids.hint} ${ids.error}`}
          value={draft.term}
          onChange={(event) => update({ ...draft, term: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.meaning}>{words.meaning}</label>
        <textarea
          id={ids.meaning}
          name="meaning"
          rows={3}
          aria-invalid={problem?.field === 'meaning' ? true : undefined}
          aria-describedby={`${ids.count} ${ids.error}`}
          value={draft.meaning}
          onChange={(event) => update({ ...draft, meaning: event.target.value })}
        />
        <CharacterCount id={ids.count} length={draft.meaning.trim().length} max={MEANING_MAX} />
      </div>
      <ErrorMessage id={ids.error} message={message} serial={problem?.serial} />
      {duplicate ? (
        <p>
          <button type="button" className="button button-small" onClick={() => onShowEntry(duplicate.id)}>
            {`Show “${duplicate.term}” in the list`}
          </button>
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Add the word
        </button>
        <p role="status" className="note">
          {note}
        </p>
      </div>
    </form>
  );
}
