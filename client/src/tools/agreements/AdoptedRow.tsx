import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Agreement } from '@roundtable/shared';
import { memo } from 'react';
import { AgreementHistory } from './AgreementHistory.tsx';
import { shortText } from './agreementWords.ts';
import { WhichAgreement } from './WhichAgreement.tsx';

/** What an agreement's buttons ask the list to do. */
export type AdoptedAction = 'up' | 'down';

interface AdoptedRowProps {
  agreement: Agreement;
  /** Its place in the group's order, counting from 1. */
  position: number;
  total: number;
  /** The same function for every row and render, so a row redraws only for its own changes. */
  onAction: (agreement: Agreement, action: AdoptedAction) => void;
}

/** A grip of six dots: the handle's picture. Its name says what it does. */
const GRIP = 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01';

/**
 * One adopted agreement on the console: a handle to drag (or pick up with Space), its words, the
 * same moves as buttons, and its history. Each button's name ends with the agreement's words
 * (hidden on screen), so the buttons read out of context still say which one they move.
 */
export const AdoptedRow = memo(function AdoptedRow({ agreement, position, total, onAction }: AdoptedRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: agreement.id,
    attributes: { roleDescription: 'agreement you can move' },
  });
  const which = <WhichAgreement text={agreement.text} />;
  const first = position === 1;
  const last = position === total;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? 'adopted-row is-dragging' : 'adopted-row'}
      data-agreement-id={agreement.id}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        data-control="handle"
        aria-label={`Drag to move “${shortText(agreement.text)}”`}
        {...attributes}
        {...listeners}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={GRIP} />
        </svg>
      </button>
      <div className="adopted-info stack">
        <p className="agreement-text">
          <span className="adopted-place">{`${position}.`}</span> {agreement.text}
        </p>
        <AgreementHistory agreement={agreement} />
      </div>
      <div className="adopted-actions">
        <button type="button" className="button button-quiet button-small" data-control="up" aria-disabled={first || undefined} onClick={() => !first && onAction(agreement, 'up')}>
          {'Move up '}
          {which}
        </button>
        <button type="button" className="button button-quiet button-small" data-control="down" aria-disabled={last || undefined} onClick={() => !last && onAction(agreement, 'down')}>
          {'Move down '}
          {which}
        </button>
      </div>
    </li>
  );
});
