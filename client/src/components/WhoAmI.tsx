import { useRef, useState } from 'react';
import { NameForm } from './NameForm.tsx';

interface WhoAmIProps {
  name: string | null;
  /** Their name change has not reached the server yet. */
  waiting: boolean;
}

/** "You are: Sam" or "You are anonymous", with a way to change it. */
export function WhoAmI({ name, waiting }: WhoAmIProps) {
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
            'You are anonymous'
          )}
          {waiting ? <span className="pending"> Waiting to send…</span> : null}
        </p>
        <button ref={changeButton} type="button" className="button button-quiet" aria-expanded={changing} onClick={() => setChanging(!changing)}>
          Change<span className="visually-hidden"> your name</span>
        </button>
      </div>
      {changing ? <NameForm current={name} firstVisit={false} onDone={done} /> : null}
    </div>
  );
}
