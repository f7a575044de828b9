import { applyCommand, type ClientCommand, type CommandType, type PayloadOf, type RoomView } from '@roundtable/shared';
import { useRoomStore, type RoomStore } from '../store/roomStore.ts';
import { selectOptimisticView } from './optimistic.ts';

/** The id of a command that is only tried, never sent: any valid id will do. */
const TRIAL_ID = 'refusal-trial';

/**
 * Answers already worked out for each optimistic view. A view is replaced on every change, never
 * changed in place, so an answer holds for as long as its view exists.
 */
const answered = new WeakMap<RoomView, Map<string, string | null>>();

/**
 * Why the server would refuse this command from this device now, in the reducer's own words, or
 * null if it would accept it. The command is tried with the shared `applyCommand` on the room as
 * this device sees it (pending commands included), as this device's member, so a button is never
 * kept from doing what the server allows, nor offered for what it refuses. With no room yet there
 * is nothing to try against, and the server's answer is left to decide.
 */
export function refusalOf<T extends CommandType>(
  state: Pick<RoomStore, 'view' | 'pending' | 'me' | 'clockOffsetMs'>,
  type: T,
  payload: PayloadOf<T>,
): string | null {
  const view = selectOptimisticView(state);
  const { me } = state;
  if (!view || !me) return null;
  const key = `${me.role}:${me.memberId ?? ''}:${type}:${JSON.stringify(payload)}`;
  let known = answered.get(view);
  if (!known) {
    known = new Map();
    answered.set(view, known);
  }
  const before = known.get(key);
  if (before !== undefined) return before;
  // Every refusal depends on the room and the sender alone, never on the time, so an answer kept
  // for this view stays right; the server's time is given only because a reducer needs one.
  const command = { id: TRIAL_ID, type, payload } as ClientCommand;
  const result = applyCommand(view, command, { actor: { role: me.role, memberId: me.memberId }, now: Date.now() + state.clockOffsetMs });
  const refusal = result.ok ? null : result.message;
  known.set(key, refusal);
  return refusal;
}

/**
 * The reducer's refusal of a command this device might send, or null when it would be accepted:
 * for `aria-disabled` and for the words a control shows instead of doing nothing. One rule, the
 * shared reducer's, rather than a copy of it in each component. The component redraws only when
 * the answer changes.
 */
export function useRefusal<T extends CommandType>(type: T, payload: PayloadOf<T>): string | null {
  return useRoomStore((state) => refusalOf(state, type, payload));
}
