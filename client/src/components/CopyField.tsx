import { useId, useRef, useState } from 'react';
import { copyText } from './copyText.ts';

interface CopyFieldProps {
  label: string;
  value: string;
  /** Finishes the button's accessible name, "Copy <what>", so each Copy button is distinct. */
  what: string;
  hint?: string;
}

/** A link to hand on, shown whole, with a Copy button that also works on plain-http addresses. */
export function CopyField({ label, value, what, hint }: CopyFieldProps) {
  const field = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const ids = { field: useId(), hint: useId() };

  async function copy() {
    const result = await copyText(field.current, value);
    setNote(result === 'copied' ? 'Copied.' : `The ${what} is selected. Press Ctrl and C (or Command and C on a Mac) to copy it.`);
  }

  return (
    <div className="field copy-field">
      <label htmlFor={ids.field}>{label}</label>
      {hint ? (
        <p id={ids.hint} className="hint">
          {hint}
        </p>
      ) : null}
      <div className="copy-row">
        <input
          id={ids.field}
          ref={field}
          type="text"
          readOnly
          value={value}
          aria-describedby={hint ? ids.hint : undefined}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy<span className="visually-hidden">{` ${what}`}</span>
        </button>
      </div>
      <p role="status" className="note">
        {note}
      </p>
    </div>
  );
}
