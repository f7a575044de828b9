import type { Credential } from '@roundtable/shared';
import { useMemo, useRef } from 'react';
import { PageShell } from '../components/PageShell.tsx';
import { ParticipantRoom } from '../components/ParticipantRoom.tsx';
import { ParticipantWelcome } from '../components/ParticipantWelcome.tsx';
import { RoomGate } from '../components/RoomGate.tsx';
import { ToolBar } from '../components/ToolBar.tsx';
import { useIntroAnswered } from '../components/useIntroAnswered.ts';
import { useOpenTool } from '../components/useOpenTool.ts';
import { useRoomStore } from '../store/roomStore.ts';
import { roomKey } from '../sync/keys.ts';
import { useRoomView } from '../sync/optimistic.ts';
import { useRoomSession } from '../sync/session.ts';

/** A participant's phone: a welcome that asks their name once, then the tool in focus. */
export function ParticipantPage({ token }: { token: string }) {
  const credential = useMemo<Credential>(() => ({ kind: 'participant', token }), [token]);
  useRoomSession(credential);
  const ready = useRoomStore((state) => state.view !== null && state.me !== null);
  const title = useRoomView((view) => view?.title);
  const focus = useRoomView((view) => view?.focus ?? 'welcome');
  const [answered, markAnswered] = useIntroAnswered(roomKey('participant', token, 'introAnswered'));
  const panel = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { open, notice, openTool } = useOpenTool(focus, panel);

  function finishIntro() {
    markAnswered();
    // The form they were in is gone; the workshop's heading is the calm place to land.
    requestAnimationFrame(() => heading.current?.focus());
  }

  return (
    <PageShell
      pageTitle={title ?? 'Joining a workshop'}
      variant="phone"
      showConnection
      after={ready && answered ? <ToolBar focus={focus} open={open} onOpen={openTool} /> : null}
    >
      <RoomGate waitingHeading="Joining the workshop">
        {answered ? (
          <ParticipantRoom headingRef={heading} panelRef={panel} open={open} notice={notice} openTool={openTool} />
        ) : (
          <ParticipantWelcome onDone={finishIntro} />
        )}
      </RoomGate>
    </PageShell>
  );
}
