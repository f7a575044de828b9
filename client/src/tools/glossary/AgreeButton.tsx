import type { GlossaryEntry } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useRefusal } from '../../sync/useRefusal.ts';

interface AgreeButtonProps {
  entry: GlossaryEntry;
  /** The id of the word's heading, so the button says which word it is about. */
  describedBy: string;
}

/**
 * "Mark as agreed" or "Mark as not agreed". A word with no meaning cannot be agreed: the button
 * stays, marked unavailable, and a press says why in the reducer's own words.
 */
export function AgreeButton({ entry, describedBy }: AgreeButtonProps) {
  const agreed = !entry.agreed;
  const refusal = useRefusal('glossary.setAgreed', { entryId: entry.id, agreed });
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const errorId = useId();

  function press() {
    clear();
    clearError();
    if (refusal) show(refusal);
    else if (!busy) void run('glossary.setAgreed', { entryId: entry.id, agreed });
  }

  return (
    <div className="agree-button">
      <button
        type="button"
        className={agreed ? 'button button-small' : 'button button-quiet button-small'}
        aria-disabled={refusal !== null || busy}
        aria-describedby={`${describedBy} ${errorId}`}
        onClick={press}
      >
        {agreed ? 'Mark as agreed' : 'Mark as not agreed'}
      </button>
      <ErrorMessage id={errorId} message={problem?.message ?? error} serial={problem?.serial} />
    </div>
  );
}
