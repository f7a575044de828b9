import { FACILITATOR_MEMBER_ID, type CheckIn } from '@roundtable/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { agreement, roomWith } from './agreementTestRoom.ts';
import { AgreementsConsole } from './AgreementsConsole.tsx';

const OFFER = 'This is meeting 2. Start by checking the agreements still work for everyone.';
const breaks = agreement('ag-breaks-01', 'We take breaks', 'a0');
const finish = agreement('ag-finish-01', 'We let people finish', 'a1');
const checkIn = (meeting: number, endedAt: number | null): CheckIn => ({
  number: 1,
  startedAt: 0,
  endedAt,
  agreementIds: [breaks.id, finish.id],
  talk: {},
  done: 0,
  outcomes: {},
  meeting,
});

function show(view: ReturnType<typeof roomWith>) {
  useRoomStore.setState({ status: 'online', me: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }, view });
  render(<AgreementsConsole />);
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  useRoomStore.setState(initialRoomStore);
});

describe('AgreementsConsole in a meeting that follows on', () => {
  it('first offers the check-in, with one button to start it', () => {
    show(roomWith([breaks, finish], {}, 2));
    expect(screen.getByText(OFFER)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Start the check-in' })).toHaveLength(1);
  });

  it('stops offering once this meeting has had its check-in', () => {
    show(roomWith([breaks, finish], { checkIns: [checkIn(2, 5)] }, 2));
    expect(screen.queryByText(OFFER)).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Start the check-in' })).toHaveLength(1);
  });

  it('does not offer it in a first meeting, nor with no agreements to check', () => {
    show(roomWith([breaks], {}, 1));
    expect(screen.queryByText(/^This is meeting/)).toBeNull();
    cleanup();
    show(roomWith([], {}, 3));
    expect(screen.queryByText(/^This is meeting/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start the check-in' })).toBeNull();
  });

  it('during a check-in, lists the agreements with how many want to talk about each', () => {
    show(roomWith([breaks, finish], { checkIns: [{ ...checkIn(2, null), talk: { [finish.id]: 1 }, done: 2 }] }, 2));
    expect(screen.getByText('2 people have checked in')).toBeTruthy();
    expect(screen.getByText('1 person wants to talk about this')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keep it “We let people finish”' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Finish the check-in' })).toBeTruthy();
  });

  it('names each Move button after its agreement, and marks the ends as going nowhere', () => {
    show(roomWith([finish, breaks]));
    const up = screen.getByRole('button', { name: 'Move up “We take breaks”' });
    const down = screen.getByRole('button', { name: 'Move down “We let people finish”' });
    expect(up.getAttribute('aria-disabled')).toBe('true');
    expect(down.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'Move down “We take breaks”' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('keeps dropped agreements in the record, out of the group’s list', () => {
    const phones = agreement('ag-phones-01', 'Phones on silent', '', { status: 'dropped', adoptedAt: null, statusAt: 5 });
    show(roomWith([breaks, phones]));
    expect(screen.getByRole('list', { name: 'Our agreements, in order' }).textContent).not.toContain('Phones on silent');
    expect(screen.getByText('Agreements the group let go (1)')).toBeTruthy();
    expect(screen.getByText(/^Dropped in a round/)).toBeTruthy();
  });
});
