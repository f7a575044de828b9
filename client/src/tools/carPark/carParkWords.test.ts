import { CAR_PARK_TEXT_MAX, createRoomState, FACILITATOR_MEMBER_ID, type CarParkItem, type ClientCommand, type RoomView } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { typedWords, whatWasNotSent } from '../../components/notSentWords.ts';
import { foldPending } from '../../sync/optimistic.ts';
import { buildOutcome } from './buildOutcome.ts';
import { checkItemText } from './checkItemText.ts';
import { carParkSummary, fromMeeting, outcomeText, raisedBy } from './itemWords.ts';

const item = (over: Partial<CarParkItem> = {}): CarParkItem => ({
  id: 'item-0001',
  text: 'Parking for wheelchair users',
  authorId: 'member-1',
  authorName: 'Sam',
  anonymous: false,
  createdAt: 0,
  editedAt: null,
  outcome: null,
  outcomeAt: null,
  meeting: 1,
  ...over,
});

describe('outcomeText', () => {
  it.each([
    [null, 'Not decided yet'],
    [{ kind: 'today' } as const, 'Dealt with today'],
    [{ kind: 'nextMeeting' } as const, 'The group will look at this at the next meeting'],
    [{ kind: 'action', owner: 'Sam', due: '2026-12-03' } as const, 'Action: Sam will do this by 3 December 2026'],
    [{ kind: 'outOfScope', reason: 'The council decides this' } as const, 'Not for this group to decide: The council decides this'],
  ])('says %j as %s', (outcome, words) => {
    expect(outcomeText(outcome)).toBe(words);
  });
});

describe('raisedBy', () => {
  it.each([
    { who: 'someone named', over: {}, me: 'someone-else', words: 'Raised by Sam' },
    { who: 'someone with no name shown', over: { anonymous: true, authorId: null, authorName: null }, me: 'member-1', words: 'Name not shown' },
    { who: 'me', over: {}, me: 'member-1', words: 'You raised this' },
    { who: 'me, with no name shown', over: { anonymous: true, authorName: null }, me: 'member-1', words: 'You raised this (others do not see your name)' },
    { who: 'the host, on a phone', over: { authorId: FACILITATOR_MEMBER_ID, authorName: 'Facilitator' }, me: 'member-1', words: 'Raised by the host' },
    { who: 'the host, on the screen', over: { authorId: FACILITATOR_MEMBER_ID, authorName: 'Facilitator' }, me: null, words: 'Raised by the host' },
  ])('says an item by $who as "$words"', ({ over, me, words }) => {
    expect(raisedBy(item(over), me)).toBe(words);
  });
});

describe('carParkSummary', () => {
  it.each([
    [0, 0, 'Nothing in the car park yet.'],
    [1, 1, '1 item. 1 still to decide.'],
    [3, 2, '3 items. 2 still to decide.'],
    [3, 0, '3 items. All decided.'],
  ])('%i items, %i undecided: %s', (total, undecided, words) => {
    expect(carParkSummary(total, undecided)).toBe(words);
  });
});

describe('checkItemText', () => {
  it.each([
    { typed: '  Parking \n', result: { ok: true, text: 'Parking' } },
    { typed: 'x'.repeat(CAR_PARK_TEXT_MAX), result: { ok: true, text: 'x'.repeat(CAR_PARK_TEXT_MAX) } },
    { typed: ' \n ', result: { ok: false, message: 'Please write something in the item.' } },
    { typed: 'x'.repeat(CAR_PARK_TEXT_MAX + 1), result: { ok: false, message: `The item can be up to ${CAR_PARK_TEXT_MAX} characters.` } },
  ])('reads $typed.length characters the way the server will', ({ typed, result }) => {
    expect(checkItemText(typed)).toEqual(result);
  });
});

describe('buildOutcome', () => {
  const typed = { owner: '', due: '', reason: '' };

  it.each([
    { choice: 'none', fields: typed, result: { ok: true, value: null } },
    { choice: 'today', fields: typed, result: { ok: true, value: { kind: 'today' } } },
    { choice: 'action', fields: { ...typed, owner: ' Priya ', due: '2026-12-03' }, result: { ok: true, value: { kind: 'action', owner: 'Priya', due: '2026-12-03' } } },
    { choice: 'action', fields: { ...typed, due: '2026-12-03' }, result: { ok: false, message: 'Please write who will do it.', field: 'owner' } },
    { choice: 'action', fields: { ...typed, owner: 'Priya' }, result: { ok: false, message: 'Please choose the date it should be done by.', field: 'due' } },
    { choice: 'action', fields: { ...typed, owner: 'Priya', due: '2026-02-30' }, result: { ok: false, message: 'That date does not exist.', field: 'due' } },
    { choice: 'outOfScope', fields: typed, result: { ok: false, message: 'Please write something in the reason.', field: 'reason' } },
  ] as const)('$choice with $fields gives $result.ok', ({ choice, fields, result }) => {
    expect(buildOutcome(choice, fields)).toEqual(result);
  });
});

describe('the car park while changes wait to be sent', () => {
  const view: RoomView = {
    ...createRoomState('room-0001', 'Bus routes', 0),
    carPark: { items: { 'item-0001': item(), 'item-0002': item({ id: 'item-0002', text: 'Toilets' }) } },
  };
  const host = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID } as const;

  it('shows an edit, hides a removal and leaves other items as they were', () => {
    const pending: ClientCommand[] = [
      { id: 'cmd-edit-01', type: 'carPark.edit', payload: { itemId: 'item-0001', text: 'Parking near the door' } },
      { id: 'cmd-remove-1', type: 'carPark.remove', payload: { itemId: 'item-0002' } },
    ];
    const { items } = foldPending(view, pending, host, 1_000).carPark;
    expect(Object.keys(items)).toEqual(['item-0001']);
    expect(items['item-0001']).toMatchObject({ text: 'Parking near the door', editedAt: 1_000, authorName: 'Sam' });
  });
});

describe('the "not sent" list', () => {
  it.each<[ClientCommand, string, string]>([
    [{ id: 'cmd-add-0001', type: 'carPark.add', payload: { text: 'Toilets', anonymous: true } }, 'Your car park item was not added', 'Toilets'],
    [{ id: 'cmd-name-001', type: 'member.setName', payload: { name: null } }, 'Your new name was not saved', ''],
    [{ id: 'cmd-title-01', type: 'room.setTitle', payload: { title: 'Buses' } }, 'The new workshop title was not saved', 'Buses'],
    [
      { id: 'cmd-outcome1', type: 'carPark.setOutcome', payload: { itemId: 'item-0001', outcome: { kind: 'outOfScope', reason: 'Council' } } },
      'The outcome for a car park item was not saved',
      'Council',
    ],
    [{ id: 'cmd-remove-1', type: 'carPark.remove', payload: { itemId: 'item-0001' } }, 'A car park item was not removed', ''],
  ])('says %j as "%s" and keeps the words "%s"', (command, what, words) => {
    expect(whatWasNotSent(command)).toBe(what);
    expect(typedWords(command)).toBe(words);
  });
});

describe('fromMeeting', () => {
  it('names the earlier meeting an item was carried over from, and nothing for this meeting', () => {
    expect(fromMeeting(item({ meeting: 1 }), 2)).toBe('from meeting 1');
    expect(fromMeeting(item({ meeting: 2 }), 2)).toBe('');
    expect(fromMeeting(item(), 1)).toBe('');
  });
});
