import { clientCommandSchema, type ClientCommand } from '@roundtable/shared';
import { useMemo } from 'react';
import { useRoomStore, type PendingCommand } from '../store/roomStore.ts';

/**
 * The outbox holds commands as `unknown` payloads (they may come back from localStorage after a
 * reload), so they are parsed with the shared schema before anything reads them.
 */
export function parsePending(pending: PendingCommand[]): ClientCommand[] {
  const commands: ClientCommand[] = [];
  for (const entry of pending) {
    const parsed = clientCommandSchema.safeParse(entry);
    if (parsed.success) commands.push(parsed.data);
  }
  return commands;
}

/** The commands this device has not yet heard back about, typed. */
export function usePendingCommands(): ClientCommand[] {
  const pending = useRoomStore((state) => state.pending);
  return useMemo(() => parsePending(pending), [pending]);
}
