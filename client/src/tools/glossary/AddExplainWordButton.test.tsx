import { createRoomState, type Hand, type QueueCard, type RoomView } from '@roundtable/shared';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { ParticipantQueue } from '../queue/ParticipantQueue.tsx';
import { takeAddWordRequest } from './glossaryIntent.ts';

const ME = 'member-alice';
const base = createRoomState('room-0001', 'Bus routes', 0);

function handUpWith(card: QueueCard) {
  const hand: Hand = { id: 'hand-alice-1', memberId: ME, name: 'Alice', card, raisedAt: 0, sortKey: 'a0' };
  const view: RoomView = { ...base, queue: { ...base.queue, hands: { [hand.id]: hand } } };
  useRoomStore.setState({ status: 'online', me: { role: 'participant', memberId: ME }, view });
}

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('"Add the word to the glossary" on the Hands up tool', () => {
  it('shows while the hand is up with "Please explain that" and opens Words at its add form', () => {
    handUpWith('explain');
    const openTool = vi.fn();
    render(<ParticipantQueue openTool={openTool} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add the word to the glossary' }));
    expect(openTool).toHaveBeenCalledWith('glossary');
    expect(takeAddWordRequest()).toBe(true);
  });

  it('is not offered with any other card', () => {
    handUpWith('speak');
    render(<ParticipantQueue openTool={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Add the word to the glossary' })).toBeNull();
  });
});
