import { createRoomState, ErrorCode, fail, type CommandAck } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { BreakRequest } from './BreakRequest.tsx';

const session = vi.hoisted(() => ({ sendCommand: vi.fn(), handOverCommand: vi.fn() }));
vi.mock('../../sync/session.ts', () => session);

/** The server's answers to the phone's requests, in order. */
function serverAnswers(...acks: CommandAck[]) {
  for (const [index, ack] of acks.entries()) {
    session.sendCommand.mockImplementationOnce(() => ({ id: `cmd-break-${index}`, ack: Promise.resolve(ack) }));
  }
}

const saved: CommandAck = { ok: true, version: 7 };
const alreadyKnown = fail(ErrorCode.CONFLICT, 'The host already knows you would like a break.');

async function tap() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'I need a break' }));
    await Promise.resolve();
  });
}

beforeEach(() => {
  useRoomStore.setState({
    status: 'online',
    me: { role: 'participant', memberId: 'member-alice' },
    view: createRoomState('room-0001', 'Bus routes', 0),
  });
});

afterEach(() => {
  cleanup();
  session.sendCommand.mockReset();
  useRoomStore.setState(initialRoomStore);
});

describe('BreakRequest', () => {
  it('asks again after the host has cleared the requests, and takes "already knows" calmly', async () => {
    serverAnswers(saved, alreadyKnown, saved);
    render(<BreakRequest />);
    const note = screen.getByRole('status');
    const alert = screen.getByRole('alert');

    await tap();
    expect(note.textContent).toBe('The host has been told. Nobody else sees this.');

    // A second tap before the host clears: sent, and the server's answer is a note, not an error.
    await tap();
    expect(note.textContent).toBe('The host already knows you would like a break. Nobody else sees this.');
    expect(alert.textContent).toBe('');

    // The host clears the requests (the phone is not told). The next tap is sent and counts again.
    await tap();
    expect(note.textContent).toBe('The host has been told. Nobody else sees this.');
    expect(alert.textContent).toBe('');
    expect(session.sendCommand).toHaveBeenCalledTimes(3);
    expect(session.sendCommand).toHaveBeenLastCalledWith('queue.requestBreak', {});
  });

  it('shows any other refusal as an error', async () => {
    serverAnswers(fail(ErrorCode.RATE_LIMITED, 'Too many taps. Please wait a moment.'));
    render(<BreakRequest />);
    await tap();
    expect(screen.getByRole('alert').textContent).toBe('Too many taps. Please wait a moment.');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
