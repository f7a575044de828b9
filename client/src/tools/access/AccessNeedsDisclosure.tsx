import { useRef, useState } from 'react';
import { useIntroAnswered } from '../../components/useIntroAnswered.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { AccessNeedsForm } from './AccessNeedsForm.tsx';

/**
 * The access question on a phone. Asked once, just after the name, until answered or skipped
 * (remembered per room); after that "What I need" opens it again, to add to it or take it back.
 * It sits in the room rather than blocking the way in, so nobody has to get past it to take part.
 */
export function AccessNeedsDisclosure() {
  const roomId = useRoomView((view) => view?.id ?? '');
  const memberId = useRoomStore((state) => state.me?.memberId ?? null);
  const told = useRoomView((view) => memberId !== null && view?.access.needs[memberId] !== undefined);
  const waiting = useHasPending('access.setNeeds');
  const [asked, markAsked] = useIntroAnswered(roomKey('participant', roomId, 'accessAsked'));
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const firstTime = !asked && !told && !open;

  function done() {
    markAsked();
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="access-disclosure stack">
      <div className="who-line">
        <p>
          {told ? 'The host knows what you need.' : 'You can tell the host what you need.'}
          {waiting ? <span className="pending"> Waiting to send…</span> : null}
        </p>
        <button ref={button} type="button" className="button button-quiet" aria-expanded={open || firstTime} onClick={() => (firstTime ? done() : setOpen(!open))}>
          What I need
        </button>
      </div>
      {open || firstTime ? <AccessNeedsForm firstVisit={firstTime} takeFocus={open} onDone={done} /> : null}
    </div>
  );
}
