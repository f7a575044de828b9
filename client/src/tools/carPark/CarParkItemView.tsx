import type { CarParkItem } from '@roundtable/shared';
import { memo, useEffect, useId, useRef, useState } from 'react';
import { whenSaid } from '../../components/format.ts';
import { Pending } from '../../components/Pending.tsx';
import { ReadAloud } from '../../components/ReadAloud.tsx';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { EditItemForm } from './EditItemForm.tsx';
import { useRoomView } from '../../sync/optimistic.ts';
import { fromMeeting, isMine, outcomeText, raisedBy } from './itemWords.ts';
import { OutcomeEditor } from './OutcomeEditor.tsx';
import { RemoveItem } from './RemoveItem.tsx';

interface CarParkItemViewProps {
  /** The item as it will be once this device's changes are sent (the optimistic view). */
  item: CarParkItem;
  myMemberId: string | null;
  /** The facilitator may set outcomes, edit and remove any item. */
  moderate: boolean;
  /** A change to this item from this device is waiting to be sent. */
  pending: boolean;
  /** Told when an editor opens or closes, so a filter keeps the item while it is open. */
  onEditorChange: (itemId: string, open: boolean) => void;
}

type Mode = 'view' | 'edit' | 'outcome';

/**
 * One parked item: its words, who raised it and when, what happens next, and what this device may
 * do. Memoised: an item redraws only when it, or its pending state, changes.
 */
export const CarParkItemView = memo(function CarParkItemView({ item, myMemberId, moderate, pending, onEditorChange }: CarParkItemViewProps) {
  const [mode, setMode] = useState<Mode>('view');
  const editButton = useRef<HTMLButtonElement>(null);
  const outcomeButton = useRef<HTMLButtonElement>(null);
  const textId = useId();
  const mine = isMine(item, myMemberId);
  const canEdit = moderate || mine;
  const thisMeeting = useRoomView((view) => view?.meeting.number ?? 1);
  const origin = fromMeeting(item, thisMeeting);
  const { id } = item;

  useEffect(() => {
    if (mode === 'view') return undefined;
    onEditorChange(id, true);
    return () => onEditorChange(id, false);
  }, [mode, id, onEditorChange]);

  function close(button: HTMLButtonElement | null) {
    setMode('view');
    button?.focus();
  }

  const classes = ['item-card', mine ? 'is-mine' : '', pending ? 'is-pending' : ''].filter(Boolean).join(' ');
  return (
    <li className="item" data-item-id={id}>
      <article className={classes} aria-labelledby={textId}>
        {/* Focusable from script only: where focus lands when the item before it goes away. */}
        <h3 id={textId} className="item-text" tabIndex={-1}>
          <GlossaryText text={item.text} />
        </h3>
        <p className="item-meta">
          {raisedBy(item, myMemberId)}, added {whenSaid(item.createdAt)}
          {item.editedAt ? ' (changed)' : ''}
          {origin ? `, ${origin}` : ''}
        </p>
        <p className={item.outcome ? 'item-outcome has-outcome' : 'item-outcome'}>
          <span className="item-outcome-label">What happens next: </span>
          {outcomeText(item.outcome)}
        </p>
        <Pending shown={pending} />
        <ReadAloud text={item.text} what="this item" />
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
            {moderate ? <RemoveItem itemId={id} describedBy={textId} /> : null}
          </div>
        ) : null}
        {mode === 'edit' ? <EditItemForm itemId={id} text={item.text} onClose={() => close(editButton.current)} /> : null}
        {mode === 'outcome' ? (
          <OutcomeEditor itemId={id} outcome={item.outcome} onClose={() => close(outcomeButton.current)} />
        ) : null}
      </article>
    </li>
  );
});
