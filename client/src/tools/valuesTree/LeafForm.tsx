import type { Theme } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { checkValueText } from './checkValueText.ts';

interface LeafFormProps {
  themes: readonly Theme[];
  /** The shared value being changed, or none to add one. */
  leaf?: { id: string; text: string; themeIds: readonly string[] };
  onDone?: () => void;
}

/** A shared value in the group's words, and the themes it grows from. */
export function LeafForm({ themes, leaf, onDone }: LeafFormProps) {
  const [text, setText] = useState(leaf?.text ?? '');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(leaf?.themeIds ?? []));
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { text: useId(), error: useId() };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkValueText('leaf', text);
    if (!checked.ok) return show(checked.message);
    const themeIds = themes.filter((theme) => chosen.has(theme.id)).map((theme) => theme.id);
    const result = leaf
      ? await run('valuesTree.editLeaf', { leafId: leaf.id, text: checked.text, themeIds })
      : await run('valuesTree.addLeaf', { text: checked.text, themeIds });
    if (result === 'failed') return undefined;
    if (!leaf) {
      setText((now) => (now.trim() === checked.text ? '' : now));
      setChosen(new Set());
    }
    onDone?.();
    return undefined;
  }

  function toggle(themeId: string, on: boolean) {
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(themeId);
      else next.delete(themeId);
      return next;
    });
  }

  return (
    <form className="values-leaf-form stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>{leaf ? 'The shared value’s words' : 'A shared value, in the group’s words'}</label>
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
      {themes.length > 0 ? (
        <fieldset className="choices">
          <legend>It grows from these themes</legend>
          {themes.map((theme) => (
            <label key={theme.id} className="check">
              <input type="checkbox" checked={chosen.has(theme.id)} onChange={(event) => toggle(theme.id, event.target.checked)} />
              <span>{theme.name}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {leaf ? 'Save' : 'Add shared value'}
        </button>
        {onDone && leaf ? (
          <button type="button" className="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
