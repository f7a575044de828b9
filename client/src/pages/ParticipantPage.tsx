import { sortedItems, type Credential } from '@roundtable/shared';
import { useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { NameForm } from '../components/NameForm.tsx';
import { PageShell } from '../components/PageShell.tsx';
import { usePendingCommands } from '../components/pending.ts';
import { ToolBar } from '../components/ToolBar.tsx';
import { useIntroAnswered } from '../components/useIntroAnswered.ts';
import { useOpenTool } from '../components/useOpenTool.ts';
import { WhoAmI } from '../components/WhoAmI.tsx';
import { useRoomStore } from '../store/roomStore.ts';
import { useRoomSession } from '../sync/session.ts';
import { NewItemAnnouncer } from '../tools/carPark/NewItemAnnouncer.tsx';
import { PARTICIPANT_TOOLS } from '../tools/participantTools.ts';

/** A participant's phone: a welcome that asks their name once, then the tool in focus. */
export function ParticipantPage({ token }: { token: string }) {
  const credential = useMemo<Credential>(() => ({ kind: 'participant', token }), [token]);
  useRoomSession(credential);
  const { view, me } = useRoomStore(useShallow((state) => ({ view: state.view, me: state.me })));
  const commands = usePendingCommands();
  const [answered, markAnswered] = useIntroAnswered(`roundtable:participant:${token}:introAnswered`);
  const panel = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { open, notice, openTool } = useOpenTool(view?.focus ?? 'welcome', panel);
  const items = useMemo(() => (view ? sortedItems(view.carPark) : []), [view]);

  const ready = view !== null && me !== null;
  const nameChange = commands.findLast((command) => command.type === 'member.setName');
  const serverName = me?.memberId ? (view?.members[me.memberId]?.name ?? null) : null;
  const name = nameChange?.type === 'member.setName' ? nameChange.payload.name : serverName;
  const Tool = PARTICIPANT_TOOLS[open].Component;

  function finishIntro() {
    markAnswered();
    // The form they were in is gone; the workshop's heading is the calm place to land.
    requestAnimationFrame(() => heading.current?.focus());
  }

  return (
    <PageShell
      pageTitle={view?.title ?? 'Joining a workshop'}
      variant="phone"
      showConnection
      after={ready && answered ? <ToolBar focus={view.focus} open={open} onOpen={openTool} /> : null}
    >
      {!ready ? (
        <div className="stack">
          <h1>Joining the workshop</h1>
          <p className="lead">Opening the workshop…</p>
        </div>
      ) : !answered ? (
        <div className="stack">
          <h1 className="welcome-title">Welcome to {view.title}</h1>
          <p className="lead">You can add things to share with the group from this phone. You do not need an account.</p>
          <NameForm current={name} firstVisit onDone={finishIntro} />
        </div>
      ) : (
        <div className="stack">
          <h1 ref={heading} tabIndex={-1}>
            {view.title}
          </h1>
          <WhoAmI name={name} waiting={nameChange !== undefined} />
          <div role="status" className="notice-region">
            {notice ? (
              <p className="notice">
                The facilitator is now showing: {PARTICIPANT_TOOLS[notice].label}.{' '}
                <button type="button" className="button button-small" onClick={() => openTool(notice)}>
                  {`Go to ${PARTICIPANT_TOOLS[notice].label}`}
                </button>
              </p>
            ) : null}
          </div>
          <div ref={panel} className="tool-panel">
            <Tool openTool={openTool} />
          </div>
          <NewItemAnnouncer items={items} myMemberId={me.memberId} />
        </div>
      )}
    </PageShell>
  );
}
