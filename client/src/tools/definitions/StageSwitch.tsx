import type { DefinitionStage } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';

const STAGE_LABEL: Record<DefinitionStage, string> = {
  cards: 'The cards',
  definition: 'Our definition',
};

/** What phones and the screen show of this tool: the cards to answer, or the work on the definition. */
export function StageSwitch() {
  const stage = useRoomView((view) => view?.definitions.stage ?? 'cards');
  const waiting = useHasPending('definitions.setStage');
  const { run, error } = useCommand();
  const errorId = useId();
  return (
    <fieldset className="segmented" aria-describedby={errorId}>
      <legend>Phones and the screen show</legend>
      <div className="segments">
        {(Object.keys(STAGE_LABEL) as DefinitionStage[]).map((option) => (
          <label key={option} className="segment">
            <input
              type="radio"
              name="definitions-stage"
              value={option}
              checked={stage === option}
              onChange={() => void run('definitions.setStage', { stage: option })}
            />
            <span>{STAGE_LABEL[option]}</span>
          </label>
        ))}
      </div>
      <Pending shown={waiting} />
      <ErrorMessage id={errorId} message={error} />
    </fieldset>
  );
}
