import { useEffect, useState } from 'react';
import { useRoomStore } from '../store/roomStore.ts';

/**
 * The server's clock now, in milliseconds since the Unix epoch, redrawn every `intervalMs`.
 * Times in the room (when a turn started, when a hand went up) are the server's, so a timer read
 * against this agrees on every device, whatever each one's own clock says.
 */
export function useServerNow(intervalMs = 1000): number {
  const offset = useRoomStore((state) => state.clockOffsetMs);
  const [deviceNow, setDeviceNow] = useState(() => Date.now());

  useEffect(() => {
    // Each tick lands just after a whole interval of server time, so every device turns the
    // timer over at the same moment rather than up to a second apart.
    const untilNextTick = () => intervalMs - ((Date.now() + offset) % intervalMs);
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setDeviceNow(Date.now());
      timer = setTimeout(tick, untilNextTick());
    };
    timer = setTimeout(tick, untilNextTick());
    return () => clearTimeout(timer);
  }, [intervalMs, offset]);

  return deviceNow + offset;
}
