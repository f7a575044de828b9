import { createRoomState, FACILITATOR_MEMBER_ID, type CommandAck, type GlossaryEntry, type RoomView } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { GlossaryConsole } from './GlossaryConsole.tsx';
import { testEntry } from './glossaryTestEntries.ts';

const session = vi.hoisted(() => ({ sendCommand: vi.fn(), handOverCommand: vi.fn() }));
vi.mock('../../sync/session.ts', () => session);

const base = createRoomState('room-0001', 'Bus routes', 0);
const withGlossary = (...entries: GlossaryEntry[]): RoomView => ({ ...base, glossary: { entries: Object.fromEntries(entries.map((e) => [e.id, e])) } });
const advocate = testEntry('advocate');
const carePlan = testEntry('Care plan', { agreed: false });
const respite = testEntry('respite', { meaning: null, agreed: false });
const commissioning = testEntry('commissioning', { meaning: null, agreed: false });
const saved: CommandAck = { ok: true, version: 2 };

const entry = (term: string) => screen.getByRole('article', { name: term });
/** What a word's error messages say: each control has its own, mostly empty. */
const alerts = (term: string) => within(entry(term)).getAllByRole('alert').map((alert) => alert.textContent).join('');

beforeEach(() => {
  localStorage.clear();
  useRoomStore.setState({
    status: 'online',
    me: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID },
    view: withGlossary(respite, advocate, carePlan, commissioning),
  });
  session.sendCommand.mockImplementation(() => ({ id: 'cmd-console-1', ack: Promise.resolve(saved) }));
});

afterEach(() => {
  cleanup();
  session.sendCommand.mockReset();
  useRoomStore.setState(initialRoomStore);
});

describe('GlossaryConsole', () => {
  it('counts the words and lists those waiting for a meaning first, each group A to Z', () => {
    render(<GlossaryConsole />);
    expect(screen.getByText('4 words, 2 waiting for a meaning.')).toBeDefined();
    const list = screen.getByRole('list', { name: 'Words, those waiting for a meaning first' });
    expect(within(list).getAllByRole('heading').map((heading) => heading.textContent)).toEqual(['commissioning', 'respite', 'advocate', 'Care plan']);
  });

  it('will not mark a word agreed before it has a meaning, and says why', () => {
    render(<GlossaryConsole />);
    const agree = within(entry('respite')).getByRole('button', { name: 'Mark as agreed' });
    expect(agree.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(agree);
    expect(alerts('respite')).toBe('Please write the meaning before marking it agreed.');
    expect(session.sendCommand).not.toHaveBeenCalled();
  });

  it('marks a word with a meaning as agreed, and an agreed one as not agreed', async () => {
    render(<GlossaryConsole />);
    await act(async () => {
      fireEvent.click(within(entry('Care plan')).getByRole('button', { name: 'Mark as agreed' }));
      await Promise.resolve();
    });
    expect(session.sendCommand).toHaveBeenLastCalledWith('glossary.setAgreed', { entryId: carePlan.id, agreed: true });
    await act(async () => {
      fireEvent.click(within(entry('advocate')).getByRole('button', { name: 'Mark as not agreed' }));
      await Promise.resolve();
    });
    expect(session.sendCommand).toHaveBeenLastCalledWith('glossary.setAgreed', { entryId: advocate.id, agreed: false });
  });

  it('writes a meaning in place, with the cursor in the box, and goes back to the button after', async () => {
    render(<GlossaryConsole />);
    const write = within(entry('respite')).getByRole('button', { name: 'Write the meaning' });
    fireEvent.click(write);
    const box = screen.getByLabelText('What “respite” means');
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: ' A short break for a carer. ' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save the meaning' }));
      await Promise.resolve();
    });
    expect(session.sendCommand).toHaveBeenCalledWith('glossary.setMeaning', { entryId: respite.id, meaning: 'A short break for a carer.' });
    expect(screen.queryByLabelText('What “respite” means')).toBeNull();
    expect(document.activeElement).toBe(write);
  });

  it('refuses a new spelling that another word already has, keeping the change', () => {
    render(<GlossaryConsole />);
    fireEvent.click(within(entry('respite')).getByRole('button', { name: 'Change the word' }));
    const box = screen.getByLabelText('The word, as it should be written');
    fireEvent.change(box, { target: { value: 'ADVOCATE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the word' }));
    expect(alerts('respite')).toBe('“advocate” is already in the glossary.');
    expect(box).toHaveProperty('value', 'ADVOCATE');
    expect(session.sendCommand).not.toHaveBeenCalled();
  });
});
