import type { Theme } from '@roundtable/shared';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

/** "Merge into…": every value (and vote) of this theme goes into another, and this one goes. */
export function MergeTheme({ theme, themes }: { theme: Theme; themes: readonly Theme[] }) {
  const others = themes.filter((other) => other.id !== theme.id);
  const [into, setInto] = useState('');
  const { run, busy, error, clearError } = useCommand();
  const ids = { select: useId(), error: useId() };
  if (others.length === 0) return null;
  const target = others.find((other) => other.id === into);

  return (
    <div className="values-merge field-row">
      <div className="field">
        <label htmlFor={ids.select}>Merge “{theme.name}” into…</label>
        <select
          id={ids.select}
          value={target ? into : ''}
          aria-describedby={ids.error}
          onChange={(event) => {
            setInto(event.target.value);
            clearError();
          }}
        >
          <option value="">Choose a theme</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
        <ErrorMessage id={ids.error} message={error} />
      </div>
      <button
        type="button"
        className="button button-small"
        aria-disabled={!target || busy}
        onClick={() => target && !busy && void run('valuesTree.mergeThemes', { fromThemeId: theme.id, intoThemeId: target.id })}
      >
        Merge <span className="visually-hidden">{theme.name}</span>
      </button>
    </div>
  );
}
