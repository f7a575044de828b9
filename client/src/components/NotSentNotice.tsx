import { useState } from 'react';
import { useRoomStore, type RejectedCommand } from '../store/roomStore.ts';
import { dismissRejected } from '../sync/session.ts';
import { LiveMessage } from './LiveMessage.tsx';
import { NotSentEntry } from './NotSentEntry.tsx';
import { whatWasNotSent } from './notSentWords.ts';

interface Heard {
  rejected: RejectedCommand[];
  known: ReadonlySet<string>;
  text: string;
  serial: number;
}

const idsOf = (rejected: RejectedCommand[]) => new Set(rejected.map((entry) => entry.command.id));
const headingIdOf = (entry: RejectedCommand) => `not-sent-${entry.command.id}`;

function arrivalText(fresh: RejectedCommand[]): string {
  const [first] = fresh;
  if (fresh.length === 1 && first) return `Not sent. ${whatWasNotSent(first.command)}. ${first.message}`;
  return `${fresh.length} things were not sent. They are listed near the top of the page.`;
}

/**
 * Things this device queued that the server later refused, kept until the person dismisses
 * them, with what they typed so nothing is lost. The alert speaks only when a new refusal
 * arrives: entries kept from before a reload, or a list that merely shrinks, stay quiet.
 */
export function NotSentNotice() {
  const rejected = useRoomStore((state) => state.rejected);
  const [heard, setHeard] = useState<Heard>(() => ({ rejected, known: idsOf(rejected), text: '', serial: 0 }));

  if (heard.rejected !== rejected) {
    const fresh = rejected.filter((entry) => !heard.known.has(entry.command.id));
    setHeard({
      rejected,
      known: idsOf(rejected),
      text: fresh.length ? arrivalText(fresh) : heard.text,
      serial: fresh.length ? heard.serial + 1 : heard.serial,
    });
  }

  function dismiss(commandId: string) {
    const index = rejected.findIndex((entry) => entry.command.id === commandId);
    const neighbour = rejected[index + 1] ?? rejected[index - 1];
    // Focus moves before the entry goes, so it never falls back to the top of the page.
    const target = document.getElementById(neighbour ? headingIdOf(neighbour) : 'main');
    target?.focus();
    dismissRejected(commandId);
  }

  return (
    <>
      <LiveMessage role="alert" className="visually-hidden" text={heard.text} serial={heard.serial} />
      {rejected.length > 0 ? (
        <section className="not-sent panel stack" aria-labelledby="not-sent-heading">
          <h2 id="not-sent-heading">Not sent</h2>
          <p>The workshop could not take these. Copy your words if you want to try again.</p>
          <ul className="not-sent-list stack">
            {rejected.map((entry) => (
              <NotSentEntry key={entry.command.id} entry={entry} headingId={headingIdOf(entry)} onDismiss={dismiss} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
