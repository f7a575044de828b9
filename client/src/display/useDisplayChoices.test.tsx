import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DISPLAY_KEY } from './displayChoices.ts';
import { DisplayChoices } from './DisplayChoices.tsx';
import { reloadDisplayChoices, setDisplayChoice, startDisplayChoices } from './useDisplayChoices.ts';

/** Makes the device say whether it wants less motion, as a browser's matchMedia would. */
function deviceWantsLessMotion(wants: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: wants && query.includes('reduce'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

const root = document.documentElement;

beforeEach(() => {
  localStorage.clear();
  deviceWantsLessMotion(false);
  reloadDisplayChoices();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('display choices', () => {
  it('starts at normal text, standard contrast, moving and standard spacing', () => {
    startDisplayChoices();
    expect(root.dataset).toMatchObject({ textSize: '100', contrast: 'standard', calm: 'off', spacing: 'standard' });
  });

  it('applies a choice to the page at once and remembers it on the device', () => {
    setDisplayChoice('textSize', 200);
    setDisplayChoice('highContrast', true);
    setDisplayChoice('wideSpacing', true);
    expect(root.dataset).toMatchObject({ textSize: '200', contrast: 'high', spacing: 'wide' });

    root.removeAttribute('data-text-size');
    root.removeAttribute('data-contrast');
    reloadDisplayChoices();
    expect(root.dataset).toMatchObject({ textSize: '200', contrast: 'high', spacing: 'wide' });
    expect(JSON.parse(localStorage.getItem(DISPLAY_KEY) ?? '{}')).toMatchObject({ textSize: 200, highContrast: true });
  });

  it('is calm without being asked on a device that wants less motion, until the person says otherwise', () => {
    deviceWantsLessMotion(true);
    reloadDisplayChoices();
    expect(root.dataset.calm).toBe('on');

    setDisplayChoice('calm', false);
    expect(root.dataset.calm).toBe('off');
    setDisplayChoice('calm', true);
    deviceWantsLessMotion(false);
    reloadDisplayChoices();
    expect(root.dataset.calm).toBe('on');
  });

  it('ignores a stored value it does not know, rather than breaking the page', () => {
    localStorage.setItem(DISPLAY_KEY, JSON.stringify({ textSize: 900, highContrast: 'yes' }));
    reloadDisplayChoices();
    expect(root.dataset).toMatchObject({ textSize: '100', contrast: 'standard' });
  });

  it('opens from the Display button and sets each choice from its control', () => {
    render(<DisplayChoices />);
    const toggle = screen.getByRole('button', { name: 'Display' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(screen.getByRole('radio', { name: 'Bigger' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /High contrast/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Calm/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /More space/ }));
    expect(root.dataset).toMatchObject({ textSize: '150', contrast: 'high', calm: 'on', spacing: 'wide' });
    expect((screen.getByRole('radio', { name: 'Bigger' }) as HTMLInputElement).checked).toBe(true);

    act(() => screen.getByRole('button', { name: 'Close display choices' }).click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});
