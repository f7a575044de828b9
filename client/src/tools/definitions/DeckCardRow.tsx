import type { DefinitionCard } from '@roundtable/shared';
import { memo, useEffect, useId, useRef, useState } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { count } from '../../components/format.ts';
import { useCommand } from '../../components/useCommand.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { answersOnCard } from './definitionWords.ts';
import { EditCardForm } from './EditCardForm.tsx';

interface DeckCardRowProps {
  card: DefinitionCard;
  /** Place in the deck, from 0. */
  index: number;
  total: number;
  /** Where the card goes to move up or down one place (`afterCardId`), or undefined at either end. */
  upAfter: string | null | undefined;
  downAfter: string | null | undefined;
  answered: number;
  /** Says where the card went (its new place, from 1), for screen readers. */
  onMoved: (place: number) => void;
  /** Called once the card is gone from the deck, so focus can go somewhere calm. */
  onRemoved: () => void;
}

type Direction = 'up' | 'down';

/** One card of the deck on the console: its words, how many answered, and the controls to change it. */
export const DeckCardRow = memo(function DeckCardRow(props: DeckCardRowProps) {
  const { card, index, total, upAfter, downAfter, answered, onMoved, onRemoved } = props;
  const [editing, setEditing] = useState(false);
  const moving = useCommand();
  const removing = useCommand();
  const textId = useId();
  const errorId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const moved = useRef<Direction | null>(null);

  // Moving the row can take focus off the button that moved it; it goes back, or to the other
  // button when the card reached an end of the deck.
  useEffect(() => {
    const direction = moved.current;
    if (direction === null) return;
    moved.current = null;
    const stillPossible = direction === 'up' ? index > 0 : index < total - 1;
    const target = (direction === 'up') === stillPossible ? upButton : downButton;
    target.current?.focus();
  }, [index, total]);

  function move(direction: Direction) {
    const afterCardId = direction === 'up' ? upAfter : downAfter;
    if (afterCardId === undefined) return;
    moved.current = direction;
    onMoved(direction === 'up' ? index : index + 2);
    void moving.run('definitions.moveCard', { cardId: card.id, afterCardId });
  }

  async function remove(): Promise<boolean> {
    onRemoved();
    return (await removing.run('definitions.removeCard', { cardId: card.id })) !== 'failed';
  }

  function closeEditor() {
    setEditing(false);
    // The button is back only once the form has gone.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  return (
    <li className="deck-card">
      <p className="deck-card-number">{`Card ${index + 1}`}</p>
      {editing ? (
        <EditCardForm cardId={card.id} text={card.text} onClose={closeEditor} />
      ) : (
        <p id={textId} className="deck-card-text">
          <GlossaryText text={card.text} />
        </p>
      )}
      <p className="deck-card-answers">{answersOnCard(answered)}</p>
      {editing ? null : (
        <div className="actions deck-card-actions">
          <button ref={editButton} type="button" className="button button-small" aria-describedby={textId} onClick={() => setEditing(true)}>
            Change the words
          </button>
          <button
            ref={upButton}
            type="button"
            className="button button-small"
            aria-describedby={`${textId} ${errorId}`}
            aria-disabled={upAfter === undefined || undefined}
            onClick={() => move('up')}
          >
            Move up
          </button>
          <button
            ref={downButton}
            type="button"
            className="button button-small"
            aria-describedby={`${textId} ${errorId}`}
            aria-disabled={downAfter === undefined || undefined}
            onClick={() => move('down')}
          >
            Move down
          </button>
          {answered > 0 ? (
            <ConfirmAction
              label="Remove"
              className="remove-card"
              describedBy={textId}
              question={`Remove this card? ${count(answered, 'answer goes', 'answers go')} with it. This cannot be undone.`}
              confirmLabel="Yes, remove it"
              busyLabel="Removing…"
              keepLabel="Keep it"
              busy={removing.busy}
              error={removing.error}
              onConfirm={remove}
            />
          ) : (
            <button type="button" className="button button-small button-quiet" aria-describedby={`${textId} ${errorId}`} onClick={() => void remove()}>
              Remove
            </button>
          )}
        </div>
      )}
      <ErrorMessage id={errorId} message={moving.error ?? (answered > 0 ? null : removing.error)} />
    </li>
  );
});
