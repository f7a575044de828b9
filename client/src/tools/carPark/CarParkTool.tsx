import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { usePendingItemIds, useRoomView } from '../../sync/optimistic.ts';
import { AddItemForm } from './AddItemForm.tsx';
import { CarParkFilter, type ItemFilter } from './CarParkFilter.tsx';
import { CarParkItemView } from './CarParkItemView.tsx';
import { carParkSummary } from './itemWords.ts';
import { useFocusAfterRemoval, useFocusedItem } from './useItemFocus.ts';
import { useSortedItems } from './useSortedItems.ts';

interface CarParkToolProps {
  /** The facilitator's console: outcomes, removing and a filter. */
  moderate: boolean;
}

/** The car park for phones and the console: the add form, then every item in the order raised. */
export function CarParkTool({ moderate }: CarParkToolProps) {
  const roomId = useRoomView((view) => view?.id);
  const { role, myMemberId } = useRoomStore(
    useShallow((state) => ({ role: state.me?.role, myMemberId: state.me?.memberId ?? null })),
  );
  const items = useSortedItems();
  const pendingItemIds = usePendingItemIds();
  const [filter, setFilter] = useState<ItemFilter>('all');
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const { focusedId, onFocus, onBlur } = useFocusedItem();

  const onEditorChange = useCallback((itemId: string, open: boolean) => {
    setEditing((before) => {
      if (before.has(itemId) === open) return before;
      const next = new Set(before);
      if (open) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);

  // An item someone is working on stays in view until they are done with it, even when saving an
  // outcome means it no longer matches the filter: the open editor and focus are never thrown away.
  const shown = useMemo(
    () =>
      items.filter(
        (item) =>
          filter === 'all' || (filter === 'open') === (item.outcome === null) || editing.has(item.id) || item.id === focusedId,
      ),
    [items, filter, editing, focusedId],
  );
  useFocusAfterRemoval(shown, focusedId, list, heading);

  if (!roomId || !role) return null;
  const undecided = items.filter((item) => item.outcome === null).length;
  const counts = { all: items.length, open: undecided, decided: items.length - undecided };

  return (
    <section className="car-park stack" aria-labelledby="car-park-heading">
      <h2 id="car-park-heading" ref={heading} tabIndex={-1}>
        Car park
      </h2>
      <p className="lead">A place for things to come back to later, so nothing raised is forgotten.</p>
      <AddItemForm draftKey={roomKey(role, roomId, 'draft:carPark')} />
      <p className="summary">{carParkSummary(items.length, undecided)}</p>
      {moderate && items.length > 0 ? <CarParkFilter value={filter} counts={counts} onChange={setFilter} /> : null}
      <ul ref={list} className="items" aria-label="Car park items" onFocus={onFocus} onBlur={onBlur}>
        {shown.map((item) => (
          <CarParkItemView
            key={item.id}
            item={item}
            myMemberId={myMemberId}
            moderate={moderate}
            pending={pendingItemIds.has(item.id)}
            onEditorChange={onEditorChange}
          />
        ))}
      </ul>
    </section>
  );
}
