import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../store/roomStore.ts';
import { ConnectionBanner } from './ConnectionBanner.tsx';

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('ConnectionBanner', () => {
  it('says at once when the workshop cannot save changes, and that nothing is lost, until one is saved', () => {
    useRoomStore.setState({ status: 'online' });
    render(<ConnectionBanner onConsole={false} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('');

    act(() => useRoomStore.setState({ savingProblem: 'Your change could not be saved. Please try again in a moment.' }));
    expect(alert.textContent).toContain('Your change could not be saved.');
    expect(alert.textContent).toContain('kept on this device');

    act(() => useRoomStore.setState({ savingProblem: null }));
    expect(alert.textContent).toBe('');
  });
});
