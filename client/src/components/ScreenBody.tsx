import { assertNever, type RoomLinks, type RoomView } from '@roundtable/shared';
import { ScreenCarPark } from '../tools/carPark/ScreenCarPark.tsx';
import { ScreenCorner } from './ScreenCorner.tsx';
import { ScreenWelcome } from './ScreenWelcome.tsx';

interface ScreenBodyProps {
  room: RoomView;
  links: RoomLinks;
  /** Phones connected now. */
  joined: number;
}

/** What the projector shows for the tool in focus. Only one QR code is on it at a time. */
export function ScreenBody({ room, links, joined }: ScreenBodyProps) {
  switch (room.focus) {
    case 'welcome':
      return <ScreenWelcome links={links} joined={joined} />;
    case 'carPark':
      return (
        <div className="screen-with-corner">
          <ScreenCarPark carPark={room.carPark} />
          <ScreenCorner links={links} />
        </div>
      );
    default:
      return assertNever(room.focus);
  }
}
