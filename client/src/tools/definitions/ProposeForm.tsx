import { PROPOSAL_TEXT_MAX } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { usePendingIds } from '../../sync/optimistic.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { useDraft, type AddDraft } from '../carPark/useDraft.ts';
import { checkProposalText } from './checkText.ts';

interface ProposeFormProps {
  /** Where this room's unsent words are kept on the device. */
  draftKey: string;
}

/** Words someone thinks belong in the group's definition, with "Don't show my name". */
export function ProposeForm({ draftKey }: ProposeFormProps) {
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
    const checked = checkProposalText(draft.text);
    if (!checked.ok) {
      show(checked.message);
      return;
    }
    const result = await run('definitions.propose', { text: checked.text, anonymous: draft.anonymous });
    if (result === 'failed') return;
    // Keep anything typed while waiting, and keep "Don't show my name" as chosen.
    setDraft((now) => (now.text.trim() === checked.text ? { text: '', anonymous: now.anonymous } : now));
    setNote(result);
  }

  const waiting = note === 'queued' && queuedId !== null && pendingIds.has(queuedId);
  const noteText = busy ? 'Sending…' : note === 'saved' ? 'Thank you. Your words are on the list.' : waiting ? 'Saved on this device. Waiting to send…' : '';

  return (
    <form className="propose-form card stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>Suggest words for our definition</label>
        <p id={ids.hint} className="hint">
          Finish the sentence: “Our definition of co-production is…”. A few words are enough.
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
        <CharacterCount id={ids.count} length={draft.text.trim().length} max={PROPOSAL_TEXT_MAX} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <label className="check">
        <input type="checkbox" name="anonymous" checked={draft.anonymous} onChange={(event) => update({ ...draft, anonymous: event.target.checked })} />
        <span>Don’t show my name</span>
      </label>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Suggest these words
        </button>
        <p role="status" className="note">
          {noteText}
        </p>
      </div>
    </form>
  );
}
