import { useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

interface RemoveItemProps {
  itemId: string;
  /** The id of the item's text, so "Remove" says which item it removes. */
  describedBy: string;
}

/**
 * "Remove", then an inline "Remove this item for everyone?" with "Yes, remove it" and "Keep it".
 * The item leaves the list as soon as the removal is queued; the list then moves focus to the
 * next item (see useItemFocus), and a later refusal shows in the "not sent" list.
 */
export function RemoveItem({ itemId, describedBy }: RemoveItemProps) {
  const [confirming, setConfirming] = useState(false);
  const { run, busy, error } = useCommand();
  const removeButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const errorId = useId();

  // The safe choice gets focus, so a second press of Enter does not remove anything.
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  function keep() {
    setConfirming(false);
    removeButton.current?.focus();
  }

  function remove() {
    if (!busy) void run('carPark.remove', { itemId });
  }

  return (
    <div className="remove-item">
      <button
        ref={removeButton}
        type="button"
        className="button button-quiet"
        aria-expanded={confirming}
        aria-describedby={describedBy}
        onClick={() => setConfirming(!confirming)}
      >
        Remove
      </button>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>Remove this item for everyone? This cannot be undone.</p>
          <div className="actions">
            <button type="button" className="button button-danger" aria-disabled={busy} onClick={remove}>
              {busy ? 'Removing…' : 'Yes, remove it'}
            </button>
            <button ref={keepButton} type="button" className="button" onClick={keep}>
              Keep it
            </button>
          </div>
          <ErrorMessage id={errorId} message={error} />
        </div>
      ) : null}
    </div>
  );
}
