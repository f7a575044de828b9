import { AGREEMENT_TEXT_MAX } from '@roundtable/shared';
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { checkAgreementText } from './checkAgreementText.ts';
import { useStoredDraft } from './useStoredDraft.ts';

interface RewordFormProps {
  /** The agreement's words now: where the new words start from. */
  current: string;
  /** Where the typed words are kept on this device until saved. */
  draftKey: string;
  label: string;
  hint: string;
  saveLabel: string;
  busy: boolean;
  /** The server's refusal, from the caller's command. */
  error: string | null;
  /** Sends the new words; resolves true once they are saved or waiting to send. */
  onSave: (text: string) => Promise<boolean>;
  onCancel: () => void;
}

/** New words for an agreement: starts from its words now, and keeps what is typed until it is saved. */
export function RewordForm({ current, draftKey, label, hint, saveLabel, busy, error, onSave, onCancel }: RewordFormProps) {
  const [draft, setDraft] = useStoredDraft(draftKey);
  // `flag` marks words the person has edited, so emptying the box does not bring the old words back.
  const text = draft.flag ? draft.text : current;
  const { problem, show, clear } = useProblem();
  const field = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), hint: useId(), count: useId(), error: useId() };
  useUnsavedText(draft.flag && draft.text !== current);

  useEffect(() => field.current?.focus(), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkAgreementText(text);
    if (!checked.ok) return show(checked.message);
    if (checked.text === current.trim()) return show('These are its words now. Please change them first.');
    if (await onSave(checked.text)) setDraft({ text: '', flag: false });
    return undefined;
  }

  function cancel() {
    setDraft({ text: '', flag: false });
    onCancel();
  }

  return (
    <form className="reword-form stack" onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="field">
        <label htmlFor={ids.text}>{label}</label>
        <p id={ids.hint} className="hint">
          {hint}
        </p>
        <textarea
          ref={field}
          id={ids.text}
          rows={3}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.hint} ${ids.count} ${ids.error}`}
          value={text}
          onChange={(event) => {
            clear();
            setDraft({ text: event.target.value, flag: true });
          }}
        />
        <CharacterCount id={ids.count} length={text.trim().length} max={AGREEMENT_TEXT_MAX} />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {saveLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
