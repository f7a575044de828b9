import { useEffect, useState } from 'react';
import type { ConnectionStatus } from '../store/roomStore.ts';

/**
 * How long "connecting" or "offline" must last before it is shown. A phone waking from sleep
 * drops its connection for a moment; a banner that flashes, is announced and pushes the page
 * down each time would alarm people for nothing.
 */
const QUIET_FOR_MS = 2_000;

const waits = (status: ConnectionStatus) => status === 'connecting' || status === 'offline';

/**
 * The connection status to show: `online`, `reload` and `denied` at once; `connecting` and
 * `offline` only once they have lasted QUIET_FOR_MS. Null until there is anything to show.
 */
export function useShownStatus(status: ConnectionStatus): ConnectionStatus | null {
  const [shown, setShown] = useState<ConnectionStatus | null>(waits(status) ? null : status);
  if (!waits(status) && shown !== status) setShown(status);

  useEffect(() => {
    if (!waits(status)) return undefined;
    const timer = setTimeout(() => setShown(status), QUIET_FOR_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return shown;
}
