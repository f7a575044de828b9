import { LiveMessage } from './LiveMessage.tsx';

interface ErrorMessageProps {
  /** Give the same id to the control's aria-describedby. */
  id: string;
  message: string | null;
  /** Changes each time the message is shown (see useProblem), so the same words are read again. */
  serial?: number;
}

/** An error next to the control it is about, announced as it appears (see LiveMessage). */
export function ErrorMessage({ id, message, serial = 0 }: ErrorMessageProps) {
  return <LiveMessage id={id} role="alert" className={message ? 'field-error' : 'field-error is-empty'} text={message} serial={serial} />;
}
