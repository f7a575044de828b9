import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { useRefusal } from '../../sync/useRefusal.ts';
import { breakText } from './queueWords.ts';

/**
 * "3 people asked for a break": a count with no names, seen only here. The count is a live
 * region, so a facilitator using a screen reader hears a new request as it comes.
 */
export function BreakRequests() {
  const requests = useRoomView((view) => view?.queue.breakRequests ?? 0);
  const refusal = useRefusal('queue.clearBreaks', {});
  const { run, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { heading: useId(), error: useId() };

  function clearRequests() {
    clear();
    clearError();
    if (refusal) show(refusal);
    else void run('queue.clearBreaks', {});
  }

  return (
    <section className={requests > 0 ? 'break-requests panel stack has-requests' : 'break-requests panel stack'} aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Breaks</h3>
      <p role="status" className="break-count">
        {breakText(requests)}
      </p>
      <p className="hint">Only you see this. Nobody is told who asked.</p>
      <button
        type="button"
        className="button button-quiet"
        aria-disabled={refusal !== null || undefined}
        aria-describedby={ids.error}
        onClick={clearRequests}
      >
        Clear<span className="visually-hidden"> the requests for a break</span>
      </button>
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
    </section>
  );
}
