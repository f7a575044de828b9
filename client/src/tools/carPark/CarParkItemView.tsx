import type { CarParkItem } from '@roundtable/shared';
import { useId, useRef, useState } from 'react';
import { whenSaid } from '../../components/format.ts';
import { EditItemForm } from './EditItemForm.tsx';
import { isMine, outcomeText, raisedBy } from './itemWords.ts';
import { OutcomeEditor } from './OutcomeEditor.tsx';
import type { PendingItemChange } from './pending.ts';
import { RemoveItem } from './RemoveItem.tsx';

interface CarParkItemViewProps {
  item: CarParkItem;
  myMemberId: string | null;
  /** The facilitator may set outcomes, edit and remove any item. */
  moderate: boolean;
  pending: PendingItemChange | undefined;
  onRemoved: () => void;
}

type Mode = 'view' | 'edit' | 'outcome';

/** One parked item: its words, who raised it and when, its outcome, and what this device may do. */
export function CarParkItemView({ item, myMemberId, moderate, pending, onRemoved }: CarParkItemViewProps) {
  const [mode, setMode] = useState<Mode>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const outcomeButton = useRef<HTMLButtonElement>(null);
  const textId = useId();
  const mine = isMine(item, myMemberId);
  const canEdit = moderate || mine;
  // Show what this device asked for while it waits to be sent, so nobody types it twice.
  const text = pending?.text ?? item.text;
  const outcome = pending?.outcome ? pending.outcome.value : item.outcome;

  function close(button: HTMLButtonElement | null) {
    setMode('view');
    button?.focus();
  }

  return (
    <li className="item">
      <article className={mine ? 'item-card is-mine' : 'item-card'} aria-labelledby={textId}>
        <h3 id={textId} className="item-text">
          {text}
        </h3>
        <p className="item-meta">
          {raisedBy(item, myMemberId)}, added {whenSaid(item.createdAt)}
          {item.editedAt ? ' (changed)' : ''}
        </p>
        <p className={outcome ? 'item-outcome has-outcome' : 'item-outcome'}>{outcomeText(outcome)}</p>
        {pending ? (
          <p className="pending">{pending.removing ? 'Waiting to send: removing this item…' : 'Waiting to send…'}</p>
        ) : null}
        {canEdit ? (
          <div className="item-actions">
            <button
              ref={editButton}
              type="button"
              className="button button-quiet"
              aria-expanded={mode === 'edit'}
              aria-describedby={textId}
              onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
            >
              Edit
            </button>
            {moderate ? (
              <button
                ref={outcomeButton}
                type="button"
                className="button button-quiet"
                aria-expanded={mode === 'outcome'}
                aria-describedby={textId}
                onClick={() => setMode(mode === 'outcome' ? 'view' : 'outcome')}
              >
                Set outcome
              </button>
            ) : null}
            {moderate ? <RemoveItem itemId={item.id} describedBy={textId} onRemoved={onRemoved} /> : null}
          </div>
        ) : null}
        {mode === 'edit' ? <EditItemForm itemId={item.id} text={text} onClose={() => close(editButton.current)} /> : null}
        {mode === 'outcome' ? (
          <OutcomeEditor itemId={item.id} outcome={outcome} onClose={() => close(outcomeButton.current)} />
        ) : null}
      </article>
    </li>
  );
}
