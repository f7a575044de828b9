import { useId, useRef } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddGuestHand } from './AddGuestHand.tsx';
import { BreakRequests } from './BreakRequests.tsx';
import { HandAnnouncer } from './HandAnnouncer.tsx';
import { HandList } from './HandList.tsx';
import { QueueSettingsPanel } from './QueueSettingsPanel.tsx';
import { SpeakerPanel } from './SpeakerPanel.tsx';
import { SpeakingStats } from './SpeakingStats.tsx';

/** The facilitator's speaking queue: who speaks now, who waits, and the controls to run it. */
export function QueueConsole() {
  const roomId = useRoomView((view) => view?.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  if (!roomId) return null;
  return (
    <section className="queue-console stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Speaking queue
      </h2>
      <div className="queue-console-top stack">
        <SpeakerPanel />
        <div className="queue-waiting stack">
          <h3>Waiting to speak</h3>
          <HandList fallback={heading} />
          <AddGuestHand roomId={roomId} />
        </div>
      </div>
      <div className="queue-console-more">
        <QueueSettingsPanel />
        <BreakRequests />
        <SpeakingStats />
      </div>
      <HandAnnouncer />
    </section>
  );
}
