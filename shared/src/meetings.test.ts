import { describe, expect, it } from 'vitest';
import { FACILITATOR_MEMBER_ID } from './audience.ts';
import { carriesOver, nextMeetingState } from './meetings.ts';
import { applyCommand, type AnyCommand } from './reducer.ts';
import { createRoomState, roomStateSchema, type RoomState } from './state.ts';
import type { Outcome } from './tools/carPark.ts';
import { AgreementsRoom, deepFreeze, FACILITATOR, memberOf, MINUTE, NOW, phone } from './tools/agreementsTestRoom.ts';

const NEXT_WEEK = NOW + 7 * 24 * 60 * MINUTE;
const IN_A_MONTH = NEXT_WEEK + 21 * 24 * 60 * MINUTE;

/** What happened to each parked item in the first meeting, by item id. */
const OUTCOMES: Record<string, Outcome | null> = {
  'item-open-0001': null,
  'item-next-0001': { kind: 'nextMeeting' },
  'item-action-01': { kind: 'action', owner: 'Sam', due: '2026-04-01' },
  'item-today-001': { kind: 'today' },
  'item-scope-001': { kind: 'outOfScope', reason: 'The council decides this' },
};

/**
 * A first meeting with something of everything: agreements adopted (one after a rewording), one
 * still proposed with a round open on it, one dropped, one retired at a check-in; parked items with
 * every outcome; a definition agreed twice, with answers and a suggestion; a glossary; a queue.
 */
