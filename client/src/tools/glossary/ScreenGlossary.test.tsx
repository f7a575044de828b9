import { createRoomState, type GlossaryEntry, type RoomView } from '@roundtable/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { testEntry } from './glossaryTestEntries.ts';
import { SCREEN_MAX_WORDS, ScreenGlossary } from './ScreenGlossary.tsx';

const base = createRoomState('room-0001', 'Bus routes', 0);
const show = (...entries: GlossaryEntry[]) => {
  const view: RoomView = { ...base, glossary: { entries: Object.fromEntries(entries.map((e) => [e.id, e])) } };
  useRoomStore.setState({ status: 'online', me: { role: 'screen', memberId: null }, view });
};
const shownTerms = () => [...document.querySelectorAll('dt')].map((term) => term.textContent);

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('ScreenGlossary', () => {
  it('shows agreed words A to Z with their meanings, and names the words still to explain', () => {
    show(testEntry('respite', { meaning: null, agreed: false }), testEntry('commissioning'), testEntry('Advocate'), testEntry('care plan', { agreed: false }));
    render(<ScreenGlossary />);
    expect(shownTerms()).toEqual(['Advocate', 'commissioning']);
    expect(screen.getByText('What commissioning means.')).toBeDefined();
    expect(screen.getByText('Words to explain:').parentElement?.textContent).toBe('Words to explain: care plan, respite.');
  });

  it('with 40 words shows the newest that fit, A to Z, and says how many there are', () => {
    const words = Array.from({ length: 40 }, (_, index) => testEntry(`word ${String(index).padStart(2, '0')}`, { updatedAt: index }));
    show(...words);
    render(<ScreenGlossary />);
    expect(shownTerms()).toEqual(words.slice(-SCREEN_MAX_WORDS).map((word) => word.term));
    expect(screen.getByText(`Showing the ${SCREEN_MAX_WORDS} newest of 40 words. All of them are under Words on your phone.`)).toBeDefined();
  });

  it('says how to ask about a word before any meaning is agreed', () => {
    show();
    render(<ScreenGlossary />);
    expect(screen.getByText(/No meanings agreed yet/)).toBeDefined();
  });
});
