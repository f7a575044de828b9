import { useRoomStore } from '../store/roomStore.ts';
import { useRoomView } from '../sync/optimistic.ts';

/** This device's member's name as it will be once sent, or null when their name is not shown. */
export function useMyName(): string | null {
  const memberId = useRoomStore((state) => state.me?.memberId ?? null);
  return useRoomView((view) => (memberId === null ? null : (view?.members[memberId]?.name ?? null)));
}
