import { describeIssue, titleSchema, TITLE_MAX } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useCommand } from './useCommand.ts';
import { useProblem } from './useProblem.ts';

/** A small "Rename" that opens a form to change the workshop's title. */
export function RenameTitle({ title }: { title: string }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  const { problem, show, clear } = useProblem();
  const { run, busy, error, clearError } = useCommand();
  const renameButton = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const ids = { field: useId(), error: useId() };

  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);

  function toggle() {
    if (!editing) setValue(title);
    clear();
    clearError();
    setEditing(!editing);
  }

  function close() {
    setEditing(false);
    renameButton.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = titleSchema.safeParse(value);
    if (!parsed.success) {
      show(describeIssue(parsed.error.issues, 'Please check the title.'));
      return;
    }
    if (parsed.data === title) {
      close();
      return;
    }
    const result = await run('room.setTitle', { title: parsed.data });
    if (result !== 'failed') close();
  }

  return (
    <div className="rename">
      <button ref={renameButton} type="button" className="button button-quiet button-small" aria-expanded={editing} onClick={toggle}>
        Rename
      </button>
      {editing ? (
        <form className="rename-form stack" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor={ids.field}>{`Workshop title (up to ${TITLE_MAX} characters)`}</label>
            <input
              id={ids.field}
              ref={field}
              type="text"
              autoComplete="off"
              aria-invalid={problem || error ? true : undefined}
              aria-describedby={ids.error}
              value={value}
              onChange={(event) => {
                setValue(event.target.value);
                clear();
                clearError();
              }}
            />
            <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary" aria-disabled={busy}>
              {busy ? 'Saving…' : 'Save title'}
            </button>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
