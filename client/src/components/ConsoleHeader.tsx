import { useHasPending, useRoomView } from '../sync/optimistic.ts';
import { Pending } from './Pending.tsx';
import { PresenceSummary } from './PresenceSummary.tsx';
import { RenameTitle } from './RenameTitle.tsx';

/** The console's h1, the workshop's title, with "Rename" and who is connected. */
export function ConsoleHeader() {
  const title = useRoomView((view) => view?.title ?? '');
  const waiting = useHasPending('room.setTitle');
  return (
    <div className="console-top">
      <div className="console-title">
        <h1>{title}</h1>
        <RenameTitle title={title} />
        <Pending shown={waiting} />
      </div>
      <PresenceSummary />
    </div>
  );
}
