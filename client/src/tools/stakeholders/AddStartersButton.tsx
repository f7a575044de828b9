import { STARTER_STAKEHOLDERS } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useRefusal } from '../../sync/useRefusal.ts';

/** "Add common groups": the starter list in one step, to edit after. Says why when they are all there. */
export function AddStartersButton() {
  const { run, busy, error } = useCommand();
  const { problem, show, clear } = useProblem();
  const refusal = useRefusal('stakeholders.addStarters', {});
  const ids = { hint: useId(), error: useId() };

  async function add() {
    clear();
    if (busy) return;
    if (refusal) return show(refusal);
    await run('stakeholders.addStarters', {});
  }

  return (
    <div className="stack add-starters">
      <p id={ids.hint} className="hint">
        {`A start: ${STARTER_STAKEHOLDERS.length} groups most work touches. Change or remove any of them after.`}
      </p>
      <div>
        <button
          type="button"
          className="button"
          aria-disabled={busy || refusal !== null}
          aria-describedby={`${ids.hint} ${ids.error}`}
          onClick={() => void add()}
        >
          Add common groups
        </button>
      </div>
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
    </div>
  );
}
