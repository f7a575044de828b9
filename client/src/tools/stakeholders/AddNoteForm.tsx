import type { GridColumn } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { checkNote } from './checkStakeholderText.ts';
import { COLUMN_LABEL } from './stakeholderWords.ts';
import { useStoredFields } from './useStoredFields.ts';

const EMPTY = { text: '' };

interface AddNoteFormProps {
  stakeholderId: string;
  stakeholderName: string;
  column: GridColumn;
  /** Where this cell's unsent note is kept on the device. */
  draftKey: string;
}

/**
 * "Add a note" in one cell of the console's grid: a button that opens a small form. A cell with
 * a note half written opens with it, after a reload too.
 */
export function AddNoteForm({ stakeholderId, stakeholderName, column, draftKey }: AddNoteFormProps) {
  const [draft, setDraft] = useStoredFields(draftKey, EMPTY);
  const [open, setOpen] = useState(draft.text !== '');
  const [typing, setTyping] = useState(false);
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const opener = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), error: useId() };
  useUnsavedText(draft.text.trim() !== '');

  useEffect(() => {
    if (typing) box.current?.focus();
  }, [typing]);

  function close() {
    setOpen(false);
    setTyping(false);
    requestAnimationFrame(() => opener.current?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkNote(draft.text);
    if (!checked.ok) return show(checked.message);
    const result = await run('stakeholders.addNote', { stakeholderId, column, text: checked.value });
    if (result === 'failed') return;
    setDraft((now) => (now.text.trim() === checked.value ? EMPTY : now));
    box.current?.focus();
  }

  const context = <span className="visually-hidden">{`: ${COLUMN_LABEL[column]}, for ${stakeholderName}`}</span>;
  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className="button button-small button-quiet add-note-open"
        onClick={() => {
          setOpen(true);
          setTyping(true);
        }}
      >
        Add a note{context}
      </button>
    );
  }
  return (
    <form className="add-note stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>
          New note{context}
        </label>
        <textarea
          ref={box}
          id={ids.text}
          rows={2}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={ids.error}
          value={draft.text}
          onChange={(event) => {
            setDraft({ text: event.target.value });
            clear();
            clearError();
          }}
        />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-small button-primary" aria-disabled={busy}>
          Add{context}
        </button>
        <button type="button" className="button button-small" onClick={close}>
          Done
        </button>
      </div>
    </form>
  );
}
