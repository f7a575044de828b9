import type { ToolId } from '@roundtable/shared';
import { useId } from 'react';
import { useHasPending, useRoomView } from '../sync/optimistic.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Pending } from './Pending.tsx';
import { useCommand } from './useCommand.ts';

const OPTIONS: Record<ToolId, string> = {
  welcome: 'Welcome and joining',
  agreements: 'Agreements',
  carPark: 'Car park',
  queue: 'Speaking queue',
  definitions: 'Definition cards',
  glossary: 'Glossary',
  stakeholders: 'Stakeholders',
  valuesTree: 'Values tree',
};

/** The facilitator chooses what the big screen shows and what phones open on. */
export function FocusPicker() {
  const { run, error } = useCommand();
  const focus = useRoomView((view) => view?.focus ?? 'welcome');
  const waiting = useHasPending('room.setFocus');
  const errorId = useId();

  return (
    <fieldset className="segmented" aria-describedby={errorId}>
      <legend>Show on the screen</legend>
      <div className="segments">
        {(Object.keys(OPTIONS) as ToolId[]).map((tool) => (
          <label key={tool} className="segment">
            <input
              type="radio"
              name="screen-focus"
              value={tool}
              checked={focus === tool}
              onChange={() => void run('room.setFocus', { tool })}
            />
            <span>{OPTIONS[tool]}</span>
          </label>
        ))}
      </div>
      <Pending shown={waiting} />
      <ErrorMessage id={errorId} message={error} />
    </fieldset>
  );
}
