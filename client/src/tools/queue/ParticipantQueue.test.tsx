import { createRoomState, type Hand, type RoomView } from '@roundtable/shared';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { ParticipantQueue } from './ParticipantQueue.tsx';

const ME = 'member-alice';
const base = createRoomState('room-0001', 'Bus routes', 0);
const mine: Hand = { id: 'hand-alice-1', memberId: ME, name: 'Alice', card: 'speak', raisedAt: 0, sortKey: 'a0' };
const withHands = (...hands: Hand[]): RoomView => ({ ...base, queue: { ...base.queue, hands: Object.fromEntries(hands.map((h) => [h.id, h])) } });

beforeEach(() => {
  useRoomStore.setState({ status: 'online', me: { role: 'participant', memberId: ME }, view: withHands(mine) });
});

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('ParticipantQueue', () => {
  it('says "Raising your hand…" instead of guessing a place until the server answers', () => {
    useRoomStore.setState({ view: withHands(), pending: [{ id: 'hand-alice-1', type: 'queue.raiseHand', payload: { card: 'speak' } }] });
    render(<ParticipantQueue openTool={() => {}} />);
    expect(screen.getByText('Raising your hand…')).toBeDefined();
    expect(screen.queryByText(/You are next/)).toBeNull();

    act(() => useRoomStore.setState({ view: withHands(mine), pending: [] }));
    expect(screen.getByText('You are next.')).toBeDefined();
  });

  it('moves focus to the heading when the hand leaves from elsewhere while focus was on "Put my hand down"', () => {
    render(<ParticipantQueue openTool={() => {}} />);
    act(() => screen.getByRole('button', { name: 'Put my hand down' }).focus());
    // The host gives this person the floor: the hand leaves the queue, and the button with it.
    act(() => useRoomStore.setState({ view: withHands() }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Hands up' }));
  });

  it('leaves focus alone when it is elsewhere on the page', () => {
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    render(<ParticipantQueue openTool={() => {}} />);
    act(() => elsewhere.focus());
    act(() => useRoomStore.setState({ view: withHands() }));
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  it('offers a hand that is up every other card while the queue is paused, but not the same one again', () => {
    useRoomStore.setState({ view: { ...withHands(mine), queue: { ...withHands(mine).queue, paused: true } } });
    render(<ParticipantQueue openTool={() => {}} />);
    expect(screen.getByRole('button', { name: 'I’d like to speak' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Point of process' }).getAttribute('aria-disabled')).toBeNull();
  });
});
