import { VALUES_PHASES, type ValuesPhase } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending } from '../../sync/optimistic.ts';
import { useRefusal } from '../../sync/useRefusal.ts';
import { PHASE_LABEL } from './valueWords.ts';

/** Where the activity is, as numbered steps, with Back and Next. Steps past the first wait for the reveal. */
export function PhaseStepper({ phase }: { phase: ValuesPhase }) {
  const index = VALUES_PHASES.indexOf(phase);
  const previous = VALUES_PHASES[index - 1];
  const next = VALUES_PHASES[index + 1];
  const { run, error, clearError } = useCommand();
  const waiting = useHasPending('valuesTree.setPhase');
  const nextRefusal = useRefusal('valuesTree.setPhase', { phase: next ?? phase });
  const ids = { heading: useId(), next: useId(), error: useId() };

  function go(to: ValuesPhase | undefined, refusal: string | null) {
    clearError();
    if (to && !refusal) void run('valuesTree.setPhase', { phase: to });
  }

  return (
    <div className="values-stepper" role="group" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Steps</h3>
      <ol className="values-steps">
        {VALUES_PHASES.map((step) => (
          <li key={step} aria-current={step === phase ? 'step' : undefined} className={step === phase ? 'is-current' : undefined}>
            {PHASE_LABEL[step]}
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button" aria-disabled={!previous} onClick={() => go(previous, null)}>
          Back
        </button>
        <button
          type="button"
          className="button button-primary"
          aria-disabled={!next || nextRefusal !== null}
          aria-describedby={`${ids.next} ${ids.error}`}
          onClick={() => go(next, nextRefusal)}
        >
          Next
        </button>
        <p id={ids.next} className="note">
          {!next ? 'This is the last step.' : nextRefusal ? 'Reveal the values to go on.' : `Next: ${PHASE_LABEL[next]}`}
        </p>
      </div>
      <Pending shown={waiting} />
      <ErrorMessage id={ids.error} message={error} />
    </div>
  );
}
