import { CARD_TEXT_MAX } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { checkCardText } from './checkText.ts';

interface EditCardFormProps {
  cardId: string;
  text: string;
  /** Called when the change is saved or waiting to send, or when they cancel. */
  onClose: () => void;
}

/** Changing a card's words in place. What they type stays until it is saved or they cancel. */
export function EditCardForm({ cardId, text, onClose }: EditCardFormProps) {
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
    const checked = checkCardText(value);
    if (!checked.ok) {
      show(checked.message);
      return;
    }
    if (checked.text === text) {
      onClose();
      return;
    }
    if ((await run('definitions.editCard', { cardId, text: checked.text })) !== 'failed') onClose();
  }

  return (
    <form className="edit-card stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>Change the words</label>
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
        <CharacterCount id={ids.count} length={value.trim().length} max={CARD_TEXT_MAX} />
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
