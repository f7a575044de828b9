import type { CreateRoomResponse } from '@roundtable/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { localPath } from '../../components/postJson.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { startNextMeeting } from './startNextMeeting.ts';

/**
 * "Start the next meeting": a new room for the group's next meeting, keeping what lasts. Says
 * what carries over and what starts afresh, asks first, then gives the new console link and code.
 */
export function NextMeeting() {
  const roomId = useRoomView((view) => view?.id ?? '');
  const number = useRoomView((view) => view?.meeting.number ?? 1);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState<CreateRoomResponse | null>(null);
  const ready = useRef<HTMLHeadingElement>(null);
  const ids = { heading: useId(), panel: useId(), error: useId() };

  useEffect(() => {
    if (started) ready.current?.focus();
  }, [started]);

  async function start() {
    if (busy) return;
    setBusy(true);
    setError(null);
    // The key is the console link's own: the page was opened with it after the # sign.
    const result = await startNextMeeting(roomId, window.location.hash.replace(/^#/, ''));
    setBusy(false);
    if (result.ok) setStarted(result.body);
    else setError(result.message);
  }

  return (
    <section className="next-meeting stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>The next meeting</h3>
      {started ? (
        <div className="next-meeting-ready panel stack">
          <h4 ref={ready} tabIndex={-1}>{`Meeting ${number + 1} is ready`}</h4>
          <p>
            {'Its join code is '}
            <strong className="next-meeting-code">{started.joinCode}</strong>
            {'. Phones that were here today will be recognised when they join.'}
          </p>
          <p>
            <a className="button button-primary" href={localPath(started.links.facilitator)}>
              {`Open the console for meeting ${number + 1}`}
            </a>
          </p>
        </div>
      ) : (
        <>
          <button type="button" className="button" aria-expanded={open} aria-controls={ids.panel} onClick={() => setOpen(!open)}>
            Start the next meeting
          </button>
          {open ? (
            <div id={ids.panel} className="panel stack">
              <p>{`This starts meeting ${number + 1} of this group, with a new join code. This meeting stays as it is.`}</p>
              <p>It keeps: the agreements, car park items not yet dealt with, the group’s definition, and the glossary.</p>
              <p>It starts afresh: the speaking queue, questions and answers, and who is in the room.</p>
              <div className="actions">
                <button type="button" className="button button-primary" aria-disabled={busy || undefined} aria-describedby={ids.error} onClick={() => void start()}>
                  {busy ? 'Starting…' : `Start meeting ${number + 1}`}
                </button>
                <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
                  Not now
                </button>
              </div>
            </div>
          ) : null}
          <ErrorMessage id={ids.error} message={error} />
        </>
      )}
    </section>
  );
}
