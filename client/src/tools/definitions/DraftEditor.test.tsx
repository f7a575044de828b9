import { createRoomState, FACILITATOR_MEMBER_ID, type DefinitionDraft, type Proposal, type RoomView } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { DraftEditor } from './DraftEditor.tsx';
import { DRAFT_SEND_DELAY_MS } from './useDraftEditor.ts';

const session = vi.hoisted(() => ({ sendCommand: vi.fn(), handOverCommand: vi.fn() }));
vi.mock('../../sync/session.ts', () => session);

const base = createRoomState('room-0001', 'Bus routes', 0);
const proposal: Proposal = {
  id: 'proposal-01',
  text: 'working as equals',
  authorId: 'member-alice',
  authorName: 'Alice',
  anonymous: false,
  createdAt: 1,
  supportCount: 2,
};

function roomWithDraft(text: string, proposalIds: string[] = []): RoomView {
  const draft: DefinitionDraft = { text, proposalIds, updatedAt: 1 };
  return { ...base, definitions: { ...base.definitions, proposals: { [proposal.id]: proposal }, draft } };
}

/** The room's draft changes, as when an echo or another console's change arrives. */
const arrives = (text: string, proposalIds: string[] = []) => act(() => useRoomStore.setState({ view: roomWithDraft(text, proposalIds) }));

const field = () => screen.getByLabelText<HTMLTextAreaElement>('The definition, as the group writes it');
const sentDrafts = () => session.sendCommand.mock.calls.filter(([type]) => type === 'definitions.setDraft').map(([, payload]) => payload as unknown);

beforeEach(() => {
  vi.useFakeTimers();
  session.sendCommand.mockImplementation(() => ({ id: 'cmd-draft', ack: Promise.resolve({ ok: true, version: 2 }) }));
  useRoomStore.setState({ status: 'online', me: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }, view: roomWithDraft('') });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  session.sendCommand.mockReset();
  useRoomStore.setState(initialRoomStore);
});

describe('DraftEditor', () => {
  it('sends the words after a pause in typing, not at every key', async () => {
    render(<DraftEditor />);
    act(() => field().focus());
    fireEvent.change(field(), { target: { value: 'Co-pro' } });
    fireEvent.change(field(), { target: { value: 'Co-production is' } });
    expect(sentDrafts()).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(DRAFT_SEND_DELAY_MS);
      await Promise.resolve();
    });
    expect(sentDrafts()).toEqual([{ text: 'Co-production is', proposalIds: [] }]);
  });

  it('keeps what the facilitator is typing when an older draft arrives from the room', async () => {
    render(<DraftEditor />);
    act(() => field().focus());
    fireEvent.change(field(), { target: { value: 'Co-production is' } });
    await act(async () => {
      vi.advanceTimersByTime(DRAFT_SEND_DELAY_MS);
      await Promise.resolve();
    });
    fireEvent.change(field(), { target: { value: 'Co-production is working' } });
    // The echo of the first send, and then another console's words, arrive while typing goes on.
    arrives('Co-production is');
    arrives('Something else entirely');
    expect(field().value).toBe('Co-production is working');
  });

  it('sends at once when the field is left, then follows the room again', async () => {
    render(<DraftEditor />);
    act(() => field().focus());
    fireEvent.change(field(), { target: { value: 'Working as equals' } });
    await act(async () => {
      field().blur();
      await Promise.resolve();
    });
    expect(sentDrafts()).toEqual([{ text: 'Working as equals', proposalIds: [] }]);

    arrives('Working as equals, sharing power');
    expect(field().value).toBe('Working as equals, sharing power');
  });

  it('keeps the words in the field when the server refuses them', async () => {
    session.sendCommand.mockImplementation(() => ({
      id: 'cmd-draft',
      ack: Promise.resolve({ ok: false, code: 'NOT_FOUND', message: 'Those words are no longer on the list.' }),
    }));
    render(<DraftEditor />);
    act(() => field().focus());
    fireEvent.change(field(), { target: { value: 'Working as equals' } });
    await act(async () => {
      field().blur();
      await Promise.resolve();
    });
    arrives('');
    expect(field().value).toBe('Working as equals');
    expect(screen.getByText('Those words are no longer on the list.')).toBeDefined();
  });

  it('marks a suggestion as drawn on with the words as typed', async () => {
    render(<DraftEditor />);
    act(() => field().focus());
    fireEvent.change(field(), { target: { value: 'Equals' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'The draft uses these words' }));
      await Promise.resolve();
    });
    expect(sentDrafts()).toContainEqual({ text: 'Equals', proposalIds: ['proposal-01'] });
  });
});
