import type { SmallGroup } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending } from '../../sync/optimistic.ts';

const NONE = '';

interface JoinGroupChoiceProps {
  groups: readonly SmallGroup[];
  myGroupId: string | null;
}

/** "Which small group are you in?": that group's rows then come first on this phone. */
export function JoinGroupChoice({ groups, myGroupId }: JoinGroupChoiceProps) {
  const { run, error } = useCommand();
  const waiting = useHasPending('stakeholders.joinGroup');
  const ids = { name: useId(), error: useId() };
  const options = [...groups.map((group) => ({ id: group.id, label: group.name })), { id: NONE, label: 'Not in a group' }];
  return (
    <fieldset className="segmented join-group card" aria-describedby={ids.error}>
      <legend>Which small group are you in?</legend>
      <div className="segments">
        {options.map((option) => (
          <label key={option.id} className="segment">
            <input
              type="radio"
              name={ids.name}
              checked={(myGroupId ?? NONE) === option.id}
              onChange={() => void run('stakeholders.joinGroup', { groupId: option.id === NONE ? null : option.id })}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <Pending shown={waiting} />
      <ErrorMessage id={ids.error} message={error} />
    </fieldset>
  );
}
