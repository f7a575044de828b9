import { AGREEMENT_TEXT_MAX } from '@roundtable/shared';
import { useId, useState, type FormEvent, type Ref } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { usePendingIds } from '../../sync/optimistic.ts';
import { refusalOf } from '../../sync/useRefusal.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { checkAgreementText } from './checkAgreementText.ts';
import type { Draft } from './useStoredDraft.ts';

interface ProposeFormProps {
  /** The words being written and, on a phone, "Don't show my name". Kept by the caller, so an example can fill it. */
  draft: Draft;
  onDraftChange: (update: (before: Draft) => Draft) => void;
  /** A phone: the person proposes for themselves and may leave their name off. */
  onPhone: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** "Suggest an agreement": words of the person's own, sent as a proposal for the group to consider. */
export function ProposeForm({ draft, onDraftChange, onPhone, textareaRef }: ProposeFormProps) {
  const { run, busy, error, clearError, queuedId } = useCommand();
  const { problem, show, clear } = useProblem();
  const [note, setNote] = useState<'saved' | 'queued' | null>(null);
  const pendingIds = usePendingIds();
  const ids = { text: useId(), hint: useId(), count: useId(), error: useId() };
  useUnsavedText(draft.text.trim() !== '');

  function update(next: Partial<Draft>) {
    onDraftChange((before) => ({ ...before, ...next }));
    setNote(null);
    clear();
    clearError();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkAgreementText(draft.text);
    if (!checked.ok) return show(checked.message);
    const payload = { text: checked.text, anonymous: onPhone && draft.flag };
    // The reducer's own answer (an example as it stands, a full list), before anything is sent.
    const refusal = refusalOf(useRoomStore.getState(), 'agreements.propose', payload);
    if (refusal) return show(refusal);
    const result = await run('agreements.propose', payload);
    if (result === 'failed') return undefined;
    onDraftChange((now) => (now.text.trim() === checked.text ? { text: '', flag: now.flag } : now));
    setNote(result);
    return undefined;
  }

  const waiting = note === 'queued' && queuedId !== null && pendingIds.has(queuedId);
  const sentText = onPhone ? 'Sent to the host. Thank you.' : 'Added to the proposals.';
  const noteText = busy ? 'Sending…' : note === 'saved' ? sentText : waiting ? 'Saved on this device. Waiting to send…' : '';

  return (
    <form className="agreement-propose card stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>{onPhone ? 'Suggest an agreement' : 'Write an agreement for the group'}</label>
        <p id={ids.hint} className="hint">
          {onPhone
            ? 'In your own words: something that would help us work well together.'
            : 'Write down what someone suggested, in their own words.'}
        </p>
        <textarea
          ref={textareaRef}
          id={ids.text}
          name="agreement"
          rows={3}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.hint} ${ids.count} ${ids.error}`}
          value={draft.text}
          onChange={(event) => update({ text: event.target.value })}
        />
        <CharacterCount id={ids.count} length={draft.text.trim().length} max={AGREEMENT_TEXT_MAX} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      {onPhone ? (
        <label className="check">
          <input type="checkbox" name="anonymous" checked={draft.flag} onChange={(event) => update({ flag: event.target.checked })} />
          <span>Don’t show my name</span>
        </label>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {onPhone ? 'Send my suggestion' : 'Add to the proposals'}
        </button>
        <p role="status" className="note">
          {noteText}
        </p>
      </div>
    </form>
  );
}
