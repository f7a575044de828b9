import type { Hand } from '@roundtable/shared';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo } from 'react';
import { CARD_LABEL, consoleName } from './queueWords.ts';

/** What a hand's buttons ask the list to do. */
export type HandAction = 'up' | 'down' | 'pick' | 'remove';

interface HandRowProps {
  hand: Hand;
  /** Its place in the queue, counting from 1. */
  position: number;
  total: number;
  /** How long the hand has waited, in words: changes once a minute, so the row seldom redraws. */
  waited: string;
  /** The same function for every row and every render, so a row redraws only for its own changes. */
  onAction: (hand: Hand, action: HandAction) => void;
}

/** A grip of six dots: the handle's picture. Its name says what it does. */
const GRIP = 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01';

/**
 * One waiting hand: a handle to drag (or pick up with Space), the name, card and wait, and the
 * same moves as buttons. Each button's name ends with the person's name (hidden on screen), so a
 * list of buttons read out of context still says whose hand each one acts on. Memoised: a hand
 * redraws when it, its place or its waiting time in words changes.
 */
export const HandRow = memo(function HandRow({ hand, position, total, waited, onAction }: HandRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: hand.id,
    attributes: { roleDescription: 'hand you can move' },
  });
  const name = consoleName(hand.name);
  // The space is outside the hidden span: some name calculations trim each element's own text.
  const whose = <span className="visually-hidden">{name}</span>;
  const style = { transform: CSS.Translate.toString(transform), transition };
  const first = position === 1;
  const last = position === total;

  return (
    <li ref={setNodeRef} style={style} className={isDragging ? 'hand-row is-dragging' : 'hand-row'} data-hand-id={hand.id}>
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        data-control="handle"
        aria-label={`Drag to move ${name}`}
        {...attributes}
        {...listeners}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={GRIP} />
        </svg>
      </button>
      <div className="hand-info">
        <p className="hand-name">
          <span className="hand-place">{`${position}.`}</span>{' '}
          {/* Focusable from script only: where focus lands when the hand before it leaves. */}
          <strong tabIndex={-1} data-control="name">
            {name}
          </strong>
        </p>
        <p className="hand-meta">
          <span className={`card-tag card-${hand.card}`}>{CARD_LABEL[hand.card]}</span> <span className="hand-waited">{waited}</span>
        </p>
      </div>
      <div className="hand-actions">
        <button
          type="button"
          className="button button-quiet button-small"
          data-control="up"
          aria-disabled={first || undefined}
          onClick={() => !first && onAction(hand, 'up')}
        >
          {'Move up '}
          {whose}
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          data-control="down"
          aria-disabled={last || undefined}
          onClick={() => !last && onAction(hand, 'down')}
        >
          {'Move down '}
          {whose}
        </button>
        <button type="button" className="button button-small" data-control="pick" onClick={() => onAction(hand, 'pick')}>
          {'Give the floor '}
          {whose}
        </button>
        <button type="button" className="button button-quiet button-small" data-control="remove" onClick={() => onAction(hand, 'remove')}>
          {'Remove '}
          {whose}
        </button>
      </div>
    </li>
  );
});
