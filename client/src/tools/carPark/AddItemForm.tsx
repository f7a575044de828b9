import { CAR_PARK_TEXT_MAX } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { usePendingIds } from '../../sync/optimistic.ts';
import { CharacterCount } from './CharacterCount.tsx';
import { checkItemText } from './checkItemText.ts';
import { useDraft, type AddDraft } from './useDraft.ts';

interface AddItemFormProps {
  /** Where this room's unsent text is kept on the device. */
  draftKey: string;
}

/** The form to park something: a textarea, "Add without my name" and an Add button. */
export function AddItemForm({ draftKey }: AddItemFormProps) {
  const [draft, setDraft] = useDraft(draftKey);
  const { run, busy, error, clearError, queuedId } = useCommand();
  const { problem, show, clear } = useProblem();
  const [note, setNote] = useState<'saved' | 'queued' | null>(null);
  const pendingIds = usePendingIds();
  const ids = { text: useId(), hint: useId(), count: useId(), error: useId() };
  useUnsavedText(draft.text.trim() !== '');

  function update(next: AddDraft) {
    setDraft(next);
    setNote(null);
    clear();
    clearError();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkItemText(draft.text);
    if (!checked.ok) {
      show(checked.message);
      return;
    }
    const result = await run('carPark.add', { text: checked.text, anonymous: draft.anonymous });
    if (result === 'failed') return;
    // Keep anything typed while waiting, and keep "without my name" as chosen for the next item.
    setDraft((now) => (now.text.trim() === checked.text ? { text: '', anonymous: now.anonymous } : now));
    setNote(result);
  }

  // A queued item says "waiting" only while it waits; once sent, the item itself shows it arrived.
  const waiting = note === 'queued' && queuedId !== null && pendingIds.has(queuedId);
  const noteText = busy ? 'Adding…' : note === 'saved' ? 'Added to the car park.' : waiting ? 'Saved on this device. Waiting to send…' : '';

  return (
    <form className="add-item card stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>Add to the car park</label>
        <p id={ids.hint} className="hint">
          Something to come back to later: a question, a worry or an idea.
        </p>
        <textarea
          id={ids.text}
          name="text"
          rows={3}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.hint} ${ids.count} ${ids.error}`}
          value={draft.text}
          onChange={(event) => update({ ...draft, text: event.target.value })}
        />
        <CharacterCount id={ids.count} length={draft.text.trim().length} max={CAR_PARK_TEXT_MAX} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <label className="check">
        <input
          type="checkbox"
          name="anonymous"
          checked={draft.anonymous}
          onChange={(event) => update({ ...draft, anonymous: event.target.checked })}
        />
        <span>Add without my name</span>
      </label>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Add
        </button>
        <p role="status" className="note">
          {noteText}
        </p>
      </div>
    </form>
  );
}
