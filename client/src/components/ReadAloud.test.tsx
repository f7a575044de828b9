import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud } from './ReadAloud.tsx';

/** A stand-in for the browser's speech: it records what it was asked to say. */
class FakeUtterance {
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  text: string;
  constructor(text: string) {
    this.text = text;
  }
}

const speech = { speak: vi.fn<(utterance: FakeUtterance) => void>(), cancel: vi.fn() };

beforeEach(() => {
  speech.speak.mockReset();
  speech.cancel.mockReset();
  vi.stubGlobal('speechSynthesis', speech);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ReadAloud', () => {
  it('reads the words in British English with the device’s own voice, and can be stopped', () => {
    render(<ReadAloud text="We start on time." what="this card" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud this card' }));

    expect(speech.speak).toHaveBeenCalledTimes(1);
    const utterance = speech.speak.mock.calls[0]?.[0];
    expect(utterance?.text).toBe('We start on time.');
    expect(utterance?.lang).toBe('en-GB');

    speech.cancel.mockReset();
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading this card' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Read aloud this card' })).toBeTruthy();
  });

  it('goes back to "Read aloud" when the voice finishes', () => {
    render(<ReadAloud text="Phones on silent." what="this agreement" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud this agreement' }));
    act(() => speech.speak.mock.calls[0]?.[0].onend?.());
    expect(screen.getByRole('button', { name: 'Read aloud this agreement' })).toBeTruthy();
  });

  it('stops the voice when the words it reads leave the page', () => {
    const { unmount } = render(<ReadAloud text="Parked for later." what="this item" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud this item' }));
    speech.cancel.mockReset();
    unmount();
    expect(speech.cancel).toHaveBeenCalled();
  });

  it('is not shown when the browser cannot speak', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    // A browser without speech has neither; removing the constructor is what the check looks for.
    vi.stubGlobal('SpeechSynthesisUtterance', undefined);
    render(<ReadAloud text="Anything" what="this card" />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
