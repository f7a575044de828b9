import type { DefinitionsState } from '@roundtable/shared';
import { useRoomView } from '../../sync/optimistic.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import { useCardsByDivision, useOrderedCards } from './useDefinitions.ts';

/** As many rows as stay readable from the back of a room on one 1080p screen. */
const SCREEN_MAX_CARDS = 7;

const NO_TALLIES: DefinitionsState['tallies'] = {};

/** The cards on the projector: what to answer, never a count, until the host shows the answers. */
export function ScreenCards() {
  const revealed = useRoomView((view) => view?.definitions.revealed ?? false);
  const tallies = useRoomView((view) => view?.definitions.tallies ?? NO_TALLIES);
  const deck = useOrderedCards();
  const byDivision = useCardsByDivision();
  const cards = revealed ? byDivision : deck;
  const shown = cards.slice(0, SCREEN_MAX_CARDS);
  const more = cards.length - shown.length;

  if (cards.length === 0) {
    return (
      <section className="screen-cards" aria-labelledby="screen-cards-heading">
        <h2 id="screen-cards-heading">Definition cards</h2>
        <p className="screen-empty">The host is getting the cards ready.</p>
      </section>
    );
  }

  if (!revealed) {
    return (
      <section className="screen-cards" aria-labelledby="screen-cards-heading">
        <h2 id="screen-cards-heading">Answer on your phone</h2>
        <p className="screen-cards-lead">{`${cards.length} ${cards.length === 1 ? 'card' : 'cards'}: agree, not sure or disagree. Nobody sees your answers.`}</p>
        <ol className="screen-statements">
          {shown.map((card) => (
            <li key={card.id}>
              <GlossaryText text={card.text} interactive={false} />
            </li>
          ))}
        </ol>
        {more > 0 ? <p className="screen-more">{`and ${more} more on your phone`}</p> : null}
      </section>
    );
  }

  return (
    <section className="screen-cards" aria-labelledby="screen-cards-heading">
      <h2 id="screen-cards-heading">How the room answered</h2>
      <ResultsTable
        cards={shown}
        tallies={tallies}
        caption="The most divided cards first"
        interactive={false}
        className="results-table screen-results"
      />
      {more > 0 ? <p className="screen-more">{`and ${more} more ${more === 1 ? 'card' : 'cards'}, less divided`}</p> : null}
    </section>
  );
}
