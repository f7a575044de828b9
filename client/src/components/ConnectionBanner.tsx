import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { useRoomStore, type ConnectionStatus } from '../store/roomStore.ts';

/** How long "Connected again" stays after a connection comes back. */
const BACK_ONLINE_NOTE_MS = 5_000;

const DENIED = 'This link does not open a workshop.';
/** The sync layer's own words for a lost connection, which the banner already says better. */
const SAID_ALREADY = new Set(['Connection lost. Trying again…', 'Cannot reach the workshop. Trying again…']);

/**
 * Where the device stands with the server, in plain words. Both live regions are always in the
 * page, so what changes in them is announced: calm news politely, problems assertively.
 */
export function ConnectionBanner() {
  const { status, statusMessage } = useRoomStore(
    useShallow((state) => ({ status: state.status, statusMessage: state.statusMessage })),
  );
  // Remembered in state, not a ref, so "Connected again" is decided while rendering.
  const [seen, setSeen] = useState({ status, backOnline: false });
  if (seen.status !== status) setSeen({ status, backOnline: seen.status === 'offline' && status === 'online' });
  const { backOnline } = seen;

  useEffect(() => {
    if (!backOnline) return undefined;
    const timer = setTimeout(() => setSeen((now) => ({ ...now, backOnline: false })), BACK_ONLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [backOnline]);

  const text = politeText(status, backOnline);
  const detail = status === 'offline' && statusMessage && !SAID_ALREADY.has(statusMessage) ? ` ${statusMessage}` : '';
  return (
    <div className="connection">
      <div role="status">{text ? <p className={`banner banner-${status}`}>{text + detail}</p> : null}</div>
      <div role="alert">
        {status === 'reload' ? (
          <div className="banner banner-problem">
            <p>{statusMessage ?? 'Roundtable has been updated. Please reload the page.'}</p>
            <p>Anything you typed is kept on this device.</p>
            <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
              Reload
            </button>
          </div>
        ) : null}
        {status === 'denied' ? (
          <div className="banner banner-problem">
            <p>This link does not open a workshop.</p>
            {statusMessage && statusMessage !== DENIED ? <p>{statusMessage}</p> : null}
            <p>
              Please check the link, or ask the facilitator for a new one. <Link href="/join">Join with a code</Link>
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function politeText(status: ConnectionStatus, backOnline: boolean): string {
  switch (status) {
    case 'connecting':
      return 'Connecting to the workshop…';
    case 'offline':
      return 'You are offline. Trying to reconnect. Nothing you type will be lost.';
    case 'online':
      return backOnline ? 'Connected again.' : '';
    default:
      return '';
  }
}
