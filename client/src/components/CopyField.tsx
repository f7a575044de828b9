import { useId, useRef, useState } from 'react';

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
    try {
      // The Clipboard API exists only on https or localhost pages.
      if (window.isSecureContext && navigator.clipboard) {
        await navigator.clipboard.writeText(value);
        setNote('Copied.');
        return;
      }
    } catch {
      // Refused (no permission, say): fall through to selecting the text.
    }
    field.current?.focus();
    field.current?.select();
    // execCommand is old, but it is the one way to copy on a plain-http address on a local network.
    const copied = document.execCommand('copy');
    setNote(copied ? 'Copied.' : 'The link is selected. Press Ctrl and C (or Command and C on a Mac) to copy it.');
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
