import { useId, useRef, useState } from 'react';
import type { RejectedCommand } from '../store/roomStore.ts';
import { copyText } from './copyText.ts';
import { typedWords, whatWasNotSent } from './notSentWords.ts';

interface NotSentEntryProps {
  entry: RejectedCommand;
  /** The heading's id, so focus can land on it when the entry before it is dismissed. */
  headingId: string;
  onDismiss: (commandId: string) => void;
}

/** One refused command: what it was, why, the words typed (to copy), and "Dismiss". */
export function NotSentEntry({ entry, headingId, onDismiss }: NotSentEntryProps) {
  const { command, message } = entry;
  const typed = typedWords(command);
  const field = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const fieldId = useId();

  async function copy() {
    const result = await copyText(field.current, typed);
    setNote(
      result === 'copied'
        ? 'Copied.'
        : 'Your words are selected. Copy them with your phone or computer’s Copy (Ctrl and C on a keyboard).',
    );
  }

  return (
    <li className="not-sent-entry stack">
      <h3 id={headingId} tabIndex={-1}>
        {whatWasNotSent(command)}
      </h3>
      <p>{message}</p>
      {typed ? (
        <div className="field">
          <label htmlFor={fieldId}>What you typed</label>
          <textarea ref={field} id={fieldId} readOnly rows={Math.min(6, typed.split('\n').length + 1)} value={typed} />
        </div>
      ) : null}
      <div className="actions">
        {typed ? (
          <button type="button" className="button" aria-describedby={headingId} onClick={() => void copy()}>
            Copy<span className="visually-hidden"> what you typed</span>
          </button>
        ) : null}
        <button type="button" className="button button-quiet" aria-describedby={headingId} onClick={() => onDismiss(command.id)}>
          Dismiss
        </button>
      </div>
      <p role="status" className="note">
        {note}
      </p>
    </li>
  );
}
