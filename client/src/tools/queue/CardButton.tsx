import type { QueueCard } from '@roundtable/shared';
import { useId } from 'react';
import { useRefusal } from '../../sync/useRefusal.ts';
import { CARD_BUTTON, CARD_HINT } from './queueWords.ts';

interface CardButtonProps {
  card: QueueCard;
  /** Whether this person's hand is up with this card. */
  pressed: boolean;
  /** The picker's error line, which describes every card. */
  errorId: string;
  /** Called with the reducer's refusal of raising this card now, or null when it would go up. */
  onPress: (card: QueueCard, refusal: string | null) => void;
}

/**
 * One card's big button. It is marked unavailable exactly when the shared reducer would refuse it
 * (a new hand while the queue is paused, the card the hand is already up with), and a tap on it
 * then says why instead of sending.
 */
export function CardButton({ card, pressed, errorId, onPress }: CardButtonProps) {
  const refusal = useRefusal('queue.raiseHand', { card });
  const labelId = useId();
  const hintId = useId();
  return (
    <button
      type="button"
      className={`queue-card-button card-${card}`}
      aria-pressed={pressed}
      aria-disabled={refusal !== null || undefined}
      aria-labelledby={labelId}
      aria-describedby={`${hintId} ${errorId}`}
      onClick={() => onPress(card, refusal)}
    >
      <span id={labelId} className="queue-card-label">
        {CARD_BUTTON[card]}
      </span>
      <span id={hintId} className="queue-card-hint">
        {CARD_HINT[card]}
      </span>
    </button>
  );
}
