import { describeIssue, nameSchema, NAME_MAX } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useCommand } from './useCommand.ts';
import { useProblem } from './useProblem.ts';

interface NameFormProps {
  /** The name they have now, or null when their name is not shown. */
  current: string | null;
  /** The first visit has no Cancel: "Don't show my name" is the way to skip. */
  firstVisit: boolean;
  /** Called once their choice is saved or waiting to send, or on Cancel. */
  onDone: () => void;
}

/** "What should we call you?": a name, or no name shown. Both are fine choices. */
export function NameForm({ current, firstVisit, onDone }: NameFormProps) {
  const [name, setName] = useState(current ?? '');
  const { problem, show, clear } = useProblem();
  const { run, busy, error, clearError } = useCommand();
  const ids = { hint: useId(), error: useId() };
  const field = useRef<HTMLInputElement>(null);

  // Opened by "Change", so the cursor goes to the name. A first visit leaves focus alone.
  useEffect(() => {
    if (!firstVisit) field.current?.focus();
  }, [firstVisit]);

  async function save(chosen: string | null) {
    if (busy) return;
    if (chosen === current) {
      onDone();
      return;
    }
    const result = await run('member.setName', { name: chosen });
    if (result !== 'failed') onDone();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = nameSchema.safeParse(name);
    if (!parsed.success) {
      show(describeIssue(parsed.error.issues, 'Please check your name.'));
      return;
    }
    if (parsed.data === null) {
      show('Please type a name, or choose “Don’t show my name”.');
      return;
    }
    void save(parsed.data);
  }

  return (
    <form className="name-form card stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor="your-name">What should we call you?</label>
        <p id={ids.hint} className="hint">
          This is up to you. Your name is shown next to what you add. Up to {NAME_MAX} characters.
        </p>
        <input
          id="your-name"
          ref={field}
          name="name"
          type="text"
          autoComplete="nickname"
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.hint} ${ids.error}`}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            clear();
            clearError();
          }}
        />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Save name
        </button>
        <button type="button" className="button" aria-disabled={busy} onClick={() => void save(null)}>
          Don’t show my name
        </button>
        {firstVisit ? null : (
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
