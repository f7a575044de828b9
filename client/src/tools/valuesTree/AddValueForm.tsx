import { VALUE_NOTE_MAX } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { usePendingIds } from '../../sync/optimistic.ts';
import { refusalOf } from '../../sync/useRefusal.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { useDraft, type AddDraft } from '../carPark/useDraft.ts';
import { checkValueText } from './checkValueText.ts';

/** One value per note: the words, "Don't show my name", and Add. What is typed survives a reload or a refusal. */
export function AddValueForm({ draftKey }: { draftKey: string }) {
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
    const checked = checkValueText('note', draft.text);
    if (!checked.ok) return show(checked.message);
    const payload = { text: checked.text, anonymous: draft.anonymous };
    const refusal = refusalOf(useRoomStore.getState(), 'valuesTree.addNote', payload);
    if (refusal) return show(refusal);
    const result = await run('valuesTree.addNote', payload);
    if (result === 'failed') return undefined;
    setDraft((now) => (now.text.trim() === checked.text ? { text: '', anonymous: now.anonymous } : now));
    setNote(result);
    return undefined;
  }

  const waiting = note === 'queued' && queuedId !== null && pendingIds.has(queuedId);
  const noteText = busy ? 'Adding…' : note === 'saved' ? 'Added to your values.' : waiting ? 'Saved on this device. Waiting to send…' : '';

  return (
    <form className="values-add card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>Write one value</label>
        <p id={ids.hint} className="hint">
          One thing that matters to you. Add another for each new one.
        </p>
        <textarea
          id={ids.text}
          name="value"
          rows={2}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.hint} ${ids.count} ${ids.error}`}
          value={draft.text}
          onChange={(event) => update({ ...draft, text: event.target.value })}
        />
        <CharacterCount id={ids.count} length={draft.text.trim().length} max={VALUE_NOTE_MAX} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <label className="check">
        <input type="checkbox" name="anonymous" checked={draft.anonymous} onChange={(event) => update({ ...draft, anonymous: event.target.checked })} />
        <span>Don’t show my name</span>
      </label>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Add my value
        </button>
        <p role="status" className="note">
          {noteText}
        </p>
      </div>
    </form>
  );
}
