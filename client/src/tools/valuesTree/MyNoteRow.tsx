import type { ValueNote } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { checkValueText } from './checkValueText.ts';

/** One of my values, with Change and Remove. The changed words stay in the box if sending fails. */
export function MyNoteRow({ note }: { note: ValueNote }) {
  const [text, setText] = useState<string | null>(null);
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { text: useId(), error: useId() };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || text === null) return;
    const checked = checkValueText('note', text);
    if (!checked.ok) return show(checked.message);
    if ((await run('valuesTree.editNote', { noteId: note.id, text: checked.text })) !== 'failed') setText(null);
    return undefined;
  }

  if (text !== null) {
    return (
      <li className="values-my-note">
        <form className="stack" onSubmit={(event) => void onSubmit(event)} noValidate>
          <div className="field">
            <label htmlFor={ids.text}>Change your value</label>
            <textarea
              id={ids.text}
              rows={2}
              value={text}
              aria-invalid={problem || error ? true : undefined}
              aria-describedby={ids.error}
              onChange={(event) => {
                setText(event.target.value);
                clear();
                clearError();
              }}
            />
            <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary" aria-disabled={busy}>
              Save
            </button>
            <button type="button" className="button" onClick={() => setText(null)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="values-my-note">
      <p className="values-note-text">{note.text}</p>
      <p className="values-note-author">{note.anonymous ? 'Your name is not shown' : 'Shown with your name'}</p>
      <div className="actions">
        <button type="button" className="button button-small" onClick={() => setText(note.text)}>
          Change <span className="visually-hidden">{note.text}</span>
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-describedby={ids.error}
          onClick={() => void run('valuesTree.removeNote', { noteId: note.id })}
        >
          Remove <span className="visually-hidden">{note.text}</span>
        </button>
      </div>
      <ErrorMessage id={ids.error} message={error} />
    </li>
  );
}
