import { createRoomState, type CommandAck, type RoomState } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { SummaryShare } from './SummaryShare.tsx';

const session = vi.hoisted(() => ({ sendCommand: vi.fn(), handOverCommand: vi.fn() }));
vi.mock('../../sync/session.ts', () => session);

const saved: CommandAck = { ok: true, version: 3 };

function showRoom(summary: RoomState['summary']) {
  useRoomStore.setState({
    status: 'online',
    me: { role: 'facilitator', memberId: 'facilitator' },
    view: { ...createRoomState('room-0001', 'Bus routes', 0), summary },
  });
}

async function press(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
}

beforeEach(() => {
  session.sendCommand.mockImplementation(() => ({ id: 'cmd-summary-01', ack: Promise.resolve(saved) }));
});

afterEach(() => {
  cleanup();
  session.sendCommand.mockReset();
  useRoomStore.setState(initialRoomStore);
});

describe('SummaryShare', () => {
  it('makes a link with a fresh secret, leaving names out unless the box is ticked', async () => {
    showRoom({ token: null, includeNames: false });
    render(<SummaryShare roomId="room-0001" />);
    expect(screen.getByRole('checkbox', { name: 'Show the names people gave' })).toHaveProperty('checked', false);

    await press('Make a summary link');

    expect(session.sendCommand).toHaveBeenCalledWith('summary.share', { token: expect.stringMatching(/^[\w-]{22}$/), includeNames: false });
  });

  it('shows the link to hand on, what it shows, and stops sharing', async () => {
    showRoom({ token: 'summary-token-0001', includeNames: true });
    render(<SummaryShare roomId="room-0001" />);
    expect(screen.getByLabelText('Summary link')).toHaveProperty('value', `${window.location.origin}/r/room-0001/summary-token-0001`);
    expect(screen.getByText('The summary shows the names people gave.')).toBeTruthy();

    await press('Leave out names');
    expect(session.sendCommand).toHaveBeenLastCalledWith('summary.share', { token: 'summary-token-0001', includeNames: false });

    await press('Stop sharing');
    expect(session.sendCommand).toHaveBeenLastCalledWith('summary.stop', {});
  });
});
