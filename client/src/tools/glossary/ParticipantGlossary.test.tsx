import { createRoomState, type CommandAck, type GlossaryEntry, type RoomView } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { askToAddWord } from './glossaryIntent.ts';
import { testEntry } from './glossaryTestEntries.ts';
import { ParticipantGlossary } from './ParticipantGlossary.tsx';

const session = vi.hoisted(() => ({ sendCommand: vi.fn(), handOverCommand: vi.fn() }));
vi.mock('../../sync/session.ts', () => session);

const base = createRoomState('room-0001', 'Bus routes', 0);
const withGlossary = (...entries: GlossaryEntry[]): RoomView => ({ ...base, glossary: { entries: Object.fromEntries(entries.map((e) => [e.id, e])) } });
const advocate = testEntry('advocate', { meaning: 'Someone who speaks up for you.' });
const carePlan = testEntry('Care plan', { meaning: 'Your support, written down.', agreed: false });
const commissioning = testEntry('commissioning', { meaning: null, agreed: false });

const list = () => screen.getByRole('list', { name: 'Words, A to Z' });
const terms = () => within(list()).getAllByRole('heading').map((heading) => heading.textContent);
const saved: CommandAck = { ok: true, version: 2 };

beforeEach(() => {
  localStorage.clear();
  useRoomStore.setState({ status: 'online', me: { role: 'participant', memberId: 'member-alice' }, view: withGlossary(commissioning, carePlan, advocate) });
});

afterEach(() => {
  cleanup();
  session.sendCommand.mockReset();
  useRoomStore.setState(initialRoomStore);
});

describe('ParticipantGlossary', () => {
  it('lists the words A to Z, saying which are agreed and which still need a meaning', () => {
    render(<ParticipantGlossary />);
    expect(terms()).toEqual(['advocate', 'Care plan', 'commissioning']);
    const [first, second, third] = within(list()).getAllByRole('listitem');
    expect(first!.textContent).toContain('Agreed by the group');
    expect(first!.textContent).toContain('Someone who speaks up for you.');
    expect(within(first!).queryByRole('button', { name: /Suggest/ })).toBeNull();
    expect(within(second!).getByRole('button', { name: 'Suggest a better meaning' })).toBeDefined();
    expect(third!.textContent).toContain('Waiting for a meaning');
    expect(within(third!).getByRole('button', { name: 'Suggest a meaning' })).toBeDefined();
  });

  it('filters the list as someone types, by word or meaning, and says how many match', () => {
    render(<ParticipantGlossary />);
    const search = screen.getByRole('searchbox', { name: 'Look up a word' });
    fireEvent.change(search, { target: { value: 'CARE' } });
    expect(terms()).toEqual(['Care plan']);
    expect(screen.getByText('1 of 3 words matches “CARE”.').getAttribute('role')).toBe('status');

    fireEvent.change(search, { target: { value: 'speaks' } });
    expect(terms()).toEqual(['advocate']);

    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(terms()).toHaveLength(3);
    expect(document.activeElement).toBe(search);
  });

  it('sends a new word with no meaning, then empties the form', async () => {
    session.sendCommand.mockImplementationOnce(() => ({ id: 'cmd-add-0001', ack: Promise.resolve(saved) }));
    render(<ParticipantGlossary />);
    fireEvent.change(screen.getByLabelText('The word or words'), { target: { value: '  co-production ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add the word' }));
      await Promise.resolve();
    });
    expect(session.sendCommand).toHaveBeenCalledWith('glossary.add', { term: 'co-production', meaning: null });
    expect(screen.getByLabelText<HTMLInputElement>('The word or words').value).toBe('');
    expect(screen.getByText('Added “co-production”.')).toBeDefined();
  });

  it('refuses a word already there in the reducer’s words, keeps what was typed, and shows the word', () => {
    render(<ParticipantGlossary />);
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'advocate' } });
    fireEvent.change(screen.getByLabelText('The word or words'), { target: { value: 'CARE PLAN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the word' }));
    expect(screen.getByRole('alert').textContent).toBe('“Care plan” is already in the glossary.');
    expect(session.sendCommand).not.toHaveBeenCalled();
    expect(screen.getByLabelText<HTMLInputElement>('The word or words').value).toBe('CARE PLAN');

    fireEvent.click(screen.getByRole('button', { name: 'Show “Care plan” in the list' }));
    expect(terms()).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Care plan' }));
  });

  it('keeps a word being typed through a reload', () => {
    const first = render(<ParticipantGlossary />);
    fireEvent.change(screen.getByLabelText('The word or words'), { target: { value: 'respite' } });
    fireEvent.change(screen.getByLabelText(/What it means/), { target: { value: 'A break for carers' } });
    first.unmount();

    render(<ParticipantGlossary />);
    expect(screen.getByLabelText<HTMLInputElement>('The word or words').value).toBe('respite');
    expect(screen.getByLabelText<HTMLTextAreaElement>(/What it means/).value).toBe('A break for carers');
  });

  it('puts the cursor in the word box when sent from the "Please explain that" card, once', () => {
    askToAddWord();
    const first = render(<ParticipantGlossary />);
    expect(document.activeElement).toBe(screen.getByLabelText('The word or words'));
    first.unmount();

    render(<ParticipantGlossary />);
    expect(document.activeElement).toBe(document.body);
  });

  it('shows the group’s agreed definition at the top, once there is one', () => {
    render(<ParticipantGlossary />);
    expect(screen.queryByRole('heading', { name: 'Our definition' })).toBeNull();
    const definition = { number: 1, text: 'Working together as equals, with an advocate if you like.', proposalIds: [], adoptedAt: 0 };
    const view = withGlossary(advocate);
    act(() => useRoomStore.setState({ view: { ...view, definitions: { ...view.definitions, versions: [definition] } } }));
    const region = screen.getByRole('region', { name: 'Our definition' });
    expect(region.textContent).toContain('Working together as equals');
    expect(within(region).getByRole('button', { name: 'advocate' })).toBeDefined();
  });
});
