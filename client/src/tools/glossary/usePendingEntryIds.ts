import type { ClientCommand } from '@roundtable/shared';
import { useMemo } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';

/** The glossary entry a command adds or changes, or null for other commands. */
function pendingEntryId(command: ClientCommand): string | null {
  switch (command.type) {
    case 'glossary.add':
      return command.id;
    case 'glossary.setMeaning':
    case 'glossary.editTerm':
    case 'glossary.setAgreed':
    case 'glossary.remove':
      return command.payload.entryId;
    default:
      return null;
  }
}

/** Ids of the glossary entries with a change from this device waiting to be sent. */
export function usePendingEntryIds(): ReadonlySet<string> {
  const pending = useRoomStore((state) => state.pending);
  return useMemo(() => new Set(pending.flatMap((command) => pendingEntryId(command) ?? [])), [pending]);
}
