import { useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';

interface ConfirmActionProps {
  /** The button that opens the question. */
  label: string;
  className: string;
  /** What the opening button acts on, for screen readers (an id). */
  describedBy?: string;
  question: string;
  /** The confirming button's words, or null when the action cannot be done (the question says why). */
  confirmLabel: string | null;
  busyLabel?: string;
  keepLabel: string;
  busy?: boolean;
  error: string | null;
  /** Does the action; resolves true when the question should close. */
  onConfirm: () => Promise<boolean>;
}

/**
 * A button that asks before it does something that cannot be undone: "Are you sure?" inline,
 * with the safe choice focused, so a second press of Enter changes nothing.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { label, className, describedBy, question, confirmLabel, busyLabel, keepLabel, busy = false, error, onConfirm } = props;
  const [confirming, setConfirming] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const errorId = useId();

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  function close() {
    setConfirming(false);
    openButton.current?.focus();
  }

  async function confirm() {
    if (!busy && (await onConfirm())) close();
  }

  return (
    <div className={className}>
      <button
        ref={openButton}
        type="button"
        className="button button-quiet"
        aria-expanded={confirming}
        aria-describedby={describedBy ? `${describedBy} ${errorId}` : errorId}
        onClick={() => setConfirming(!confirming)}
      >
        {label}
      </button>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{question}</p>
          <div className="actions">
            {confirmLabel === null ? null : (
              <button type="button" className="button button-danger" aria-disabled={busy} onClick={() => void confirm()}>
                {busy && busyLabel ? busyLabel : confirmLabel}
              </button>
            )}
            <button ref={keepButton} type="button" className="button" onClick={close}>
              {keepLabel}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
