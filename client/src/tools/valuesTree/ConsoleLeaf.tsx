import type { Leaf, Theme } from '@roundtable/shared';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { LeafForm } from './LeafForm.tsx';
import { growsFrom } from './growsFrom.ts';

/** One shared value on the console, with Edit and Remove. */
export function ConsoleLeaf({ leaf, themes }: { leaf: Leaf; themes: readonly Theme[] }) {
  const [editing, setEditing] = useState(false);
  const { run, busy, error } = useCommand();
  const errorId = useId();
  if (editing) {
    return (
      <li className="values-leaf card">
        <LeafForm themes={themes} leaf={leaf} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="values-leaf card stack">
      <p className="values-leaf-text">{leaf.text}</p>
      <p className="values-leaf-from">{growsFrom(leaf, themes)}</p>
      <div className="actions">
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          Edit <span className="visually-hidden">{leaf.text}</span>
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-disabled={busy}
          aria-describedby={errorId}
          onClick={() => !busy && void run('valuesTree.removeLeaf', { leafId: leaf.id })}
        >
          Remove <span className="visually-hidden">{leaf.text}</span>
        </button>
      </div>
      <ErrorMessage id={errorId} message={error} />
    </li>
  );
}
