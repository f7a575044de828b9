import { useCallback, useId, useRef } from 'react';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { useAnnouncement } from '../../components/useAnnouncement.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddCardForm } from './AddCardForm.tsx';
import { DeckCardRow } from './DeckCardRow.tsx';
import { StartAgain } from './StartAgain.tsx';
import { useOrderedCards } from './useDefinitions.ts';

const NO_COUNTS: Record<string, number> = {};

/** The deck on the console: every card in order, to change, move or remove; a new card; a new deck. */
export function DeckEditor() {
  const cards = useOrderedCards();
  const answered = useRoomView((view) => view?.definitions.answered ?? NO_COUNTS);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [said, say] = useAnnouncement();
  const total = cards.length;
  const onMoved = useCallback((place: number) => say(`Moved to place ${place} of ${total}.`), [say, total]);
  const onRemoved = useCallback(() => heading.current?.focus(), []);

  return (
    <section className="deck-editor stack" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {`The deck: ${cards.length} ${cards.length === 1 ? 'card' : 'cards'}`}
      </h3>
      {cards.length === 0 ? <p>The deck is empty. Add a card, or start again with a list.</p> : null}
      <ol className="deck-list" aria-label="Cards in the deck, in order">
        {cards.map((card, index) => (
          <DeckCardRow
            key={card.id}
            card={card}
            index={index}
            total={cards.length}
            upAfter={index === 0 ? undefined : (cards[index - 2]?.id ?? null)}
            downAfter={cards[index + 1]?.id}
            answered={answered[card.id] ?? 0}
            onMoved={onMoved}
            onRemoved={onRemoved}
          />
        ))}
      </ol>
      <LiveMessage text={said.text} serial={said.serial} />
      <AddCardForm />
      <StartAgain />
    </section>
  );
}
