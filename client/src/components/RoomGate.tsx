import type { ReactNode } from 'react';
import { useRoomStore } from '../store/roomStore.ts';

interface RoomGateProps {
  /** The page's h1 while there is no room to show yet. */
  waitingHeading: string;
  children: ReactNode;
}

/**
 * Shows the room once the first snapshot is in, and until then a calm heading. A refused link
 * is explained by the connection banner's alert, so here it only gets a heading. It reads only
 * whether the room is there, so a change in the room does not draw the whole page again.
 */
export function RoomGate({ waitingHeading, children }: RoomGateProps) {
  const ready = useRoomStore((state) => state.view !== null && state.me !== null);
  const denied = useRoomStore((state) => state.status === 'denied');
  if (ready) return children;
  if (denied) return <h1>This link does not open a workshop</h1>;
  return (
    <div className="stack">
      <h1>{waitingHeading}</h1>
      <p className="lead">Opening the workshop…</p>
    </div>
  );
}
