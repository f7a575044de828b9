import type { CardAnswer, DefinitionCard } from '@roundtable/shared';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { ANSWER_LABEL } from './definitionWords.ts';

interface CardJumpListProps {
  cards: readonly DefinitionCard[];
  answerOf: (cardId: string) => CardAnswer | null;
  currentId: string | undefined;
  onPick: (cardId: string) => void;
}

/** Every card at once, with this person's answer, to go straight to any of them. */
export function CardJumpList({ cards, answerOf, currentId, onPick }: CardJumpListProps) {
  return (
    <ol className="card-jump-list" aria-label="All the cards">
      {cards.map((card, index) => {
        const answer = answerOf(card.id);
        return (
          <li key={card.id}>
            <button
              type="button"
              className="card-jump"
              aria-current={card.id === currentId ? 'true' : undefined}
              onClick={() => onPick(card.id)}
            >
              <span className="card-jump-number">{`Card ${index + 1}`}</span>
              <span className="card-jump-text">
                <GlossaryText text={card.text} interactive={false} />
              </span>
              <span className="card-jump-answer">{answer ? `Your answer: ${ANSWER_LABEL[answer]}` : 'Not answered yet'}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
