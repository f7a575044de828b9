import { createRoomState, type DefinitionsState, type RoomView } from '@roundtable/shared';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { ScreenCards } from './ScreenCards.tsx';

const base = createRoomState('room-0001', 'Bus routes', 0);
const statements = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
const cards: DefinitionsState['cards'] = Object.fromEntries(
  statements.map((text, index) => [`card-${index}`, { id: `card-${index}`, text, sortKey: `a${index}` }]),
);
// Card 'Three' splits the room in half; 'Five' a little; the rest are all agreed.
const tallies: DefinitionsState['tallies'] = Object.fromEntries(
  statements.map((_, index) => [`card-${index}`, { agree: index === 2 ? 2 : 4, notSure: index === 4 ? 1 : 0, disagree: index === 2 ? 2 : 0 }]),
);

const room = (revealed: boolean): RoomView => ({ ...base, definitions: { ...base.definitions, cards, revealed, tallies: revealed ? tallies : {} } });

beforeEach(() => {
  useRoomStore.setState({ status: 'online', me: { role: 'screen', memberId: null }, view: room(false) });
});

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('ScreenCards', () => {
  it('shows the statements and no counts before the answers are shown, then the most divided first', () => {
    render(<ScreenCards />);
    expect(screen.getByRole('heading', { name: 'Answer on your phone' })).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(statements.slice(0, 7));
    expect(screen.getByText('and 2 more on your phone')).toBeDefined();

    act(() => useRoomStore.setState({ view: room(true) }));
    const rows = screen.getAllByRole('rowheader').map((header) => header.textContent);
    expect(rows).toEqual(['Three', 'Five', 'One', 'Two', 'Four', 'Six', 'Seven']);
    expect(screen.getByText('and 2 more cards, less divided')).toBeDefined();
  });
});
