import type { ClientCommand, RoomView } from '@roundtable/shared';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { agreement, roomWith } from './agreementTestRoom.ts';
import { PhoneRound } from './PhoneRound.tsx';

const MEMBER = 'member-aisha-1';
const phones = agreement('ag-phones-01', 'Phones on silent', '', { status: 'proposed', adoptedAt: null });
const round = { agreementId: phones.id, number: 1, version: 1, openedAt: 0, counts: { agree: 0, notSure: 0, cannotAgree: 0 } };
const member = { id: MEMBER, name: 'Aisha', role: 'participant' as const, joinedAt: 0 };
const room = (patch: Partial<RoomView['agreements']> = {}): RoomView => ({ ...roomWith([phones], { round, ...patch }), members: { [MEMBER]: member } });
const answerCommand: ClientCommand = { id: 'cmd-answer-0001', type: 'agreements.answer', payload: { answer: 'agree', reason: null, named: false } };

beforeEach(() => {
  useRoomStore.setState({ status: 'online', me: { role: 'participant', memberId: MEMBER }, view: room() });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  useRoomStore.setState(initialRoomStore);
});

describe('PhoneRound', () => {
  it('asks for an answer, with none pressed, until one is given', () => {
    render(<PhoneRound round={round} />);
    expect(screen.getByText('Phones on silent')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Tap the answer that fits for you.');
    for (const name of ['I agree', 'I’m not sure', 'I can’t agree']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-pressed')).toBe('false');
    }
  });

  it('shows the answer chosen at once, but says it is counted only once the server has it', () => {
    useRoomStore.setState({ pending: [answerCommand] });
    render(<PhoneRound round={round} />);
    expect(screen.getByRole('button', { name: 'I agree' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Sending your answer…');

    const record = { answer: 'agree' as const, reason: null, named: false, reasonKey: '1' };
    act(() => useRoomStore.setState({ pending: [], view: room({ roundAnswers: { [MEMBER]: record }, round: { ...round, counts: { agree: 1, notSure: 0, cannotAgree: 0 } } }) }));
    expect(screen.getByRole('status').textContent).toMatch(/^Your answer has been counted/);
    expect(screen.getByRole('button', { name: 'I agree' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers to send a reason typed after answering, and keeps it through a reload', () => {
    const record = { answer: 'notSure' as const, reason: null, named: false, reasonKey: '1' };
    useRoomStore.setState({ view: room({ roundAnswers: { [MEMBER]: record } }) });
    const { unmount } = render(<PhoneRound round={round} />);
    expect(screen.queryByRole('button', { name: 'Send my reason' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Want to say why? You don’t have to.'), { target: { value: 'I need my phone for my child' } });
    expect(screen.getByRole('button', { name: 'Send my reason' })).toBeTruthy();
    unmount();
    render(<PhoneRound round={round} />);
    expect((screen.getByLabelText('Want to say why? You don’t have to.') as HTMLTextAreaElement).value).toBe('I need my phone for my child');
  });
});
