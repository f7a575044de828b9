import { orderedHands, type Hand, type QueueState } from '@roundtable/shared';
import { useRoomStore } from '../../store/roomStore.ts';
import { useRoomView } from '../../sync/optimistic.ts';

const NO_HANDS: Hand[] = [];
/** One sort per version of the hands, shared by every component that lists them. */
const sorted = new WeakMap<QueueState['hands'], Hand[]>();

function orderOnce(hands: QueueState['hands'] | undefined): Hand[] {
  if (!hands) return NO_HANDS;
  let list = sorted.get(hands);
  if (!list) {
    list = orderedHands({ hands });
    sorted.set(hands, list);
  }
  return list;
}

/**
 * The hands in queue order, as this device will see them once its outbox is sent. The array is
 * the same object until the hands change, so it can be a memo input.
 */
export function useOrderedHands(): Hand[] {
  return useRoomView((view) => orderOnce(view?.queue.hands));
}

/** This device's member id, or null on the screen. */
export function useMyMemberId(): string | null {
  return useRoomStore((state) => state.me?.memberId ?? null);
}
