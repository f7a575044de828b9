import { sortedItems } from '@roundtable/shared';
import { useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { count } from '../../components/format.ts';
import { usePendingCommands } from '../../components/pending.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { AddItemForm } from './AddItemForm.tsx';
import { CarParkFilter, type ItemFilter } from './CarParkFilter.tsx';
import { CarParkItemView } from './CarParkItemView.tsx';
import { pendingCarPark } from './pending.ts';
import { PendingAddView } from './PendingAddView.tsx';

interface CarParkToolProps {
  /** The facilitator's console: outcomes, removing and a filter. */
  moderate: boolean;
}

/** The car park for phones and the console: the add form, then every item in the order raised. */
export function CarParkTool({ moderate }: CarParkToolProps) {
  const { carPark, roomId, me } = useRoomStore(
    useShallow((state) => ({ carPark: state.view?.carPark, roomId: state.view?.id, me: state.me })),
  );
  const commands = usePendingCommands();
  const [filter, setFilter] = useState<ItemFilter>('all');
  const heading = useRef<HTMLHeadingElement>(null);

  const items = useMemo(() => (carPark ? sortedItems(carPark) : []), [carPark]);
  const pending = useMemo(() => pendingCarPark(commands, new Set(items.map((item) => item.id))), [commands, items]);
  if (!roomId || !me) return null;

  const open = items.filter((item) => item.outcome === null).length;
  const counts = { all: items.length, open, decided: items.length - open };
  const shown = items.filter((item) => filter === 'all' || (filter === 'open') === (item.outcome === null));
  const myMemberId = me.memberId;

  return (
    <section className="car-park stack" aria-labelledby="car-park-heading">
      <h2 id="car-park-heading" ref={heading} tabIndex={-1}>
        Car park
      </h2>
      <p className="lead">A place for things to come back to later, so nothing raised is forgotten.</p>
      <AddItemForm draftKey={`roundtable:${me.role}:${roomId}:draft:carPark`} />
      <p className="summary">
        {items.length === 0
          ? 'Nothing in the car park yet.'
          : `${count(items.length, 'item', 'items')}. ${count(open, 'has', 'have')} no outcome yet.`}
      </p>
      {moderate && items.length > 0 ? <CarParkFilter value={filter} counts={counts} onChange={setFilter} /> : null}
      <ul className="items" aria-label="Car park items">
        {shown.map((item) => (
          <CarParkItemView
            key={item.id}
            item={item}
            myMemberId={myMemberId}
            moderate={moderate}
            pending={pending.byItem.get(item.id)}
            onRemoved={() => heading.current?.focus()}
          />
        ))}
        {pending.adds.map((add) => (
          <PendingAddView key={add.id} add={add} />
        ))}
      </ul>
    </section>
  );
}
