import { createRoomState, emptyStakeholders, type GridNote, type Stakeholder } from '@roundtable/shared';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { SCREEN_GRID_ROWS, ScreenGrid } from './ScreenGrid.tsx';

const person = (index: number): Stakeholder => ({
  id: `stakeholder-${index}`,
  name: `Group ${index}`,
  why: null,
  brings: null,
  addedBy: null,
  createdAt: 0,
  sortKey: `a${index}`,
  groupId: null,
  quadrant: null,
  involved: true,
});
const people = Array.from({ length: SCREEN_GRID_ROWS + 2 }, (_, index) => person(index + 1));
const notes: GridNote[] = Array.from({ length: 6 }, (_, index) => ({
  id: `note-${index}`,
  stakeholderId: 'stakeholder-1',
  column: 'barriers',
  text: `Barrier ${index + 1}`,
  addedBy: null,
  createdAt: index,
}));

beforeEach(() => {
  const room = createRoomState('room-0001', 'Bus routes', 0);
  useRoomStore.setState({
    status: 'online',
    me: { role: 'screen', memberId: null },
    view: { ...room, stakeholders: { ...emptyStakeholders(), notes: Object.fromEntries(notes.map((note) => [note.id, note])) } },
  });
});

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('ScreenGrid', () => {
  it('is a table a screen reader can walk: column headers, a row header per group, the first rows and how many more', () => {
    render(<ScreenGrid stakeholders={people} highlightGaps={false} />);
    const table = screen.getByRole('table', { name: /what might stop them/ });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Who',
      'What they need to take part',
      'What might stop them',
      'How we could remove that',
    ]);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(people.slice(0, SCREEN_GRID_ROWS).map((one) => one.name));
    expect(screen.getByText('and 2 more on the list')).toBeDefined();
  });

  it('shows a full cell’s first notes and how many more, and marks empty cells only when the gaps are shown', () => {
    const { rerender } = render(<ScreenGrid stakeholders={people.slice(0, 1)} highlightGaps={false} />);
    const row = screen.getByRole('rowheader', { name: 'Group 1' }).closest('tr');
    if (!row) throw new Error('no row');
    const [needs, barriers] = within(row).getAllByRole('cell');
    expect(within(barriers!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Barrier 1', 'Barrier 2', 'Barrier 3', 'Barrier 4']);
    expect(within(barriers!).getByText('and 2 more')).toBeDefined();
    expect(needs!.textContent).toBe('');
    rerender(<ScreenGrid stakeholders={people.slice(0, 1)} highlightGaps />);
    expect(within(row).getAllByRole('cell')[0]!.textContent).toBe('No ideas yet');
    expect(within(row).getAllByText('No ideas yet')).toHaveLength(2);
  });
});
