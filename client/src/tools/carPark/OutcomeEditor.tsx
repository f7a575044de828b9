import { outcomeSchema, type Outcome, type OutcomeKind } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

type Choice = OutcomeKind | 'none';

const CHOICES: { value: Choice; label: string }[] = [
  { value: 'none', label: 'No outcome yet' },
  { value: 'today', label: 'Dealt with today' },
  { value: 'nextMeeting', label: 'For the next meeting' },
  { value: 'action', label: 'An action' },
  { value: 'outOfScope', label: 'Out of scope' },
];

interface OutcomeEditorProps {
  itemId: string;
  outcome: Outcome | null;
  onClose: () => void;
}

/** The facilitator records what happens to an item. */
export function OutcomeEditor({ itemId, outcome, onClose }: OutcomeEditorProps) {
  const [choice, setChoice] = useState<Choice>(outcome?.kind ?? 'none');
  const [owner, setOwner] = useState(outcome?.kind === 'action' ? outcome.owner : '');
  const [due, setDue] = useState(outcome?.kind === 'action' ? outcome.due : '');
  const [reason, setReason] = useState(outcome?.kind === 'outOfScope' ? outcome.reason : '');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy, error, clearError } = useCommand();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const ids = { owner: useId(), due: useId(), reason: useId(), error: useId() };

  // Opened on request, so focus goes to the choice that is ticked now.
  useEffect(() => fieldset.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);

  function changed() {
    setProblem(null);
    clearError();
  }

  const typed = (set: (value: string) => void) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    set(event.target.value);
    changed();
  };

  function build(): { ok: true; value: Outcome | null } | { ok: false; message: string } {
    if (choice === 'none') return { ok: true, value: null };
    const candidate =
      choice === 'action' ? { kind: choice, owner, due } : choice === 'outOfScope' ? { kind: choice, reason } : { kind: choice };
    if (choice === 'action' && !owner.trim()) return { ok: false, message: 'Please write who will do it.' };
    if (choice === 'action' && !due) return { ok: false, message: 'Please choose the date it should be done by.' };
    const parsed = outcomeSchema.safeParse(candidate);
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'Please check the details.' };
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const built = build();
    if (!built.ok) {
      setProblem(built.message);
      return;
    }
    const result = await run('carPark.setOutcome', { itemId, outcome: built.value });
    if (result !== 'failed') onClose();
  }

  return (
    <form className="outcome-editor stack" onSubmit={onSubmit} noValidate>
      <fieldset ref={fieldset} className="choices" aria-describedby={ids.error}>
        <legend>Outcome</legend>
        {CHOICES.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={`outcome-${itemId}`}
              value={option.value}
              checked={choice === option.value}
              onChange={() => {
                setChoice(option.value);
                changed();
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      {choice === 'action' ? (
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.owner}>Who will do it</label>
            <input id={ids.owner} type="text" autoComplete="off" value={owner} aria-describedby={ids.error} onChange={typed(setOwner)} />
          </div>
          <div className="field">
            <label htmlFor={ids.due}>By when</label>
            <input id={ids.due} type="date" value={due} aria-describedby={ids.error} onChange={typed(setDue)} />
          </div>
        </div>
      ) : null}
      {choice === 'outOfScope' ? (
        <div className="field">
          <label htmlFor={ids.reason}>Why is it out of scope?</label>
          <textarea id={ids.reason} rows={2} value={reason} aria-describedby={ids.error} onChange={typed(setReason)} />
        </div>
      ) : null}
      <ErrorMessage id={ids.error} message={problem ?? error} />
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save outcome'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
