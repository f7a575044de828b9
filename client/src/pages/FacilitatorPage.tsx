import { sortedItems, type Credential } from '@roundtable/shared';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { ConsoleLinkPanel } from '../components/ConsoleLinkPanel.tsx';
import { PageShell } from '../components/PageShell.tsx';
import { usePendingCommands } from '../components/pending.ts';
import { PresenceSummary } from '../components/PresenceSummary.tsx';
import { RenameTitle } from '../components/RenameTitle.tsx';
import { RoomGate } from '../components/RoomGate.tsx';
import { ScreenPanel } from '../components/ScreenPanel.tsx';
import { SharePanel } from '../components/SharePanel.tsx';
import { useRoomStore } from '../store/roomStore.ts';
import { useRoomSession } from '../sync/session.ts';
import { CarParkTool } from '../tools/carPark/CarParkTool.tsx';
import { NewItemAnnouncer } from '../tools/carPark/NewItemAnnouncer.tsx';

/** The facilitator's console on a laptop: sharing, what the screen shows, and the car park. */
export function FacilitatorPage({ roomId }: { roomId: string }) {
  // Read once: the key must not change under the connection if something edits the hash later.
  const [key] = useState(() => window.location.hash.replace(/^#/, ''));
  const credential = useMemo<Credential | null>(() => (key ? { kind: 'facilitator', roomId, key } : null), [roomId, key]);
  useRoomSession(credential);
  const { view, links } = useRoomStore(useShallow((state) => ({ view: state.view, links: state.links })));
  const commands = usePendingCommands();
  const items = useMemo(() => (view ? sortedItems(view.carPark) : []), [view]);

  if (!credential) {
    return (
      <PageShell pageTitle="Console link incomplete">
        <div className="narrow stack">
          <h1>This console link is missing its key</h1>
          <p className="lead">
            The link to run a workshop ends with a # sign and a long code. Please use the whole link you were given when
            you started the workshop.
          </p>
          <p>
            <Link href="/">Start a new workshop</Link>
          </p>
        </div>
      </PageShell>
    );
  }

  const newTitle = commands.findLast((command) => command.type === 'room.setTitle');
  const title = newTitle?.type === 'room.setTitle' ? newTitle.payload.title : view?.title;

  return (
    <PageShell pageTitle={title ? `${title} – console` : 'Facilitator console'} variant="console" showConnection>
      <RoomGate waitingHeading="Facilitator console">
        {(room, me) => (
          <>
            <div className="console-top">
              <div className="console-title">
                <h1>{title ?? room.title}</h1>
                <RenameTitle title={room.title} />
                {newTitle ? <p className="pending">Waiting to send…</p> : null}
              </div>
              <PresenceSummary />
            </div>
            <div className="console-grid">
              <div className="console-side stack">
                {links ? <SharePanel links={links} /> : null}
                {links ? <ScreenPanel links={links} focus={room.focus} /> : null}
                {links?.facilitator ? <ConsoleLinkPanel link={links.facilitator} /> : null}
              </div>
              <div className="console-main">
                <CarParkTool moderate />
              </div>
            </div>
            <NewItemAnnouncer items={items} myMemberId={me.memberId} />
          </>
        )}
      </RoomGate>
    </PageShell>
  );
}
