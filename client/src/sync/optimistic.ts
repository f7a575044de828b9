import { applyCommand, projectRoom, type ClientCommand, type CommandType, type Me, type RoomView } from '@roundtable/shared';
import { useMemo } from 'react';
import { shallow } from 'zustand/shallow';
import { useRoomStore, type RoomStore } from '../store/roomStore.ts';

/**
 * The room as this device will see it once its outbox is sent: each pending command is run
 * through the same reducer the server uses, as this device's member, and projected for this
 * device. A command the reducer refuses (an add whose item already arrived, an edit of an item
 * someone removed) is skipped: the server will say the same, and its answer is what counts.
 * `now` stands in for the server's clock, so it only affects times shown until the answer.
 */
export function foldPending(view: RoomView, pending: readonly ClientCommand[], me: Me, now: number): RoomView {
  const viewer = { role: me.role, memberId: me.memberId };
  let folded = view;
  for (const command of pending) {
    const result = applyCommand(folded, command, { actor: viewer, now });
    if (result.ok) folded = projectRoom(result.state, viewer);
  }
  return folded === view ? view : keepUnchangedItems(view, folded);
}

/**
 * Projecting copies some items (an anonymous one, say) without changing them. Those keep the
 * view's own object, so a memoised item view redraws only for an item a pending command changed.
 */
function keepUnchangedItems(view: RoomView, folded: RoomView): RoomView {
  const items = { ...folded.carPark.items };
  for (const [id, item] of Object.entries(items)) {
    const before = view.carPark.items[id];
    if (before && before !== item && shallow(before, item)) items[id] = before;
  }
  return { ...folded, carPark: { items } };
}

/** The id of the car park item a command changes or creates, or null for other commands. */
export function pendingItemId(command: ClientCommand): string | null {
  switch (command.type) {
    case 'carPark.add':
      return command.id;
    case 'carPark.edit':
    case 'carPark.setOutcome':
    case 'carPark.remove':
      return command.payload.itemId;
    default:
      return null;
  }
}

type FoldInputs = Pick<RoomStore, 'view' | 'pending' | 'me' | 'clockOffsetMs'>;

interface Folded extends FoldInputs {
  result: RoomView | null;
}

let lastFold: Folded = { view: null, pending: [], me: null, clockOffsetMs: 0, result: null };

/**
 * The optimistic view for a store state, memoised on [view, pending, me, clockOffsetMs]. One memo
 * for the whole page rather than one per component, so every component sees the same fold and the
 * same `now`, and a selector can pick a field of it without the fold running again. `now` is the
 * server's clock, as the server will stamp the command: a pending hand's wait and a pending turn's
 * timer then start from the same moment as on every other device.
 */
export function selectOptimisticView(state: FoldInputs): RoomView | null {
  const { view, pending, me, clockOffsetMs } = state;
  const last = lastFold;
  if (last.view === view && last.pending === pending && last.me === me && last.clockOffsetMs === clockOffsetMs) return last.result;
  const result = view && me && pending.length > 0 ? foldPending(view, pending, me, Date.now() + clockOffsetMs) : view;
  lastFold = { view, pending, me, clockOffsetMs, result };
  return result;
}

/** The whole optimistic view. Prefer `useRoomView` with a narrow selector where a part will do. */
export function useOptimisticView(): RoomView | null {
  return useRoomStore(selectOptimisticView);
}

/**
 * A part of the optimistic view. The component renders again only when that part changes, so
 * `select` must return a primitive or a reference taken from the view (never a new object).
 */
export function useRoomView<T>(select: (view: RoomView | null) => T): T {
  return useRoomStore((state) => select(selectOptimisticView(state)));
}

/** Ids of the commands this device has not yet heard back about. */
export function usePendingIds(): ReadonlySet<string> {
  const pending = useRoomStore((state) => state.pending);
  return useMemo(() => new Set(pending.map((command) => command.id)), [pending]);
}

/** Ids of the car park items with a change from this device waiting to be sent. */
export function usePendingItemIds(): ReadonlySet<string> {
  const pending = useRoomStore((state) => state.pending);
  return useMemo(() => new Set(pending.flatMap((command) => pendingItemId(command) ?? [])), [pending]);
}

/** Whether a command of this type (or of one of these types) is waiting to be sent: for "Waiting to send…". */
export function useHasPending(types: CommandType | readonly CommandType[]): boolean {
  return useRoomStore((state) => state.pending.some((command) => (typeof types === 'string' ? command.type === types : types.includes(command.type))));
}
