import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { checkValueText } from './checkValueText.ts';

/** A new theme on the trunk, named by the facilitator as the group says. */
export function AddThemeForm() {
  const [name, setName] = useState('');
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { name: useId(), error: useId() };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkValueText('theme', name);
    if (!checked.ok) return show(checked.message);
    const result = await run('valuesTree.addTheme', { name: checked.text });
    if (result !== 'failed') setName((now) => (now.trim() === checked.text ? '' : now));
    return undefined;
  }

  return (
    <form className="values-add-theme field-row" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={ids.name}>Name of a new theme</label>
        <input
          type="text"
          id={ids.name}
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
      <button type="submit" className="button button-primary" aria-disabled={busy}>
        Add theme
      </button>
    </form>
  );
}
