interface ErrorMessageProps {
  /** Give the same id to the control's aria-describedby. */
  id: string;
  message: string | null;
}

/**
 * An error next to the control it is about. The element is always there, so its role="alert"
 * region exists before the message arrives and screen readers announce it.
 */
export function ErrorMessage({ id, message }: ErrorMessageProps) {
  return (
    <p id={id} role="alert" className={message ? 'field-error' : 'field-error is-empty'}>
      {message}
    </p>
  );
}
