import type { CardAnswer, DefinitionsState } from '@roundtable/shared';
import { useId, useRef, useState } from 'react';
import { ReadAloud } from '../../components/ReadAloud.tsx';
import { useRoomStore } from '../../store/roomStore.ts';
import { selectOptimisticView, useRoomView } from '../../sync/optimistic.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { AnswerButtons } from './AnswerButtons.tsx';
import { CardJumpList } from './CardJumpList.tsx';
import { RoomAnswers } from './RoomAnswers.tsx';
import { useMyMemberId, useOrderedCards } from './useDefinitions.ts';

const NO_ANSWERS: DefinitionsState['answers'] = {};
const NO_TALLIES: DefinitionsState['tallies'] = {};

/** The first card this person has not answered, where a phone opens the deck. */
function firstUnansweredId(): string | null {
  const state = useRoomStore.getState();
  const definitions = selectOptimisticView(state)?.definitions;
  const memberId = state.me?.memberId;
  if (!definitions || !memberId) return null;
  const unanswered = Object.values(definitions.cards)
    .filter((card) => !definitions.answers[card.id]?.[memberId])
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
  return unanswered[0]?.id ?? null;
}

/** The cards on a phone: one at a time, big, with three answers; or all of them in a list. */
export function PhoneCards() {
  const cards = useOrderedCards();
  const myMemberId = useMyMemberId();
  const answers = useRoomView((view) => view?.definitions.answers ?? NO_ANSWERS);
  const revealed = useRoomView((view) => view?.definitions.revealed ?? false);
  const tallies = useRoomView((view) => view?.definitions.tallies ?? NO_TALLIES);
  const [currentId, setCurrentId] = useState<string | null>(firstUnansweredId);
  const [listing, setListing] = useState(false);
  const cardHeading = useRef<HTMLHeadingElement>(null);
  const textId = useId();

  const answerOf = (cardId: string): CardAnswer | null => (myMemberId === null ? null : (answers[cardId]?.[myMemberId] ?? null));
  const found = cards.findIndex((card) => card.id === currentId);
  const index = found < 0 ? 0 : found;
  const card = cards[index];
  const answeredCount = cards.filter((each) => answerOf(each.id) !== null).length;
  const allAnswered = cards.length > 0 && answeredCount === cards.length;

  function go(cardId: string | undefined, focusCard: boolean) {
    if (cardId === undefined) return;
    setCurrentId(cardId);
    setListing(false);
    if (focusCard) requestAnimationFrame(() => cardHeading.current?.focus());
  }

  if (!card) return <p className="cards-empty">There are no cards yet. The host will add some.</p>;

  return (
    <div className="phone-cards stack">
      <p className="hint">
        Your answers are anonymous. Nobody sees them until the host shows everyone’s answers together, and nobody ever
        sees who gave which answer.
      </p>
      <p role="status" className={allAnswered ? 'cards-done' : 'cards-progress'}>
        {allAnswered
          ? 'You have answered all the cards. Thank you! You can still change any answer.'
          : `You have answered ${answeredCount} of ${cards.length} cards.`}
      </p>
      <button type="button" className="button button-quiet" aria-expanded={listing} onClick={() => setListing(!listing)}>
        {listing ? 'Back to one card at a time' : 'See all the cards'}
      </button>
      {listing ? (
        <CardJumpList cards={cards} answerOf={answerOf} currentId={card.id} onPick={(cardId) => go(cardId, true)} />
      ) : (
        <article className="phone-card stack" aria-labelledby={textId}>
          <h3 ref={cardHeading} tabIndex={-1} className="phone-card-number">
            {`Card ${index + 1} of ${cards.length}`}
          </h3>
          <p id={textId} className="phone-card-text">
            <GlossaryText text={card.text} />
          </p>
          <ReadAloud text={card.text} what="this card" />
          <AnswerButtons cardId={card.id} answer={answerOf(card.id)} describedBy={textId} />
          {revealed ? <RoomAnswers tally={tallies[card.id]} /> : null}
          <div className="card-nav">
            <button
              type="button"
              className="button"
              aria-disabled={index === 0 || undefined}
              onClick={() => go(cards[index - 1]?.id, false)}
            >
              Previous card
            </button>
            <button
              type="button"
              className={answerOf(card.id) ? 'button button-primary' : 'button'}
              aria-disabled={index === cards.length - 1 || undefined}
              onClick={() => go(cards[index + 1]?.id, false)}
            >
              Next card
            </button>
          </div>
        </article>
      )}
    </div>
  );
}
