import type { QueueCard } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { CARD_BUTTON, CARD_HINT, PHONE_CARDS } from './queueWords.ts';

interface CardPickerProps {
  /** The card this person's hand is up with, or null when it is down. */
  current: QueueCard | null;
  /** While the host has paused the queue, no hand can go up or change card. */
  paused: boolean;
}

const PAUSED = 'Hands can’t go up just now. The host has paused the queue.';

/**
 * Four big buttons: one tap raises the hand with that card, or changes the card of a hand that is
 * up. The card the hand is up with shows as pressed.
 */
export function CardPicker({ current, paused }: CardPickerProps) {
  const { run, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const headingId = useId();
  const errorId = useId();
  const hintIds = { speak: useId(), respond: useId(), process: useId(), explain: useId() };
  const labelIds = { speak: useId(), respond: useId(), process: useId(), explain: useId() };

  function raise(card: QueueCard) {
    clear();
    clearError();
    if (paused) {
      show(PAUSED);
      return;
    }
    // Raising again with the same card would only put the hand back where the rules place it,
    // undoing any move the host made, so a second tap leaves it be.
    if (card === current) return;
    void run('queue.raiseHand', { card });
  }

  return (
    <div className="card-picker stack" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{current ? 'Change your card' : 'Raise your hand'}</h3>
      <ul className="card-buttons">
        {PHONE_CARDS.map((card) => (
          <li key={card}>
            <button
              type="button"
              className={`queue-card-button card-${card}`}
              aria-pressed={current === card}
              aria-disabled={paused || undefined}
              aria-labelledby={labelIds[card]}
              aria-describedby={`${hintIds[card]} ${errorId}`}
              onClick={() => raise(card)}
            >
              <span id={labelIds[card]} className="queue-card-label">
                {CARD_BUTTON[card]}
              </span>
              <span id={hintIds[card]} className="queue-card-hint">
                {CARD_HINT[card]}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage id={errorId} message={problem?.message ?? error} serial={problem?.serial} />
    </div>
  );
}
