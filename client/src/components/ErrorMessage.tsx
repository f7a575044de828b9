interface ErrorMessageProps {
  /** Give the same id to the control's aria-describedby. */
  id: string;
  message: string | null;
  /** Changes each time the message is shown (see useProblem), so the same words are read again. */
  serial?: number;
}

/**
 * An error next to the control it is about. The element is always there, so its role="alert"
 * region exists before the message arrives and screen readers announce it. The words sit in a
 * keyed span: showing them again replaces the span, which live regions report as new.
 */
export function ErrorMessage({ id, message, serial = 0 }: ErrorMessageProps) {
  return (
    <p id={id} role="alert" className={message ? 'field-error' : 'field-error is-empty'}>
      {message ? <span key={serial}>{message}</span> : null}
    </p>
  );
}
