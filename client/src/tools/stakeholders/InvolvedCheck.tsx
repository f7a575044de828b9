import type { Stakeholder } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

/** "Not yet involved": the map shows these, so the gaps stand out. */
export function InvolvedCheck({ stakeholder }: { stakeholder: Stakeholder }) {
  const { run, error } = useCommand();
  const errorId = useId();
  return (
    <div>
      <label className="check">
        <input
          type="checkbox"
          aria-describedby={errorId}
          checked={!stakeholder.involved}
          onChange={(event) => void run('stakeholders.setInvolved', { stakeholderId: stakeholder.id, involved: !event.target.checked })}
        />
        <span>
          Not yet involved<span className="visually-hidden">{`: ${stakeholder.name}`}</span>
        </span>
      </label>
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
