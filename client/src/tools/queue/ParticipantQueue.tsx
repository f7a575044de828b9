import { useId, useRef } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { BreakRequest } from './BreakRequest.tsx';
import { CardPicker } from './CardPicker.tsx';
import { CARD_BUTTON, placeText, waitingText } from './queueWords.ts';
import { useMyMemberId, useOrderedHands } from './useQueue.ts';

/**
 * The phone's "Hands up": where this person stands, the cards to raise a hand with, "Put my hand
 * down", and "I need a break". The sign that it is their turn sits above every tool (YourTurn).
 */
export function ParticipantQueue() {
  const myMemberId = useMyMemberId();
  const hands = useOrderedHands();
  const paused = useRoomView((view) => view?.queue.paused ?? false);
  const speaking = useRoomView((view) => myMemberId !== null && view?.queue.speaker?.memberId === myMemberId);
  const raising = useHasPending('queue.raiseHand');
  const lowering = useHasPending('queue.lowerHand');
  const { run, error } = useCommand();
  const heading = useRef<HTMLHeadingElement>(null);
  const errorId = useId();

  const index = myMemberId === null ? -1 : hands.findIndex((hand) => hand.memberId === myMemberId);
  const mine = hands[index];

  function lower() {
    // The button goes as soon as the hand is down, so focus goes somewhere calm first.
    heading.current?.focus();
    void run('queue.lowerHand', {});
  }

  return (
    <section className="queue-phone stack" aria-labelledby="queue-heading">
      <h2 id="queue-heading" ref={heading} tabIndex={-1}>
        Hands up
      </h2>
      <div className={mine ? 'my-place is-up' : 'my-place'}>
        {/* Only the place line is live: it changes when it matters to this person, not at every hand. */}
        <p role="status" className="my-place-line">
          {mine ? `${placeText(index + 1)}.` : speaking ? 'You are speaking now.' : 'Your hand is down.'}
        </p>
        <p>{mine ? `Your hand is up: ${CARD_BUTTON[mine.card]}.` : waitingText(hands.length)}</p>
        {raising || lowering ? <p className="pending">Waiting to send…</p> : null}
      </div>
      {paused ? (
        <p className="queue-paused">
          {mine
            ? 'The host has paused the queue. Your hand stays up, but cards can’t be changed just now.'
            : 'The host has paused the queue. Hands can’t go up just now.'}
        </p>
      ) : null}
      {mine ? (
        <button type="button" className="button button-primary" aria-describedby={errorId} onClick={lower}>
          Put my hand down
        </button>
      ) : null}
      <ErrorMessage id={errorId} message={error} />
      <CardPicker current={mine?.card ?? null} paused={paused} />
      <BreakRequest />
    </section>
  );
}
