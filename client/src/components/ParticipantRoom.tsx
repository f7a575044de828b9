import type { ToolId } from '@roundtable/shared';
import type { Ref } from 'react';
import { useRoomView } from '../sync/optimistic.ts';
import { NewItemAnnouncer } from '../tools/carPark/NewItemAnnouncer.tsx';
import { PARTICIPANT_TOOLS } from '../tools/participantTools.ts';
import { YourTurn } from '../tools/queue/YourTurn.tsx';
import { NotSentNotice } from './NotSentNotice.tsx';
import { WhoAmI } from './WhoAmI.tsx';

interface ParticipantRoomProps {
  /** The h1, which takes focus when the welcome form is done. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The open tool's panel, which useOpenTool watches for someone busy in it. */
  panelRef: Ref<HTMLDivElement>;
  open: ToolId;
  /** A tool the host moved to that this person has not gone to yet. */
  notice: ToolId | null;
  openTool: (tool: ToolId) => void;
}

/** A phone in a room: the title, who they are, anything not sent, whether it is their turn, and the open tool. */
export function ParticipantRoom({ headingRef, panelRef, open, notice, openTool }: ParticipantRoomProps) {
  const title = useRoomView((view) => view?.title ?? '');
  const Tool = PARTICIPANT_TOOLS[open].Component;
  return (
    <div className="stack">
      <h1 ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <WhoAmI />
      <NotSentNotice />
      <div role="status" className="notice-region">
        {notice ? (
          <p className="notice">
            The host is now showing: {PARTICIPANT_TOOLS[notice].label}.{' '}
            <button type="button" className="button button-small" onClick={() => openTool(notice)}>
              {`Go to ${PARTICIPANT_TOOLS[notice].label}`}
            </button>
          </p>
        ) : null}
      </div>
      <YourTurn />
      <div ref={panelRef} className="tool-panel">
        <Tool openTool={openTool} />
      </div>
      <NewItemAnnouncer />
    </div>
  );
}
