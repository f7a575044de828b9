import { QUADRANTS, type Quadrant, type Stakeholder } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { QUADRANT_HINT, QUADRANT_LABEL } from './stakeholderWords.ts';

const NOT_PLACED = 'notPlaced';

/** "Place on the map" on a phone: a choice of the four places, in words, with no dragging. */
export function QuadrantChoice({ stakeholder }: { stakeholder: Stakeholder }) {
  const { run, error } = useCommand();
  const ids = { name: useId(), error: useId() };
  const options: { value: Quadrant | typeof NOT_PLACED; label: string; hint: string | null }[] = [
    ...QUADRANTS.map((quadrant) => ({ value: quadrant, label: QUADRANT_LABEL[quadrant], hint: QUADRANT_HINT[quadrant] })),
    { value: NOT_PLACED, label: 'Not placed yet', hint: null },
  ];
  return (
    <fieldset className="choices quadrant-choice" aria-describedby={ids.error}>
      <legend>Place “{stakeholder.name}” on the map</legend>
      {options.map((option) => (
        <div key={option.value} className="quadrant-option">
          <label className="choice">
            <input
              type="radio"
              name={ids.name}
              aria-describedby={option.hint ? `${ids.name}-${option.value}` : undefined}
              checked={(stakeholder.quadrant ?? NOT_PLACED) === option.value}
              onChange={() => void run('stakeholders.place', { stakeholderId: stakeholder.id, quadrant: option.value === NOT_PLACED ? null : option.value })}
            />
            <span>{option.label}</span>
          </label>
          {option.hint ? (
            <p id={`${ids.name}-${option.value}`} className="hint">
              {option.hint}
            </p>
          ) : null}
        </div>
      ))}
      <ErrorMessage id={ids.error} message={error} />
    </fieldset>
  );
}
