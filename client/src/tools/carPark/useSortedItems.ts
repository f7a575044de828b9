import { sortedItems, type CarParkItem, type CarParkState } from '@roundtable/shared';
import { useRoomView } from '../../sync/optimistic.ts';

const NO_ITEMS: CarParkItem[] = [];
/** One sort per car park version, shared by every component that lists the items. */
const sorted = new WeakMap<CarParkState, CarParkItem[]>();

function sortOnce(carPark: CarParkState | undefined): CarParkItem[] {
  if (!carPark) return NO_ITEMS;
  let items = sorted.get(carPark);
  if (!items) {
    items = sortedItems(carPark);
    sorted.set(carPark, items);
  }
  return items;
}

/**
 * The car park's items in the order raised, as this device will see them once its outbox is
 * sent. The array is the same object until the car park changes, so it can be a memo input.
 */
export function useSortedItems(): CarParkItem[] {
  return useRoomView((view) => sortOnce(view?.carPark));
}
