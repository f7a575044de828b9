import { useRef, useState } from 'react';
import { useHasPending } from '../sync/optimistic.ts';
import { AccessNeedsDisclosure } from '../tools/access/AccessNeedsDisclosure.tsx';
import { NameForm } from './NameForm.tsx';
import { useMyName } from './useMyName.ts';

/** "You are: Sam" or "Your name is not shown", with a way to change it, and what they told the host they need. */
export function WhoAmI() {
  const name = useMyName();
  const waiting = useHasPending('member.setName');
  const [changing, setChanging] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);

  function done() {
    setChanging(false);
    changeButton.current?.focus();
  }

  return (
    <div className="who-am-i stack">
      <div className="who-line">
        <p>
          {name ? (
            <>
              You are: <strong>{name}</strong>
            </>
          ) : (
            'Your name is not shown'
          )}
          {waiting ? <span className="pending"> Waiting to send…</span> : null}
        </p>
        <button ref={changeButton} type="button" className="button button-quiet" aria-expanded={changing} onClick={() => setChanging(!changing)}>
          Change<span className="visually-hidden"> your name</span>
        </button>
      </div>
      {changing ? <NameForm current={name} firstVisit={false} onDone={done} /> : null}
      <AccessNeedsDisclosure />
    </div>
  );
}
