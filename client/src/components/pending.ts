import type { ClientCommand } from '@roundtable/shared';
import { useRoomStore } from '../store/roomStore.ts';

/** The commands this device has not yet heard back about, oldest first. */
export function usePendingCommands(): ClientCommand[] {
  return useRoomStore((state) => state.pending);
}
