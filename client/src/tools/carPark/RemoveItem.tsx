import { useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

interface RemoveItemProps {
  itemId: string;
  /** The id of the item's text, so "Remove" says which item it removes. */
  describedBy: string;
  /** Called once the server has removed it, so the list can take focus from the vanishing item. */
  onRemoved: () => void;
}

/** "Remove", then an inline "Remove this item for everyone?" with "Yes, remove it" and "Keep it". */
export function RemoveItem({ itemId, describedBy, onRemoved }: RemoveItemProps) {
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

  async function remove() {
    if (busy) return;
    const result = await run('carPark.remove', { itemId });
    if (result === 'saved') onRemoved();
    if (result === 'queued') setConfirming(false);
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
            <button type="button" className="button button-danger" aria-disabled={busy} onClick={() => void remove()}>
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
