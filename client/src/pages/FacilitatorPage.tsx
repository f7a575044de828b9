import type { Credential } from '@roundtable/shared';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { ConsoleHeader } from '../components/ConsoleHeader.tsx';
import { ConsoleSide } from '../components/ConsoleSide.tsx';
import { NotSentNotice } from '../components/NotSentNotice.tsx';
import { PageShell } from '../components/PageShell.tsx';
import { RoomGate } from '../components/RoomGate.tsx';
import { useRoomView } from '../sync/optimistic.ts';
import { useRoomSession } from '../sync/session.ts';
import { AgreementsConsole } from '../tools/agreements/AgreementsConsole.tsx';
import { CarParkTool } from '../tools/carPark/CarParkTool.tsx';
import { NewItemAnnouncer } from '../tools/carPark/NewItemAnnouncer.tsx';
import { DefinitionsConsole } from '../tools/definitions/DefinitionsConsole.tsx';
import { ExportPanel } from '../tools/export/ExportPanel.tsx';
import { GlossaryConsole } from '../tools/glossary/GlossaryConsole.tsx';
import { QueueConsole } from '../tools/queue/QueueConsole.tsx';
import { StakeholdersConsole } from '../tools/stakeholders/StakeholdersConsole.tsx';
import { ValuesTreeConsole } from '../tools/valuesTree/ValuesTreeConsole.tsx';

/** The facilitator's console on a laptop: sharing, what the screen shows, the speaking queue and the car park. */
export function FacilitatorPage({ roomId }: { roomId: string }) {
  // Read once: the key must not change under the connection if something edits the hash later.
  const [key] = useState(() => window.location.hash.replace(/^#/, ''));
  const credential = useMemo<Credential | null>(() => (key ? { kind: 'facilitator', roomId, key } : null), [roomId, key]);
  useRoomSession(credential);
  const title = useRoomView((view) => view?.title);

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

  return (
    <PageShell pageTitle={title ? `${title} – console` : 'Facilitator console'} variant="console" showConnection>
      <RoomGate waitingHeading="Facilitator console">
        <ConsoleHeader />
        <NotSentNotice />
        <div className="console-grid">
          <ConsoleSide />
          <div className="console-main stack">
            <AgreementsConsole />
            <QueueConsole />
            <CarParkTool moderate />
            <DefinitionsConsole />
            <GlossaryConsole />
            <StakeholdersConsole />
            <ValuesTreeConsole />
            <ExportPanel roomId={roomId} facilitatorKey={key} />
          </div>
        </div>
        <NewItemAnnouncer />
      </RoomGate>
    </PageShell>
  );
}
