import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { agreement, roomWith } from './agreementTestRoom.ts';
import { ScreenAgreements } from './ScreenAgreements.tsx';

const breaks = agreement('ag-breaks-01', 'We take breaks', 'a0');
const finish = agreement('ag-finish-01', 'We let people finish', 'a1');
const phones = agreement('ag-phones-01', 'Phones on silent', '', { status: 'proposed', adoptedAt: null });

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('ScreenAgreements', () => {
  it('shows the open round as counts, never reasons or names, even if the view held them', () => {
    const round = { agreementId: phones.id, number: 1, version: 1, openedAt: 0, counts: { agree: 5, notSure: 2, cannotAgree: 2 } };
    const reason = { answer: 'cannotAgree' as const, text: 'I need my phone for my child', name: 'Chen' };
    useRoomStore.setState({
      me: { role: 'screen', memberId: null },
      presence: { facilitators: 1, participants: 14, screens: 1 },
      view: roomWith([breaks, phones], { round, roundReasons: { 1: reason } }),
    });
    render(<ScreenAgreements />);
    expect(screen.getByText('Phones on silent')).toBeTruthy();
    expect(screen.getByText('9 of 14 have answered')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['5 agree', '2 not sure', '2 can’t agree']);
    expect(document.body.textContent).not.toContain('Chen');
    expect(document.body.textContent).not.toContain('my child');
  });

  it('shows the adopted agreements in the group’s order, and the examples only when shown', () => {
    useRoomStore.setState({ me: { role: 'screen', memberId: null }, view: roomWith([finish, phones, breaks]) });
    render(<ScreenAgreements />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['We take breaks', 'We let people finish']);
    expect(screen.queryByRole('heading', { name: 'Ideas to start from' })).toBeNull();
    cleanup();
    useRoomStore.setState({ view: roomWith([finish, breaks], { examplesShown: true }) });
    render(<ScreenAgreements />);
    expect(screen.getByRole('heading', { name: 'Ideas to start from' })).toBeTruthy();
  });

  it('shows a check-in as how many checked in and which agreements are flagged, by how many', () => {
    const checkIn = { number: 1, startedAt: 0, endedAt: null, agreementIds: [breaks.id, finish.id], talk: { [finish.id]: 2, [breaks.id]: 0 }, done: 5, outcomes: {}, meeting: 2 };
    useRoomStore.setState({ me: { role: 'screen', memberId: null }, view: roomWith([breaks, finish], { checkIns: [checkIn] }, 2) });
    render(<ScreenAgreements />);
    expect(screen.getByText('5 people have checked in')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['We let people finish2 people want to talk about this']);
  });
});
