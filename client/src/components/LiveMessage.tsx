interface LiveMessageProps {
  /** The words to say, or null (or '') for none. */
  text: string | null;
  /** Changes each time the words are said, so the same words said again are read again. */
  serial: number;
  /** `status` waits for a pause; `alert` interrupts, for errors and "It's your turn". */
  role?: 'status' | 'alert';
  id?: string;
  className?: string;
}

/**
 * A live region that says `text` each time `serial` changes. The region is always there, so
 * screen readers are watching it before the words arrive; the words sit in a span keyed by the
 * serial, and replacing the span is what live regions report as new.
 */
export function LiveMessage({ text, serial, role = 'status', id, className }: LiveMessageProps) {
  return (
    <p id={id} role={role} className={className}>
      {text ? <span key={serial}>{text}</span> : null}
    </p>
  );
}
