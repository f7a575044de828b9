import type { Outcome } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { todayIso } from '../../components/format.ts';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { buildOutcome, type OutcomeChoice, type OutcomeField } from './buildOutcome.ts';

const CHOICES: { value: OutcomeChoice; label: string }[] = [
  { value: 'none', label: 'Not decided yet' },
  { value: 'today', label: 'Dealt with today' },
  { value: 'nextMeeting', label: 'For the next meeting' },
  { value: 'action', label: 'An action' },
  { value: 'outOfScope', label: 'Out of scope (not for this group)' },
];

interface OutcomeEditorProps {
  itemId: string;
  outcome: Outcome | null;
  onClose: () => void;
}

/** The facilitator records what happens to an item. */
export function OutcomeEditor({ itemId, outcome, onClose }: OutcomeEditorProps) {
  const [choice, setChoice] = useState<OutcomeChoice>(outcome?.kind ?? 'none');
  const [typed, setTyped] = useState<Record<OutcomeField, string>>(() => ({
    owner: outcome?.kind === 'action' ? outcome.owner : '',
    due: outcome?.kind === 'action' ? outcome.due : '',
    reason: outcome?.kind === 'outOfScope' ? outcome.reason : '',
  }));
  // The picker offers today onwards; a date already set in the past still shows as it is.
  const [today] = useState(todayIso);
  const { problem, show, clear } = useProblem<OutcomeField>();
  const { run, busy, error, clearError } = useCommand();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const ids = { owner: useId(), due: useId(), reason: useId(), error: useId() };

  // Opened on request, so focus goes to the choice that is ticked now.
  useEffect(() => fieldset.current?.querySelector<HTMLInputElement>('input:checked')?.focus(), []);

  function changed() {
    clear();
    clearError();
  }

  const onType = (field: OutcomeField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setTyped({ ...typed, [field]: event.target.value });
    changed();
  };
  const invalid = (field: OutcomeField) => (problem?.field === field ? true : undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const built = buildOutcome(choice, typed);
    if (!built.ok) {
      show(built.message, built.field);
      return;
    }
    const result = await run('carPark.setOutcome', { itemId, outcome: built.value });
    if (result !== 'failed') onClose();
  }

  return (
    <form className="outcome-editor stack" onSubmit={onSubmit} noValidate>
      <fieldset ref={fieldset} className="choices" aria-describedby={ids.error}>
        <legend>What happens next</legend>
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
            <input
              id={ids.owner}
              type="text"
              autoComplete="off"
              value={typed.owner}
              aria-invalid={invalid('owner')}
              aria-describedby={ids.error}
              onChange={onType('owner')}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.due}>By when</label>
            <input
              id={ids.due}
              type="date"
              min={today}
              value={typed.due}
              aria-invalid={invalid('due')}
              aria-describedby={ids.error}
              onChange={onType('due')}
            />
          </div>
        </div>
      ) : null}
      {choice === 'outOfScope' ? (
        <div className="field">
          <label htmlFor={ids.reason}>Why is it out of scope?</label>
          <textarea
            id={ids.reason}
            rows={2}
            value={typed.reason}
            aria-invalid={invalid('reason')}
            aria-describedby={ids.error}
            onChange={onType('reason')}
          />
        </div>
      ) : null}
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
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
