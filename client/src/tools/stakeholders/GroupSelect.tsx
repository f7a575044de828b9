import type { SmallGroup, Stakeholder } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

const NO_GROUP = '';

interface GroupSelectProps {
  stakeholder: Stakeholder;
  groups: readonly SmallGroup[];
}

/** Which small group works on this row. */
export function GroupSelect({ stakeholder, groups }: GroupSelectProps) {
  const { run, error } = useCommand();
  const ids = { select: useId(), error: useId() };
  return (
    <div className="field field-inline">
      <label htmlFor={ids.select}>
        Small group<span className="visually-hidden">{`: ${stakeholder.name}`}</span>
      </label>
      <select
        id={ids.select}
        aria-describedby={ids.error}
        value={stakeholder.groupId ?? NO_GROUP}
        onChange={(event) => {
          const value = event.target.value;
          void run('stakeholders.assign', { stakeholderId: stakeholder.id, groupId: value === NO_GROUP ? null : value });
        }}
      >
        <option value={NO_GROUP}>No group</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
      <ErrorMessage id={ids.error} message={error} />
    </div>
  );
}
