import { GRID_COLUMNS, type GridColumn } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { usePendingIds } from '../../sync/optimistic.ts';
import { checkNote } from './checkStakeholderText.ts';
import { COLUMN_LABEL } from './stakeholderWords.ts';
import { useStoredFields } from './useStoredFields.ts';

const EMPTY = { column: '', text: '' };

const isColumn = (value: string): value is GridColumn => (GRID_COLUMNS as readonly string[]).includes(value);

interface PhoneNoteFormProps {
  stakeholderId: string;
  stakeholderName: string;
  /** Where this stakeholder's unsent note is kept on the device. */
  draftKey: string;
}

/** Add a note about one stakeholder: first which question it answers, then the note. Kept through a reload. */
export function PhoneNoteForm({ stakeholderId, stakeholderName, draftKey }: PhoneNoteFormProps) {
  const [draft, setDraft] = useStoredFields(draftKey, EMPTY);
  const { run, busy, error, clearError, queuedId } = useCommand();
  const { problem, show, clear } = useProblem<'column' | 'text'>();
  const [added, setAdded] = useState<'saved' | 'queued' | null>(null);
  const pendingIds = usePendingIds();
  const ids = { heading: useId(), column: useId(), text: useId(), error: useId() };
  useUnsavedText(draft.text.trim() !== '');

  function update(next: typeof EMPTY) {
    setDraft(next);
    setAdded(null);
    clear();
    clearError();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const column = draft.column;
    if (!isColumn(column)) return show('Please choose which question your note answers.', 'column');
    const checked = checkNote(draft.text);
    if (!checked.ok) return show(checked.message, 'text');
    const result = await run('stakeholders.addNote', { stakeholderId, column, text: checked.value });
    if (result === 'failed') return;
    // The question stays chosen, for the next note on the same one.
    setDraft((now) => (now.text.trim() === checked.value ? { column: now.column, text: '' } : now));
    setAdded(result);
  }

  const waiting = added === 'queued' && queuedId !== null && pendingIds.has(queuedId);
  const note = busy ? 'Adding…' : waiting ? 'Saved on this device. Waiting to send…' : added ? 'Your note is in the grid.' : '';
  return (
    <form className="phone-note-form stack" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h4 id={ids.heading}>Add a note about {stakeholderName}</h4>
      <fieldset className="choices" aria-describedby={ids.error}>
        <legend>What is your note about?</legend>
        {GRID_COLUMNS.map((column) => (
          <label key={column} className="choice">
            <input
              type="radio"
              name={ids.column}
              aria-invalid={problem?.field === 'column' ? true : undefined}
              checked={draft.column === column}
              onChange={() => update({ ...draft, column })}
            />
            <span>{COLUMN_LABEL[column]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.text}>Your note</label>
        <textarea
          id={ids.text}
          rows={3}
          aria-invalid={problem?.field === 'text' || error ? true : undefined}
          aria-describedby={ids.error}
          value={draft.text}
          onChange={(event) => update({ ...draft, text: event.target.value })}
        />
      </div>
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Add the note
        </button>
        <p role="status" className="note">
          {note}
        </p>
      </div>
    </form>
  );
}
