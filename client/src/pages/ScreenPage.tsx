import type { Credential } from '@roundtable/shared';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PageShell } from '../components/PageShell.tsx';
import { RoomGate } from '../components/RoomGate.tsx';
import { ScreenBody } from '../components/ScreenBody.tsx';
import { useRoomStore } from '../store/roomStore.ts';
import { useRoomSession } from '../sync/session.ts';

/** The projector: read from the back of the room, never touched, so it has no controls. */
export function ScreenPage({ token }: { token: string }) {
  const credential = useMemo<Credential>(() => ({ kind: 'screen', token }), [token]);
  useRoomSession(credential);
  // The screen sends nothing, so its view has no pending changes to fold in.
  const { title, links, joined } = useRoomStore(
    useShallow((state) => ({ title: state.view?.title, links: state.links, joined: state.presence?.participants ?? 0 })),
  );

  return (
    <PageShell pageTitle={title ? `${title} – screen` : 'Screen'} variant="screen" showConnection>
      <RoomGate waitingHeading="Getting the workshop ready">
        <h1 className="screen-title">{title}</h1>
        {links ? <ScreenBody links={links} joined={joined} /> : null}
      </RoomGate>
    </PageShell>
  );
}
