import { assertNever, type RoomLinks } from '@roundtable/shared';
import { useRoomView } from '../sync/optimistic.ts';
import { ScreenAgreements } from '../tools/agreements/ScreenAgreements.tsx';
import { ScreenCarPark } from '../tools/carPark/ScreenCarPark.tsx';
import { ScreenDefinitions } from '../tools/definitions/ScreenDefinitions.tsx';
import { ScreenGlossary } from '../tools/glossary/ScreenGlossary.tsx';
import { ScreenStakeholders } from '../tools/stakeholders/ScreenStakeholders.tsx';
import { ScreenValuesTree } from '../tools/valuesTree/ScreenValuesTree.tsx';
import { ScreenQueue } from '../tools/queue/ScreenQueue.tsx';
import { ScreenCorner } from './ScreenCorner.tsx';
import { ScreenWelcome } from './ScreenWelcome.tsx';

interface ScreenBodyProps {
  links: RoomLinks;
  /** Phones connected now. */
  joined: number;
}

/** What the projector shows for the tool in focus. Only one QR code is on it at a time. */
export function ScreenBody({ links, joined }: ScreenBodyProps) {
  const focus = useRoomView((view) => view?.focus ?? 'welcome');
  switch (focus) {
    case 'welcome':
      return <ScreenWelcome links={links} joined={joined} />;
    case 'agreements':
      return (
        <div className="screen-with-corner">
          <ScreenAgreements />
          <ScreenCorner links={links} />
        </div>
      );
    case 'carPark':
      return (
        <div className="screen-with-corner">
          <ScreenCarPark />
          <ScreenCorner links={links} />
        </div>
      );
    case 'queue':
      return (
        <div className="screen-with-corner">
          <ScreenQueue />
          <ScreenCorner links={links} />
        </div>
      );
    case 'definitions':
      return (
        <div className="screen-with-corner">
          <ScreenDefinitions />
          <ScreenCorner links={links} />
        </div>
      );
    case 'glossary':
      return (
        <div className="screen-with-corner">
          <ScreenGlossary />
          <ScreenCorner links={links} />
        </div>
      );
    case 'stakeholders':
      return (
        <div className="screen-with-corner">
          <ScreenStakeholders />
          <ScreenCorner links={links} />
        </div>
      );
    case 'valuesTree':
      return (
        <div className="screen-with-corner">
          <ScreenValuesTree />
          <ScreenCorner links={links} />
        </div>
      );
    default:
      return assertNever(focus);
  }
}
