import { CARD_TEXT_MAX } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { checkCardText } from './checkText.ts';

/** A new statement at the end of the deck. */
export function AddCardForm() {
  const [text, setText] = useState('');
  const { problem, show, clear } = useProblem();
  const { run, busy, error, clearError } = useCommand();
  const ids = { text: useId(), count: useId(), error: useId() };
  useUnsavedText(text.trim() !== '');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkCardText(text);
    if (!checked.ok) {
      show(checked.message);
      return;
    }
    const result = await run('definitions.addCard', { text: checked.text });
    if (result !== 'failed') setText((now) => (now.trim() === checked.text ? '' : now));
  }

  return (
    <form className="add-card stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>Add a card</label>
        <textarea
          id={ids.text}
          rows={2}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.count} ${ids.error}`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            clear();
            clearError();
          }}
        />
        <CharacterCount id={ids.count} length={text.trim().length} max={CARD_TEXT_MAX} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? 'Adding…' : 'Add the card'}
        </button>
      </div>
    </form>
  );
}
