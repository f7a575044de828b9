import type { ToolId } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { usePendingCommands } from './pending.ts';
import { useCommand } from './useCommand.ts';

const OPTIONS: Record<ToolId, string> = {
  welcome: 'Welcome and joining',
  carPark: 'Car park',
};

/** The facilitator chooses what the big screen shows and what phones open on. */
export function FocusPicker({ focus }: { focus: ToolId }) {
  const { run, error } = useCommand();
  const commands = usePendingCommands();
  const errorId = useId();
  const waiting = commands.findLast((command) => command.type === 'room.setFocus');
  const chosen = waiting?.type === 'room.setFocus' ? waiting.payload.tool : focus;

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
              checked={chosen === tool}
              onChange={() => void run('room.setFocus', { tool })}
            />
            <span>{OPTIONS[tool]}</span>
          </label>
        ))}
      </div>
      {waiting ? <p className="pending">Waiting to send…</p> : null}
      <ErrorMessage id={errorId} message={error} />
    </fieldset>
  );
}
