import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { checkGroupName } from './checkStakeholderText.ts';
import { SmallGroupRow } from './SmallGroupRow.tsx';
import { useOrderedGroups, useOrderedStakeholders } from './useStakeholders.ts';

/** Small groups: the host makes them, and gives each stakeholder's row to one on the list below. */
export function SmallGroupsPanel() {
  const groups = useOrderedGroups();
  const stakeholders = useOrderedStakeholders();
  const [name, setName] = useState('');
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { heading: useId(), name: useId(), hint: useId(), error: useId() };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkGroupName(name);
    if (!checked.ok) return show(checked.message);
    if ((await run('stakeholders.addGroup', { name: checked.value })) !== 'failed') setName((now) => (now.trim() === checked.value ? '' : now));
  }

  return (
    <section className="small-groups stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Small groups</h3>
      <p id={ids.hint} className="hint">
        Give each small group some rows of the grid. People choose their group on their phone and see its rows first.
      </p>
      {groups.length ? (
        <ul className="small-group-list" aria-labelledby={ids.heading}>
          {groups.map((group) => (
            <SmallGroupRow key={group.id} group={group} rows={stakeholders.filter((one) => one.groupId === group.id).length} />
          ))}
        </ul>
      ) : (
        <p>No small groups yet.</p>
      )}
      <form className="actions add-group" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={ids.name}>New small group’s name</label>
          <input
            id={ids.name}
            type="text"
            autoComplete="off"
            aria-invalid={problem || error ? true : undefined}
            aria-describedby={`${ids.hint} ${ids.error}`}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              clear();
              clearError();
            }}
          />
        </div>
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Add the group
        </button>
      </form>
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
    </section>
  );
}
