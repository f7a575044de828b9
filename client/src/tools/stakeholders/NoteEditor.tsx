import type { GridNote } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { checkNote } from './checkStakeholderText.ts';

interface NoteEditorProps {
  note: GridNote;
  onClose: () => void;
}

/** Changes or removes one note, in place. */
export function NoteEditor({ note, onClose }: NoteEditorProps) {
  const [text, setText] = useState(note.text);
  const save = useCommand();
  const remove = useCommand();
  const { problem, show, clear } = useProblem();
  const box = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), error: useId() };
  useUnsavedText(text.trim() !== note.text);

  useEffect(() => box.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.busy) return;
    const checked = checkNote(text);
    if (!checked.ok) return show(checked.message);
    if (checked.value === note.text) return onClose();
    if ((await save.run('stakeholders.editNote', { noteId: note.id, text: checked.value })) !== 'failed') onClose();
  }

  return (
    <form className="note-editor stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>Change the note</label>
        <textarea
          ref={box}
          id={ids.text}
          rows={2}
          aria-invalid={problem || save.error ? true : undefined}
          aria-describedby={ids.error}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            clear();
            save.clearError();
          }}
        />
        <ErrorMessage id={ids.error} message={problem?.message ?? save.error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-small button-primary" aria-disabled={save.busy}>
          Save the note
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          Cancel
        </button>
        <ConfirmAction
          label="Remove the note"
          className="remove-note"
          question="Remove this note for everyone?"
          confirmLabel="Yes, remove it"
          busyLabel="Removing…"
          keepLabel="Keep it"
          busy={remove.busy}
          error={remove.error}
          onConfirm={async () => (await remove.run('stakeholders.removeNote', { noteId: note.id })) !== 'failed'}
        />
      </div>
    </form>
  );
}
