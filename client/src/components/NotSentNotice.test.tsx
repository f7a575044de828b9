import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore, type RejectedCommand } from '../store/roomStore.ts';
import { NotSentNotice } from './NotSentNotice.tsx';

const refused = (id: string, text: string): RejectedCommand => ({
  command: { id, type: 'carPark.add', payload: { text, anonymous: false } },
  message: 'The car park is full (1000 items).',
});

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('NotSentNotice', () => {
  it('lists what was kept from before quietly, and announces only a new refusal', () => {
    useRoomStore.setState({ rejected: [refused('cmd-add-0001', 'From before the reload')] });
    render(<NotSentNotice />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('');
    expect(screen.getByLabelText('What you typed')).toHaveProperty('value', 'From before the reload');

    act(() => useRoomStore.setState({ rejected: [...useRoomStore.getState().rejected, refused('cmd-add-0002', 'Just now')] }));
    expect(alert.textContent).toBe('Not sent. Your car park item was not added. The car park is full (1000 items).');

    const announced = alert.firstChild;
    act(() => useRoomStore.setState({ rejected: useRoomStore.getState().rejected.slice(1) }));
    expect(alert.firstChild).toBe(announced);
  });

  it('selects the words and says how to copy them when the clipboard cannot be used', async () => {
    useRoomStore.setState({ rejected: [refused('cmd-add-0001', 'Keep these words')] });
    Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(() => false) });
    render(<NotSentNotice />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Copy/ })));
    const field = screen.getByLabelText('What you typed');
    expect(document.activeElement).toBe(field);
    expect(screen.getByText(/Your words are selected/)).toBeDefined();
    Reflect.deleteProperty(document, 'execCommand');
  });
});
