import { createRoomState, type RoomView, type Speaker } from '@roundtable/shared';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { YourTurn } from './YourTurn.tsx';

const ME = 'member-alice';
const base = createRoomState('room-0001', 'Bus routes', 0);
const turn = (handId: string, memberId: string, startedAt: number): Speaker => ({ handId, memberId, name: 'Alice', card: 'speak', startedAt });
const withSpeaker = (speaker: Speaker | null): RoomView => ({ ...base, queue: { ...base.queue, speaker } });
const setSpeaker = (speaker: Speaker | null) => act(() => useRoomStore.setState({ view: withSpeaker(speaker) }));

const vibrate = vi.fn(() => true);

beforeEach(() => {
  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: vibrate });
  useRoomStore.setState({ me: { role: 'participant', memberId: ME }, view: withSpeaker(null) });
});

afterEach(() => {
  cleanup();
  vibrate.mockClear();
  Reflect.deleteProperty(navigator, 'vibrate');
  useRoomStore.setState(initialRoomStore);
});

describe('YourTurn', () => {
  it('shows, announces and buzzes once when this person is given the floor', () => {
    render(<YourTurn />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('');

    setSpeaker(turn('hand-0001', 'member-bob', 1_000));
    expect(screen.queryByText('It’s your turn to speak')).toBeNull();
    expect(vibrate).not.toHaveBeenCalled();

    setSpeaker(turn('hand-0002', ME, 2_000));
    expect(screen.getByText('It’s your turn to speak')).toBeDefined();
    expect(alert.textContent).toBe('It’s your turn to speak.');
    expect(vibrate).toHaveBeenCalledTimes(1);

    // The same turn arriving again (a resync) is not news.
    setSpeaker(turn('hand-0002', ME, 2_000));
    expect(vibrate).toHaveBeenCalledTimes(1);

    setSpeaker(null);
    expect(screen.queryByText('It’s your turn to speak')).toBeNull();
    expect(alert.textContent).toBe('');
  });

  it('shows a turn already under way when the page opens, without announcing it again', () => {
    useRoomStore.setState({ view: withSpeaker(turn('hand-0002', ME, 2_000)) });
    render(<YourTurn />);
    expect(screen.getByText('It’s your turn to speak')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toBe('');
    expect(vibrate).not.toHaveBeenCalled();
  });
});
