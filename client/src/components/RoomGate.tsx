import type { Me, RoomView } from '@roundtable/shared';
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRoomStore } from '../store/roomStore.ts';

interface RoomGateProps {
  /** The page's h1 while there is no room to show yet. */
  waitingHeading: string;
  children: (view: RoomView, me: Me) => ReactNode;
}

/**
 * Shows the room once the first snapshot is in, and until then a calm heading. A refused link
 * is explained by the connection banner's alert, so here it only gets a heading.
 */
export function RoomGate({ waitingHeading, children }: RoomGateProps) {
  const { view, me, status } = useRoomStore(useShallow((state) => ({ view: state.view, me: state.me, status: state.status })));
  if (view && me) return children(view, me);
  if (status === 'denied') return <h1>This link does not open a workshop</h1>;
  return (
    <div className="stack">
      <h1>{waitingHeading}</h1>
      <p className="lead">Opening the workshop…</p>
    </div>
  );
}
