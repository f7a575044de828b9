import {
  applyCommand,
  createRoomState,
  FACILITATOR_MEMBER_ID,
  projectRoom,
  type AnyCommand,
  type ClientCommand,
  type Me,
  type RoomState,
} from '@roundtable/shared';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../store/roomStore.ts';
import { useRefusal } from './useRefusal.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const ALICE: Me = { role: 'participant', memberId: 'member-alice' };
const HOST: Me = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const SYSTEM = { role: 'system' as const, memberId: null };

function applied(state: RoomState, command: AnyCommand, actor: Me | typeof SYSTEM): RoomState {
  const result = applyCommand(state, command, { actor, now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.state;
}

const raise = (id: string, card: 'speak' | 'process'): ClientCommand => ({ id, type: 'queue.raiseHand', payload: { card } });
const pause: ClientCommand = { id: 'cmd-pause-01', type: 'queue.setSettings', payload: { paused: true } };

/** A room Alice has joined; `steps` are applied in order, each by Alice or the host. */
function room(...steps: [ClientCommand, Me][]): RoomState {
  let state = createRoomState('room-0001', 'Bus routes', NOW - 10_000);
  state = applied(state, { id: 'join-alice', type: 'member.join', payload: { memberId: 'member-alice', name: 'Alice' } }, SYSTEM);
  for (const [command, actor] of steps) state = applied(state, command, actor);
  return state;
}

function seenBy(me: Me, state: RoomState, pending: ClientCommand[] = []) {
  useRoomStore.setState({ me, view: projectRoom(state, me), pending, clockOffsetMs: 0 });
}

afterEach(() => {
  useRoomStore.setState(initialRoomStore);
});

describe('useRefusal', () => {
  it('gives the reducer’s reason for a new hand while the queue is paused', () => {
    seenBy(ALICE, room([pause, HOST]));
    const { result } = renderHook(() => useRefusal('queue.raiseHand', { card: 'speak' }));
    expect(result.current).toMatch(/paused/);
  });

  it('lets a hand already up change card while paused, as the reducer does', () => {
    seenBy(ALICE, room([raise('hand-alice-1', 'speak'), ALICE], [pause, HOST]));
    const { result } = renderHook(() => useRefusal('queue.raiseHand', { card: 'process' }));
    expect(result.current).toBeNull();
  });

  it('refuses the card the hand is already up with, counting this device’s pending commands', () => {
    seenBy(ALICE, room(), [raise('hand-alice-1', 'speak')]);
    const same = renderHook(() => useRefusal('queue.raiseHand', { card: 'speak' }));
    const other = renderHook(() => useRefusal('queue.raiseHand', { card: 'process' }));
    expect(same.result.current).toMatch(/already up/);
    expect(other.result.current).toBeNull();
  });

  it('follows the room: "Next speaker" is refused until a hand is up', () => {
    seenBy(HOST, room());
    const next = renderHook(() => useRefusal('queue.next', {}));
    const endTurn = renderHook(() => useRefusal('queue.endTurn', {}));
    expect(next.result.current).toMatch(/Nobody is waiting/);
    expect(endTurn.result.current).toMatch(/Nobody is speaking/);

    act(() => seenBy(HOST, room([raise('hand-alice-1', 'speak'), ALICE])));
    expect(next.result.current).toBeNull();
    expect(endTurn.result.current).toMatch(/Nobody is speaking/);
  });

  it('answers as this device’s member and role', () => {
    seenBy(ALICE, room());
    const { result } = renderHook(() => useRefusal('queue.clear', {}));
    expect(result.current).toMatch(/facilitator/);
  });

  it('leaves the answer to the server before the room has arrived', () => {
    const { result } = renderHook(() => useRefusal('queue.next', {}));
    expect(result.current).toBeNull();
  });
});
