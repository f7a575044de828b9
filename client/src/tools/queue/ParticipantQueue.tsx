import { ErrorCode } from '@roundtable/shared';
import { useId, useRef } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { AddExplainWordButton } from '../glossary/AddExplainWordButton.tsx';
import type { ToolProps } from '../participantTools.ts';
import { BreakRequest } from './BreakRequest.tsx';
import { CardPicker } from './CardPicker.tsx';
import { CARD_BUTTON, myPlaceText, waitingText } from './queueWords.ts';
import { useFocusWhenHandLeaves } from './useFocusWhenHandLeaves.ts';
import { useMyMemberId, useOrderedHands } from './useQueue.ts';

/** "Your hand is not up" in answer to lowering it: it is down already, which is what was asked. */
const LOWERED_ALREADY = [ErrorCode.NOT_FOUND];

/**
 * The phone's "Hands up": where this person stands, the cards to raise a hand with, "Put my hand
 * down", and "I need a break". The sign that it is their turn sits above every tool (YourTurn).
 */
export function ParticipantQueue({ openTool }: ToolProps) {
  const myMemberId = useMyMemberId();
  const hands = useOrderedHands();
  const paused = useRoomView((view) => view?.queue.paused ?? false);
  const speaking = useRoomView((view) => myMemberId !== null && view?.queue.speaker?.memberId === myMemberId);
  // Whether the server already has this person's hand up, so a pending raise is a change of card.
  const upOnServer = useRoomStore(
    (state) => myMemberId !== null && Object.values(state.view?.queue.hands ?? {}).some((hand) => hand.memberId === myMemberId),
  );
  const raising = useHasPending('queue.raiseHand');
  const lowering = useHasPending('queue.lowerHand');
  const { run, error } = useCommand();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { heading: useId(), error: useId() };

  const index = myMemberId === null ? -1 : hands.findIndex((hand) => hand.memberId === myMemberId);
  const mine = hands[index];
  const { onFocus, onBlur } = useFocusWhenHandLeaves(mine?.id ?? null, section, heading);

  function lower() {
    // The button goes as soon as the hand is down, so focus goes somewhere calm first.
    heading.current?.focus();
    void run('queue.lowerHand', {}, LOWERED_ALREADY);
  }

  return (
    <section ref={section} className="queue-phone stack" aria-labelledby={ids.heading} onFocus={onFocus} onBlur={onBlur}>
      <h2 id={ids.heading} ref={heading} tabIndex={-1}>
        Hands up
      </h2>
      <div className={mine ? 'my-place is-up' : 'my-place'}>
        {/* Only the place line is live: it changes when it matters to this person, not at every hand.
            Being given the floor is announced once, by YourTurn, so that line is not live. */}
        <p role="status" className="my-place-line">
          {myPlaceText({ place: mine ? index + 1 : null, raising, upOnServer, speaking })}
        </p>
        {speaking && !mine ? <p className="my-place-line">You are speaking now.</p> : null}
        <p>{mine ? `Your hand is up: ${CARD_BUTTON[mine.card]}.` : waitingText(hands.length)}</p>
        <Pending shown={raising || lowering} />
      </div>
      {mine?.card === 'explain' ? <AddExplainWordButton openTool={openTool} /> : null}
      {paused ? (
        <p className="queue-paused">
          {mine
            ? 'The host has paused the queue. Your hand stays up, and you can still change your card.'
            : 'The host has paused the queue. Hands can’t go up just now.'}
        </p>
      ) : null}
      {mine ? (
        <button type="button" className="button button-primary" aria-describedby={ids.error} onClick={lower}>
          Put my hand down
        </button>
      ) : null}
      <ErrorMessage id={ids.error} message={error} />
      <CardPicker current={mine?.card ?? null} />
      <BreakRequest />
    </section>
  );
}
