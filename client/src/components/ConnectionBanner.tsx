import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { useRoomStore } from '../store/roomStore.ts';
import { useShownStatus } from './useShownStatus.ts';

/** How long "Connected again" stays in the status region after a connection comes back. */
const BACK_ONLINE_NOTE_MS = 5_000;

const DENIED = 'This link does not open a workshop.';
/** The sync layer's own words for a lost connection, which the banner already says better. */
const SAID_ALREADY = new Set(['Connection lost. Trying again…', 'Cannot reach the workshop. Trying again…']);

/**
 * Where the device stands with the server, in plain words. Both live regions are always in the
 * page, so what changes in them is announced: calm news politely, problems assertively. Only a
 * lasting problem takes space on the page; "Connected again" is spoken, not shown, so the page
 * moves once when the problem ends rather than twice.
 */
export function ConnectionBanner({ onConsole }: { onConsole: boolean }) {
  const { status, statusMessage, savingProblem } = useRoomStore(
    useShallow((state) => ({ status: state.status, statusMessage: state.statusMessage, savingProblem: state.savingProblem })),
  );
  const shown = useShownStatus(status);
  // Remembered in state, not a ref, so "Connected again" is decided while rendering.
  const [seen, setSeen] = useState({ shown, backOnline: false });
  if (seen.shown !== shown) setSeen({ shown, backOnline: seen.shown === 'offline' && shown === 'online' });
  const { backOnline } = seen;

  useEffect(() => {
    if (!backOnline) return undefined;
    const timer = setTimeout(() => setSeen((now) => ({ ...now, backOnline: false })), BACK_ONLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [backOnline]);

  const detail = statusMessage && !SAID_ALREADY.has(statusMessage) ? ` ${statusMessage}` : '';
  return (
    <div className="connection">
      <div role="status">
        {shown === 'connecting' ? <p className="banner banner-connecting">Connecting to the workshop…</p> : null}
        {shown === 'offline' ? (
          <p className="banner banner-offline">{`You are offline. Trying to reconnect. Nothing you type will be lost.${detail}`}</p>
        ) : null}
        {backOnline ? <p className="visually-hidden">Connected again.</p> : null}
      </div>
      <div role="alert">
        {shown === 'online' && savingProblem ? (
          <div className="banner banner-problem">
            <p>{savingProblem}</p>
            <p>What you changed is kept on this device and will be sent as soon as the workshop can save it.</p>
          </div>
        ) : null}
        {shown === 'reload' ? (
          <div className="banner banner-problem">
            <p>{statusMessage ?? 'Roundtable has been updated. Please reload the page.'}</p>
            <p>Anything you typed is kept on this device.</p>
            <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
              Reload
            </button>
          </div>
        ) : null}
        {shown === 'denied' ? (
          <div className="banner banner-problem">
            <p>{DENIED}</p>
            {statusMessage && statusMessage !== DENIED ? <p>{statusMessage}</p> : null}
            {onConsole ? (
              <p>Please check that you used the whole console link, with the part after the # sign.</p>
            ) : (
              <p>
                Please check the link, or ask the host for a new one. <Link href="/join">Join with a code</Link>
              </p>
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
