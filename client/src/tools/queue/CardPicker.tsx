import type { QueueCard } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { CardButton } from './CardButton.tsx';
import { PHONE_CARDS } from './queueWords.ts';

/**
 * Four big buttons: one tap raises the hand with that card, or changes the card of a hand that is
 * up. The card the hand is up with shows as pressed. `current` is that card, or null when the hand
 * is down.
 */
export function CardPicker({ current }: { current: QueueCard | null }) {
  const { run, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const headingId = useId();
  const errorId = useId();

  function press(card: QueueCard, refusal: string | null) {
    clear();
    clearError();
    if (refusal) show(refusal);
    else void run('queue.raiseHand', { card });
  }

  return (
    <div className="card-picker stack" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{current ? 'Change your card' : 'Raise your hand'}</h3>
      <ul className="card-buttons">
        {PHONE_CARDS.map((card) => (
          <li key={card}>
            <CardButton card={card} pressed={current === card} errorId={errorId} onPress={press} />
          </li>
        ))}
      </ul>
      <ErrorMessage id={errorId} message={problem?.message ?? error} serial={problem?.serial} />
    </div>
  );
}
