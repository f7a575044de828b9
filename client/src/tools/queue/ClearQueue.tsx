import { useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { count } from '../../components/format.ts';
import { useCommand } from '../../components/useCommand.ts';
import { useRefusal } from '../../sync/useRefusal.ts';

/**
 * "Clear the queue", then an inline question with "Yes, clear it" and "Keep the queue". The safe
 * choice takes focus, so a second press of Enter clears nothing. When the reducer would refuse to
 * clear, the question is its reason instead, with only "Keep the queue".
 */
export function ClearQueue({ waiting }: { waiting: number }) {
  const [confirming, setConfirming] = useState(false);
  const refusal = useRefusal('queue.clear', {});
  const { run, error } = useCommand();
  const clearButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const errorId = useId();

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  function close() {
    setConfirming(false);
    clearButton.current?.focus();
  }

  async function clear() {
    const result = await run('queue.clear', {});
    if (result !== 'failed') close();
  }

  return (
    <div className="clear-queue stack">
      <button
        ref={clearButton}
        type="button"
        className="button button-quiet"
        aria-expanded={confirming}
        aria-describedby={errorId}
        onClick={() => setConfirming(!confirming)}
      >
        Clear the queue
      </button>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>
            {refusal ?? `Take ${waiting === 0 ? 'every hand' : count(waiting, 'hand', 'hands')} out of the queue? People will need to raise their hands again.`}
          </p>
          <div className="actions">
            {refusal ? null : (
              <button type="button" className="button button-danger" onClick={() => void clear()}>
                Yes, clear it
              </button>
            )}
            <button ref={keepButton} type="button" className="button" onClick={close}>
              Keep the queue
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
