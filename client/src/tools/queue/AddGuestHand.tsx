import { describeIssue, queueCommandSchemas, QUEUE_CARDS } from '@roundtable/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { roomKey } from '../../sync/keys.ts';
import { CARD_LABEL } from './queueWords.ts';
import { EMPTY_GUEST, useGuestDraft, type GuestDraft } from './useGuestDraft.ts';

/** The very schema the server checks a guest's name with, taken from the command. */
const guestNameSchema = queueCommandSchemas[2].shape.payload.shape.name;

/**
 * "Add a hand for someone without a phone": a name and a card, so nobody is left out for want of
 * a phone. Opened by a button; what was typed stays (on this device too) until it is added.
 */
export function AddGuestHand({ roomId }: { roomId: string }) {
  const [draft, setDraft] = useGuestDraft(roomKey('facilitator', roomId, 'draft:guestHand'));
  const [open, setOpen] = useState(draft.name !== '');
  const [note, setNote] = useState('');
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const field = useRef<HTMLInputElement>(null);
  const ids = { heading: useId(), name: useId(), error: useId(), cards: useId() };
  useUnsavedText(draft.name.trim() !== '');

  function update(next: GuestDraft) {
    setDraft(next);
    setNote('');
    clear();
    clearError();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = guestNameSchema.safeParse(draft.name);
    if (!parsed.success) {
      show(describeIssue(parsed.error.issues, 'Please check the name.'));
      field.current?.focus();
      return;
    }
    const name = parsed.data;
    const result = await run('queue.addGuestHand', { name, card: draft.card });
    if (result === 'failed') return;
    // Anything typed meanwhile stays; the card goes back to the everyday one for the next guest.
    setDraft((now) => (now.name.trim() === name ? EMPTY_GUEST : now));
    setNote(`${name}’s hand is in the queue.`);
    field.current?.focus();
  }

  return (
    <section className="add-guest panel stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>
        <button type="button" className="button button-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          Add a hand for someone without a phone
        </button>
      </h3>
      {open ? (
        <form className="stack" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor={ids.name}>Their name</label>
            <input
              ref={field}
              id={ids.name}
              type="text"
              autoComplete="off"
              aria-invalid={problem || error ? true : undefined}
              aria-describedby={ids.error}
              value={draft.name}
              onChange={(event) => update({ ...draft, name: event.target.value })}
            />
            <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
          </div>
          <fieldset className="choices">
            <legend>Their card</legend>
            {QUEUE_CARDS.map((card) => (
              <label key={card} className="choice">
                <input type="radio" name={ids.cards} checked={draft.card === card} onChange={() => update({ ...draft, card })} />
                <span>{CARD_LABEL[card]}</span>
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button button-primary" aria-disabled={busy}>
              {busy ? 'Adding…' : 'Add their hand'}
            </button>
            <p role="status" className="note">
              {note}
            </p>
          </div>
        </form>
      ) : null}
    </section>
  );
}
