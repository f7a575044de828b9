import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

const TOLD = 'The host has been told. Nobody else sees this.';
const TOLD_AGAIN = 'The host already knows. Nobody else sees this.';

/**
 * "I need a break": tells the host privately, as a count with no name. A second tap is not sent
 * again, so the host's count stays close to the number of people who asked.
 */
export function BreakRequest() {
  const { run, error } = useCommand();
  const [note, setNote] = useState<{ text: string; serial: number } | null>(null);
  const headingId = useId();
  const hintId = useId();
  const errorId = useId();

  async function ask() {
    if (note) {
      setNote({ text: TOLD_AGAIN, serial: note.serial + 1 });
      return;
    }
    const result = await run('queue.requestBreak', {});
    if (result !== 'failed') setNote({ text: TOLD, serial: 1 });
  }

  return (
    <section className="break-request card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Need a break?</h3>
      <p id={hintId} className="hint">
        Only the host is told, and not who asked.
      </p>
      <button type="button" className="button" aria-describedby={`${hintId} ${errorId}`} onClick={() => void ask()}>
        I need a break
      </button>
      <p role="status" className="note">
        {note ? <span key={note.serial}>{note.text}</span> : null}
      </p>
      <ErrorMessage id={errorId} message={error} />
    </section>
  );
}
