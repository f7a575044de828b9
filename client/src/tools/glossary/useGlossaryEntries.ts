import { sortedEntries, type GlossaryEntry, type GlossaryState } from '@roundtable/shared';
import { useRoomView } from '../../sync/optimistic.ts';

const NO_ENTRIES: GlossaryEntry[] = [];
/** One sort per version of the glossary, shared by every component that lists it. */
const sorted = new WeakMap<GlossaryState, GlossaryEntry[]>();

function sortOnce(glossary: GlossaryState | undefined): GlossaryEntry[] {
  if (!glossary) return NO_ENTRIES;
  let list = sorted.get(glossary);
  if (!list) {
    list = sortedEntries(glossary);
    sorted.set(glossary, list);
  }
  return list;
}

/**
 * The glossary's words in alphabetical order, as this device will see them once its outbox is
 * sent. The array is the same object until the glossary changes, so it can be a memo input.
 */
export function useGlossaryEntries(): GlossaryEntry[] {
  return useRoomView((view) => sortOnce(view?.glossary));
}
