import { createRoomState, type GlossaryEntry, type RoomView } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { GlossaryText } from './GlossaryText.tsx';
import { testEntry } from './glossaryTestEntries.ts';

const base = createRoomState('room-0001', 'Bus routes', 0);
const withGlossary = (...entries: GlossaryEntry[]): RoomView => ({ ...base, glossary: { entries: Object.fromEntries(entries.map((e) => [e.id, e])) } });
const commissioning = testEntry('commissioning', { meaning: 'Deciding which services to pay for.' });

beforeEach(() => {
  useRoomStore.setState({ status: 'online', me: { role: 'participant', memberId: 'member-alice' }, view: withGlossary(commissioning) });
});

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('GlossaryText', () => {
  it('makes an agreed word a button that shows its meaning just after it, and hides it again', () => {
    const { container } = render(<GlossaryText text="Who does the Commissioning next year?" />);
    expect(container.textContent).toBe('Who does the Commissioning (commissioning: Deciding which services to pay for.) next year?');
    const word = screen.getByRole('button', { name: 'Commissioning' });
    const meaning = document.getElementById(word.getAttribute('aria-controls') ?? '');
    expect(word.getAttribute('aria-expanded')).toBe('false');
    expect(meaning?.hidden).toBe(true);

    fireEvent.click(word);
    expect(word.getAttribute('aria-expanded')).toBe('true');
    expect(meaning?.hidden).toBe(false);
    expect(meaning?.textContent).toContain('Deciding which services to pay for.');

    fireEvent.click(word);
    expect(word.getAttribute('aria-expanded')).toBe('false');
    expect(meaning?.hidden).toBe(true);
  });

  it('marks every time the word appears, each with its own meaning to open', () => {
    render(<GlossaryText text="commissioning, then more commissioning" />);
    const words = screen.getAllByRole('button', { name: 'commissioning' });
    expect(words).toHaveLength(2);
    fireEvent.click(words[1]!);
    expect(words[0]!.getAttribute('aria-expanded')).toBe('false');
    expect(words[1]!.getAttribute('aria-expanded')).toBe('true');
  });

  it('marks a word as soon as the group agrees it, and stops when it is no longer agreed', () => {
    useRoomStore.setState({ view: withGlossary({ ...commissioning, agreed: false }) });
    render(<GlossaryText text="About commissioning" />);
    expect(screen.queryByRole('button')).toBeNull();

    act(() => useRoomStore.setState({ view: withGlossary(commissioning) }));
    expect(screen.getByRole('button', { name: 'commissioning' })).toBeDefined();

    act(() => useRoomStore.setState({ view: withGlossary({ ...commissioning, agreed: false }) }));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('on the projector marks the word without a button, since nobody can tap it', () => {
    const { container } = render(<GlossaryText text="About commissioning" interactive={false} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('.glossary-word-static')?.textContent).toBe('commissioning');
    expect(container.textContent).toBe('About commissioning');
  });
});
