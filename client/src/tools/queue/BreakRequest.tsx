import { ErrorCode } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { useAnnouncement } from '../../components/useAnnouncement.ts';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useRefusal } from '../../sync/useRefusal.ts';

const TOLD = 'The host has been told. Nobody else sees this.';
const QUEUED = 'Saved on this phone. The host will be told as soon as it is sent. Nobody else sees this.';
/** The server's answer to a second request before the host has cleared the first: not a fault. */
const ANSWERS = [ErrorCode.CONFLICT];

/**
 * "I need a break": tells the host privately, as a count with no name. Every tap is sent: only the
 * server knows whether the host has cleared the requests since this person last asked, and it
 * counts one person once, answering a repeat with "The host already knows", shown as a calm note.
 */
export function BreakRequest() {
  const { run, error, clearError } = useCommand();
  const refusal = useRefusal('queue.requestBreak', {});
  const { problem, show, clear } = useProblem();
  const [note, say] = useAnnouncement();
  const ids = { heading: useId(), hint: useId(), error: useId() };

  async function ask() {
    clear();
    clearError();
    if (refusal) {
      show(refusal);
      return;
    }
    const result = await run('queue.requestBreak', {}, ANSWERS);
    if (typeof result === 'object') say(`${result.message} Nobody else sees this.`);
    else say(result === 'saved' ? TOLD : result === 'queued' ? QUEUED : '');
  }

  return (
    <section className="break-request card stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Need a break?</h3>
      <p id={ids.hint} className="hint">
        Only the host is told, and not who asked.
      </p>
      <button
        type="button"
        className="button"
        aria-disabled={refusal !== null || undefined}
        aria-describedby={`${ids.hint} ${ids.error}`}
        onClick={() => void ask()}
      >
        I need a break
      </button>
      <LiveMessage className="note" text={note.text} serial={note.serial} />
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
    </section>
  );
}
