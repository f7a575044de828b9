import { createRoomState, type DefinitionsState, type RoomView } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { PhoneCards } from './PhoneCards.tsx';

const session = vi.hoisted(() => ({ sendCommand: vi.fn(), handOverCommand: vi.fn() }));
vi.mock('../../sync/session.ts', () => session);

const ME = 'member-alice';
const base = createRoomState('room-0001', 'Bus routes', 0);
const cards: DefinitionsState['cards'] = {
  'card-1': { id: 'card-1', text: 'Everyone has an equal say.', sortKey: 'a0' },
  'card-2': { id: 'card-2', text: 'Staff decide the budget.', sortKey: 'a1' },
};

function room(answers: DefinitionsState['answers'], revealed = false, tallies: DefinitionsState['tallies'] = {}): RoomView {
  return { ...base, definitions: { ...base.definitions, cards, answers, revealed, tallies } };
}

const button = (name: string) => screen.getByRole('button', { name });
const sent = () => session.sendCommand.mock.calls.map(([type, payload]) => [type, payload] as unknown);

beforeEach(() => {
  session.sendCommand.mockImplementation(() => ({ id: 'cmd-answer', ack: Promise.resolve({ ok: true, version: 2 }) }));
  useRoomStore.setState({ status: 'online', me: { role: 'participant', memberId: ME }, view: room({}) });
});

afterEach(() => {
  cleanup();
  session.sendCommand.mockReset();
  useRoomStore.setState(initialRoomStore);
});

describe('PhoneCards', () => {
  it('opens on the first card not yet answered and shows the answer given as pressed', () => {
    useRoomStore.setState({ view: room({ 'card-1': { [ME]: 'agree' } }) });
    render(<PhoneCards />);
    expect(screen.getByRole('heading', { name: 'Card 2 of 2' })).toBeDefined();
    fireEvent.click(button('Previous card'));
    expect(screen.getByText('Everyone has an equal say.')).toBeDefined();
    expect(button('Agree').getAttribute('aria-pressed')).toBe('true');
    expect(button('Not sure').getAttribute('aria-pressed')).toBe('false');
    expect(button('Disagree').getAttribute('aria-pressed')).toBe('false');
  });

  it('changes an answer with another tap, and takes it back with a tap on the pressed one', async () => {
    useRoomStore.setState({ view: room({ 'card-1': { [ME]: 'agree' } }) });
    render(<PhoneCards />);
    fireEvent.click(button('Previous card'));
    await act(async () => {
      fireEvent.click(button('Disagree'));
      fireEvent.click(button('Agree'));
      await Promise.resolve();
    });
    expect(sent()).toEqual([
      ['definitions.answer', { cardId: 'card-1', answer: 'disagree' }],
      ['definitions.answer', { cardId: 'card-1', answer: null }],
    ]);
  });

  it('says so when every card is answered, and lists them all to go back to any', () => {
    useRoomStore.setState({ view: room({ 'card-1': { [ME]: 'agree' }, 'card-2': { [ME]: 'notSure' } }) });
    render(<PhoneCards />);
    expect(screen.getByRole('status').textContent).toMatch(/^You have answered all the cards\./);
    fireEvent.click(button('See all the cards'));
    const list = screen.getByRole('list', { name: 'All the cards' });
    expect(list.textContent).toContain('Your answer: Not sure');
    fireEvent.click(screen.getByRole('button', { name: /Card 2/ }));
    expect(screen.getByRole('heading', { name: 'Card 2 of 2' })).toBeDefined();
  });

  it('shows the room’s counts only once the host has shown the answers', () => {
    render(<PhoneCards />);
    expect(screen.queryByText('How the room answered')).toBeNull();
    act(() => useRoomStore.setState({ view: room({}, true, { 'card-1': { agree: 4, notSure: 1, disagree: 2 } }) }));
    expect(screen.getByText('How the room answered')).toBeDefined();
    expect(screen.getByText('4')).toBeDefined();
  });
});
