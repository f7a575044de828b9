import { QUADRANTS, type Quadrant, type Stakeholder } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { QUADRANT_LABEL } from './stakeholderWords.ts';

const NOT_PLACED = '';

/** "Place on the map": the same as dragging the stakeholder's chip, without dragging. */
export function PlaceSelect({ stakeholder }: { stakeholder: Stakeholder }) {
  const { run, error } = useCommand();
  const ids = { select: useId(), error: useId() };
  return (
    <div className="field field-inline">
      <label htmlFor={ids.select}>
        Place on the map<span className="visually-hidden">{`: ${stakeholder.name}`}</span>
      </label>
      <select
        id={ids.select}
        aria-describedby={ids.error}
        value={stakeholder.quadrant ?? NOT_PLACED}
        onChange={(event) => {
          const value = event.target.value;
          const quadrant = value === NOT_PLACED ? null : (value as Quadrant);
          void run('stakeholders.place', { stakeholderId: stakeholder.id, quadrant });
        }}
      >
        <option value={NOT_PLACED}>Not placed</option>
        {QUADRANTS.map((quadrant) => (
          <option key={quadrant} value={quadrant}>
            {QUADRANT_LABEL[quadrant]}
          </option>
        ))}
      </select>
      <ErrorMessage id={ids.error} message={error} />
    </div>
  );
}
