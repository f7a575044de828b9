import { EXAMPLE_AGREEMENTS } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';

/** Example agreements, hidden until the facilitator shows them to a group stuck for ideas. */
export function ExamplesToggle() {
  const shown = useRoomView((view) => view?.agreements.examplesShown ?? false);
  const waiting = useHasPending('agreements.showExamples');
  const { run, error } = useCommand();
  const ids = { hint: useId(), error: useId() };
  return (
    <div className="examples-console stack">
      <h3>Examples</h3>
      <p id={ids.hint} className="hint">
        Only if the group is stuck. Examples are prompts to start people off: the group puts them in its own words. They
        are never agreed as they stand.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-pressed={shown}
          aria-describedby={`${ids.hint} ${ids.error}`}
          onClick={() => void run('agreements.showExamples', { shown: !shown })}
        >
          Show examples to the group
        </button>
        <Pending shown={waiting} />
      </div>
      <ErrorMessage id={ids.error} message={error} />
      {shown ? (
        <ul className="example-list">
          {EXAMPLE_AGREEMENTS.map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
