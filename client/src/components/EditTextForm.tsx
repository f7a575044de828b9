import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CharacterCount } from '../tools/carPark/CharacterCount.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useCommand, type CommandResult } from './useCommand.ts';
import { useProblem } from './useProblem.ts';
import { useUnsavedText } from './unsavedText.ts';

interface EditTextFormProps {
  /** The words as they stand. */
  text: string;
  label: string;
  max: number;
  className: string;
  /** The words as they will be sent (trimmed), or a plain message saying why they cannot be. */
  check: (typed: string) => { ok: true; text: string } | { ok: false; message: string };
  /** Sends the changed words with the command this form is for. */
  save: (run: ReturnType<typeof useCommand>['run'], text: string) => Promise<CommandResult>;
  /** Called when the change is saved or waiting to send, or when they cancel. */
  onClose: () => void;
}

/**
 * Changing some words in place (a car park item, a card). What they type stays until it is saved
 * or they cancel; unchanged words close the form without sending anything.
 */
export function EditTextForm({ text, label, max, className, check, save, onClose }: EditTextFormProps) {
  const [value, setValue] = useState(text);
  const { problem, show, clear } = useProblem();
  const { run, busy, error, clearError } = useCommand();
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), count: useId(), error: useId() };
  useUnsavedText(value !== text);

  // They asked to edit, so the cursor goes where they will type.
  useEffect(() => field.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = check(value);
    if (!checked.ok) {
      show(checked.message);
      return;
    }
    if (checked.text === text) {
      onClose();
      return;
    }
    if ((await save(run, checked.text)) !== 'failed') onClose();
  }

  return (
    <form className={`${className} stack`} onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>{label}</label>
        <textarea
          id={ids.text}
          ref={field}
          rows={3}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.count} ${ids.error}`}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            clear();
            clearError();
          }}
        />
        <CharacterCount id={ids.count} length={value.trim().length} max={max} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
