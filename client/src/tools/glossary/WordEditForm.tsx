import { MEANING_MAX, TERM_MAX } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { refusalOf } from '../../sync/useRefusal.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { checkMeaning, checkTerm } from './checkGlossaryText.ts';

interface WordEditFormProps {
  entryId: string;
  /** Which part of the entry this form changes. */
  part: 'term' | 'meaning';
  /** What the part says now ('' for a word with no meaning yet). */
  initial: string;
  label: string;
  submitLabel: string;
  /** Called when the change is saved or waiting to send, or when they cancel. */
  onClose: () => void;
}

/** Changing a word, or writing its meaning, in place. What is typed stays until saved or cancelled. */
export function WordEditForm({ entryId, part, initial, label, submitLabel, onClose }: WordEditFormProps) {
  const [value, setValue] = useState(initial);
  const { problem, show, clear } = useProblem();
  const { run, busy, error, clearError } = useCommand();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const ids = { field: useId(), count: useId(), error: useId() };
  useUnsavedText(value !== initial);

  // They asked to write, so the cursor goes where they will type.
  useEffect(() => field.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = part === 'term' ? checkTerm(value) : checkMeaning(value);
    if (!checked.ok) return show(checked.message);
    if (checked.text === initial) return onClose();
    const state = useRoomStore.getState();
    const refusal =
      part === 'term'
        ? refusalOf(state, 'glossary.editTerm', { entryId, term: checked.text })
        : refusalOf(state, 'glossary.setMeaning', { entryId, meaning: checked.text });
    if (refusal) return show(refusal);
    const result =
      part === 'term'
        ? await run('glossary.editTerm', { entryId, term: checked.text })
        : await run('glossary.setMeaning', { entryId, meaning: checked.text });
    if (result !== 'failed') onClose();
  }

  const common = {
    ref: field,
    id: ids.field,
    'aria-invalid': problem || error ? true : undefined,
    'aria-describedby': `${ids.count} ${ids.error}`,
    value,
    onChange: (event: { target: { value: string } }) => {
      setValue(event.target.value);
      clear();
      clearError();
    },
  } as const;

  return (
    <form className="word-edit stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.field}>{label}</label>
        {part === 'term' ? <input type="text" autoComplete="off" {...common} /> : <textarea rows={3} {...common} />}
        <CharacterCount id={ids.count} length={value.trim().length} max={part === 'term' ? TERM_MAX : MEANING_MAX} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
