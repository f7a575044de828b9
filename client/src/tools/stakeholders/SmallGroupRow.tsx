import type { SmallGroup } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { checkGroupName } from './checkStakeholderText.ts';

interface SmallGroupRowProps {
  group: SmallGroup;
  /** How many rows of the grid it works on. */
  rows: number;
}

/** One small group: its name (to change in place) and how many rows it has; "Remove" asks first. */
export function SmallGroupRow({ group, rows }: SmallGroupRowProps) {
  const [name, setName] = useState<string | null>(null);
  const rename = useCommand();
  const remove = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { name: useId(), field: useId(), error: useId() };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name === null || rename.busy) return;
    const checked = checkGroupName(name);
    if (!checked.ok) return show(checked.message);
    if ((await rename.run('stakeholders.renameGroup', { groupId: group.id, name: checked.value })) !== 'failed') setName(null);
  }

  return (
    <li className="small-group">
      <p id={ids.name}>
        <strong>{group.name}</strong>
        {`: ${rows} ${rows === 1 ? 'row' : 'rows'}`}
      </p>
      {name === null ? (
        <div className="actions">
          <button type="button" className="button button-small button-quiet" aria-describedby={ids.name} onClick={() => setName(group.name)}>
            Rename
          </button>
          <ConfirmAction
            label="Remove"
            className="remove-group"
            describedBy={ids.name}
            question={`Remove the group “${group.name}”? Its rows and people will be in no group. Their notes stay.`}
            confirmLabel="Yes, remove it"
            keepLabel="Keep it"
            busy={remove.busy}
            error={remove.error}
            onConfirm={async () => (await remove.run('stakeholders.removeGroup', { groupId: group.id })) !== 'failed'}
          />
        </div>
      ) : (
        <form className="actions" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor={ids.field}>New name for “{group.name}”</label>
            <input
              id={ids.field}
              type="text"
              autoComplete="off"
              aria-invalid={problem || rename.error ? true : undefined}
              aria-describedby={ids.error}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                clear();
              }}
            />
          </div>
          <button type="submit" className="button button-small button-primary" aria-disabled={rename.busy}>
            Save the name
          </button>
          <button type="button" className="button button-small" onClick={() => setName(null)}>
            Cancel
          </button>
        </form>
      )}
      <ErrorMessage id={ids.error} message={problem?.message ?? rename.error} serial={problem?.serial} />
    </li>
  );
}
