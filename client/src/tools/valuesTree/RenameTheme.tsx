import type { Theme } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { checkValueText } from './checkValueText.ts';

/** "Rename": the theme's name, changed in place. */
export function RenameTheme({ theme }: { theme: Theme }) {
  const [name, setName] = useState<string | null>(null);
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { name: useId(), error: useId() };
  const field = useRef<HTMLInputElement>(null);
  const opened = name !== null;
  useEffect(() => {
    if (opened) field.current?.focus();
  }, [opened]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || name === null) return;
    const checked = checkValueText('theme', name);
    if (!checked.ok) return show(checked.message);
    if ((await run('valuesTree.renameTheme', { themeId: theme.id, name: checked.text })) !== 'failed') setName(null);
    return undefined;
  }

  if (name === null) {
    return (
      <button type="button" className="button button-quiet button-small" onClick={() => setName(theme.name)}>
        Rename <span className="visually-hidden">{theme.name}</span>
      </button>
    );
  }
  return (
    <form className="values-rename stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={ids.name}>New name for “{theme.name}”</label>
        <input
          type="text"
          id={ids.name}
          ref={field}
          value={name}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={ids.error}
          onChange={(event) => {
            setName(event.target.value);
            clear();
            clearError();
          }}
        />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary button-small" aria-disabled={busy}>
          Save name
        </button>
        <button type="button" className="button button-small" onClick={() => setName(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