function firstMeeting(): RoomState {
  const room = new AgreementsRoom();
  room.propose(phone('ana'), 'agreement-turns', 'We take turns', true);
  room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-turns' });
  room.answer('ben', 'cannotAgree', 'Too short', true);
  room.run(FACILITATOR, 'agreements.closeRound', { decision: 'reworded', text: 'We take turns to speak' });
  room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-turns' });
  room.answer('ben', 'agree');
  room.run(FACILITATOR, 'agreements.closeRound', { decision: 'adopted' });
  room.adopt('agreement-time', 'We start on time');
  room.adopt('agreement-gone', 'We meet at the library');
  room.propose(FACILITATOR, 'agreement-drop', 'We meet on Sundays');
  room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-drop' });
  room.run(FACILITATOR, 'agreements.closeRound', { decision: 'dropped' });
  room.run(FACILITATOR, 'agreements.startCheckIn');
  room.run(phone('ana'), 'agreements.checkIn', { agreementId: 'agreement-gone', mark: 'talk' });
  room.run(FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-gone', outcome: 'retired' });
  room.run(FACILITATOR, 'agreements.endCheckIn');
  room.propose(phone('cy'), 'agreement-wait', 'We bring snacks');
  room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-wait' });
  room.answer('ana', 'agree', 'Yes please', true);
  room.run(FACILITATOR, 'agreements.showExamples', { shown: true });

  for (const [itemId, outcome] of Object.entries(OUTCOMES)) {
    room.run(phone('ana'), 'carPark.add', { text: `About ${itemId}`, anonymous: itemId === 'item-open-0001' }, NOW, itemId);
    if (outcome) room.run(FACILITATOR, 'carPark.setOutcome', { itemId, outcome });
  }
  room.run(phone('ben'), 'definitions.answer', { cardId: 'starter-card-01', answer: 'agree' });
  room.run(FACILITATOR, 'definitions.setRevealed', { revealed: true });
  room.run(FACILITATOR, 'definitions.addCard', { text: 'Carers are part of it' }, NOW, 'card-carers-01');
  room.run(phone('ana'), 'definitions.propose', { text: 'Working as equals', anonymous: false }, NOW, 'proposal-ana-1');
  room.run(FACILITATOR, 'definitions.setDraft', { text: 'Working together', proposalIds: [] });
  room.run(FACILITATOR, 'definitions.adopt');
  room.run(FACILITATOR, 'definitions.setDraft', { text: 'Working together as equals', proposalIds: ['proposal-ana-1'] });
  room.run(FACILITATOR, 'definitions.adopt');
  room.run(FACILITATOR, 'definitions.setStage', { stage: 'definition' });
  room.run(phone('ben'), 'glossary.add', { term: 'Commissioning', meaning: 'Deciding what to pay for' }, NOW, 'entry-commiss1');
  room.run(FACILITATOR, 'glossary.setAgreed', { entryId: 'entry-commiss1', agreed: true });
  room.run(phone('cy'), 'queue.raiseHand', { card: 'speak' });
  room.run(phone('ana'), 'access.setNeeds', { needs: ['breaks', 'largePrint'], other: 'A seat near the door' });
  room.run(FACILITATOR, 'room.setTitle', { title: 'Bus routes group' });
  room.run(FACILITATOR, 'room.setFocus', { tool: 'carPark' });
  return room.state;
}

/** Applies commands to a later meeting, as `actor`, and gives the state after them. */
function play(state: RoomState, commands: [typeof FACILITATOR, AnyCommand][]): RoomState {
  return commands.reduce((current, [actor, command]) => {
    const reduction = applyCommand(current, command, { actor, now: NEXT_WEEK });
    if (!reduction.ok) throw new Error(`${command.type} refused: ${reduction.message}`);
    return deepFreeze(reduction.state);
  }, state);
}

describe('nextMeetingState', () => {
  const previous = deepFreeze(firstMeeting());
  const next = nextMeetingState(previous, 'room-0002', NEXT_WEEK);

  it('is a valid room: the next meeting of the same group, with its own id and time', () => {
    expect(roomStateSchema.parse(next)).toEqual(next);
    expect(next).toMatchObject({ id: 'room-0002', title: 'Bus routes group', createdAt: NEXT_WEEK, meeting: { number: 2, previousRoomId: 'room-0001' } });
  });

  it('keeps the adopted agreements with every version and round, and nothing else of the agreements', () => {
    expect(Object.keys(next.agreements.agreements).sort()).toEqual(['agreement-time', 'agreement-turns']);
    expect(next.agreements.agreements['agreement-turns']).toEqual(previous.agreements.agreements['agreement-turns']);
    expect(next.agreements.agreements['agreement-turns']).toMatchObject({ versions: [{ number: 1 }, { number: 2 }], rounds: [{ decision: 'reworded' }, { decision: 'adopted' }] });
    expect(next.agreements).toMatchObject({ round: null, roundAnswers: {}, roundReasons: {}, examplesShown: false, checkIns: [], checkInMarks: {} });
  });

  it('keeps the open car park items with their outcomes so far, and leaves those dealt with', () => {
    expect(Object.keys(next.carPark.items).sort()).toEqual(['item-action-01', 'item-next-0001', 'item-open-0001']);
    for (const [itemId, item] of Object.entries(next.carPark.items)) expect(item).toEqual(previous.carPark.items[itemId]);
    expect(next.carPark.items['item-open-0001']).toMatchObject({ anonymous: true, authorId: memberOf('ana'), meeting: 1 });
    expect(Object.keys(OUTCOMES).filter((itemId) => carriesOver(previous.carPark.items[itemId]!))).toEqual(['item-open-0001', 'item-next-0001', 'item-action-01']);
  });

  it('keeps the deck and every version of the definition, with the draft at the agreed words, but no answers or suggestions', () => {
    const fresh = createRoomState('room-x', 'x', NEXT_WEEK).definitions;
    expect(next.definitions).toEqual({
      ...fresh,
      cards: previous.definitions.cards,
      versions: previous.definitions.versions,
      draft: { text: 'Working together as equals', proposalIds: [], updatedAt: null },
    });
    expect(next.definitions.cards['card-carers-01']).toBeDefined();
    expect(next.definitions.versions.map((version) => version.number)).toEqual([1, 2]);
  });

  it('keeps the glossary as it was', () => {
    expect(next.glossary).toBe(previous.glossary);
    expect(Object.values(next.glossary.entries)).toEqual([expect.objectContaining({ term: 'Commissioning', agreed: true })]);
  });

  it('starts the queue afresh, with only the facilitator in the room', () => {
    const fresh = createRoomState('room-x', 'x', NEXT_WEEK);
    expect(next.queue).toEqual(fresh.queue);
    expect(next.members).toEqual({ [FACILITATOR_MEMBER_ID]: previous.members[FACILITATOR_MEMBER_ID] });
  });

  it('asks everyone afresh what they need: no access needs carry over', () => {
    expect(Object.keys(previous.access.needs)).toEqual([memberOf('ana')]);
    expect(next.access).toEqual({ needs: {} });
  });

  it('opens on the agreements when there are some, and on the welcome when there are none', () => {
    expect(next.focus).toBe('agreements');
    const none = nextMeetingState(createRoomState('room-0001', 'New group', NOW), 'room-0002', NEXT_WEEK);
    expect(none).toMatchObject({ focus: 'welcome', meeting: { number: 2, previousRoomId: 'room-0001' }, carPark: { items: {} } });
  });

  it('gives an item or a wording added in the second meeting meeting 2, and keeps first-meeting numbers in the third', () => {
    const second = play(deepFreeze(next), [
      [FACILITATOR, { id: 'item-second-1', type: 'carPark.add', payload: { text: 'New parking spaces', anonymous: false } }],
      [FACILITATOR, { id: 'cmd-outcome-01', type: 'carPark.setOutcome', payload: { itemId: 'item-open-0001', outcome: { kind: 'nextMeeting' } } }],
      [FACILITATOR, { id: 'cmd-start-001', type: 'agreements.startCheckIn', payload: {} }],
      [FACILITATOR, { id: 'cmd-resolve-01', type: 'agreements.resolve', payload: { agreementId: 'agreement-time', outcome: 'reworded', text: 'We start and end on time' } }],
      [FACILITATOR, { id: 'cmd-round-001', type: 'agreements.openRound', payload: { agreementId: 'agreement-time' } }],
      [FACILITATOR, { id: 'cmd-close-001', type: 'agreements.closeRound', payload: { decision: 'adopted' } }],
      [FACILITATOR, { id: 'cmd-end-0001', type: 'agreements.endCheckIn', payload: {} }],
    ]);
    expect(second.carPark.items['item-second-1']?.meeting).toBe(2);
    const third = nextMeetingState(second, 'room-0003', IN_A_MONTH);
    expect(third.meeting).toEqual({ number: 3, previousRoomId: 'room-0002' });
    expect(Object.fromEntries(Object.values(third.carPark.items).map((item) => [item.id, item.meeting]))).toEqual({
      'item-open-0001': 1,
      'item-next-0001': 1,
      'item-action-01': 1,
      'item-second-1': 2,
    });
    expect(third.carPark.items['item-open-0001']?.outcome).toEqual({ kind: 'nextMeeting' });
    expect(third.agreements.agreements['agreement-time']).toMatchObject({
      meeting: 1,
      versions: [{ number: 1, meeting: 1 }, { number: 2, meeting: 2 }],
      rounds: [{ meeting: 1, decision: 'adopted' }, { meeting: 2, decision: 'adopted', version: 2 }],
    });
  });

  it('leaves the earlier meeting as it was', () => {
    expect(previous).toEqual(firstMeeting());
  });
});

describe('stakeholders in the next meeting', () => {
  it('keeps the list, the grid and the map, but not which small group each phone sat in', () => {
    const first = createRoomState('room-first-01', 'Bus routes', 1_000);
    const previous = {
      ...first,
      stakeholders: {
        ...first.stakeholders,
        stakeholders: {
          'stakeholder-01': { id: 'stakeholder-01', name: 'Carers', why: null, brings: null, addedBy: null, createdAt: 1_000, sortKey: 'a0', groupId: 'group-blue-01', quadrant: 'littleInfluenceMuchAffected' as const, involved: false },
        },
        groups: { 'group-blue-01': { id: 'group-blue-01', name: 'Blue table', sortKey: 'a0' } },
        memberGroups: { 'member-ana': 'group-blue-01' },
      },
    };
    const next = nextMeetingState(previous, 'room-second-1', 2_000);
    expect(next.stakeholders.stakeholders).toEqual(previous.stakeholders.stakeholders);
    expect(next.stakeholders.groups).toEqual(previous.stakeholders.groups);
    expect(next.stakeholders.memberGroups).toEqual({});
  });
});

describe('the values tree in the next meeting', () => {
  const tree = (revealed: boolean) => {
    const first = createRoomState('room-first-01', 'Bus routes', 1_000);
    const note = { id: 'note-honesty', text: 'Honesty', authorId: 'member-ana', authorName: null, anonymous: true, createdAt: 1_000, themeId: 'theme-trust1', sortKey: 'a0' };
    return {
      ...first,
      valuesTree: {
        ...first.valuesTree,
        revealed,
        phase: revealed ? ('vote' as const) : ('reflect' as const),
        notes: { [note.id]: note },
        noteCount: 1,
        themes: { 'theme-trust1': { id: 'theme-trust1', name: 'Trust', sortKey: 'a0', createdAt: 1_000 } },
        votes: { 'member-ana': { 'theme-trust1': 2 } },
        totals: { 'theme-trust1': 2 },
        voters: 1,
        leaves: { 'leaf-trust01': { id: 'leaf-trust01', text: 'We trust each other', themeIds: ['theme-trust1'], sortKey: 'a0', createdAt: 1_000 } },
      },
    };
  };

  it('keeps a revealed tree and its shared values, without anyone’s votes', () => {
    const previous = tree(true);
    const next = nextMeetingState(previous, 'room-second-1', 2_000).valuesTree;
    expect(next).toMatchObject({ revealed: true, phase: 'leaves', notes: previous.valuesTree.notes, themes: previous.valuesTree.themes, leaves: previous.valuesTree.leaves });
    expect(next).toMatchObject({ votes: {}, totals: {}, voters: 0, votesRevealed: false });
  });

  it('starts afresh when the notes were never revealed, so private notes stay in their meeting', () => {
    const next = nextMeetingState(tree(false), 'room-second-1', 2_000).valuesTree;
    expect(next).toMatchObject({ revealed: false, phase: 'reflect', notes: {}, noteCount: 0, themes: {}, leaves: {} });
  });
});
