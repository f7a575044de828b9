import { describe, expect, it } from 'vitest';
import { canSee, EVERYONE, FACILITATOR_MEMBER_ID, FACILITATORS, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { ErrorCode } from '../errors.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, projectRoom, type Effect, type Reduction, type RoomState } from '../state.ts';
import { orderedHands, QUEUE_MAX_HANDS, type Hand, type QueueCard } from './queue.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const SECOND = 1000;
const SYSTEM: Actor = { role: 'system', memberId: null };
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const SCREEN: Actor = { role: 'screen', memberId: null };
/** The people on phones, by short name; Cy stays anonymous. */
const PEOPLE = { ana: 'Ana', ben: 'Ben', cy: null, dee: 'Dee', eve: 'Eve' } as const;
type Person = keyof typeof PEOPLE;

const memberOf = (person: Person) => `member-${person}`;
const phone = (person: Person): Actor => ({ role: 'participant', memberId: memberOf(person) });
const VIEWERS: Record<string, Viewer> = {
  facilitator: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID },
  participant: { role: 'participant', memberId: memberOf('ana') },
  screen: { role: 'screen', memberId: null },
};

/** Freezes every object inside `value`, so any mutation by the reducer throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A room where everyone in `PEOPLE` has joined, and a script of commands played against it. */
class Meeting {
  state: RoomState;
  effects: Effect[] = [];
  private count = 0;

  constructor() {
    let state = createRoomState('room-0001', 'Bus routes', NOW - 60 * SECOND);
    for (const [person, name] of Object.entries(PEOPLE)) {
      const join: AnyCommand = { id: `join-${person}-0001`, type: 'member.join', payload: { memberId: memberOf(person as Person), name } };
      const reduction = applyCommand(state, join, { actor: SYSTEM, now: NOW - 30 * SECOND });
      if (!reduction.ok) throw new Error(reduction.message);
      state = reduction.state;
    }
    this.state = state;
  }

  /** A command as it would arrive after the server parsed it. */
  command(type: string, payload: unknown): AnyCommand {
    return clientCommandSchema.parse({ id: `cmd-${String(++this.count).padStart(6, '0')}`, type, payload });
  }

  /** Applies a command; a refusal leaves the meeting as it was. */
  attempt(actor: Actor, command: AnyCommand, at = NOW): Reduction {
    const reduction = applyCommand(this.state, command, { actor, now: at });
    if (reduction.ok) {
      this.state = reduction.state;
      this.effects = reduction.effects;
    }
    return reduction;
  }

  run(actor: Actor, type: string, payload: unknown = {}, at = NOW): Effect[] {
    const reduction = this.attempt(actor, this.command(type, payload), at);
    if (!reduction.ok) throw new Error(`${type} refused with ${reduction.code}: ${reduction.message}`);
    return reduction.effects;
  }

  raise(person: Person, card: QueueCard, at = NOW): Effect[] {
    return this.run(phone(person), 'queue.raiseHand', { card }, at);
  }

  guest(name: string, card: QueueCard, at = NOW): Effect[] {
    return this.run(FACILITATOR, 'queue.addGuestHand', { name, card }, at);
  }

  /** One finished turn each, in the given order, so the fair order has something to count. */
  giveTurns(people: Person[], at = NOW - 10 * 60 * SECOND): void {
    for (const person of people) {
      this.raise(person, 'speak', at);
      this.run(FACILITATOR, 'queue.pick', { handId: this.hand(person).id }, at);
      this.run(FACILITATOR, 'queue.endTurn', {}, at + 30 * SECOND);
    }
  }

  /** The hand of a member (by short name) or of a guest (by `guest:<name>`). */
  hand(who: string): Hand {
    const hand = Object.values(this.state.queue.hands).find((candidate) => label(candidate) === who);
    if (!hand) throw new Error(`${who} has no hand up`);
    return hand;
  }

  order(): string[] {
    return orderedHands(this.state.queue).map(label);
  }

  /** Raises hands a second apart, written as `'ana speak, ben respond'`. */
  raiseAll(raises: string): void {
    raises.split(', ').forEach((entry, index) => {
      const [person, card] = entry.split(' ') as [Person, QueueCard];
      this.raise(person, card, NOW + index * SECOND);
    });
  }
}

const label = (hand: Hand) => (hand.memberId ? hand.memberId.replace('member-', '') : `guest:${hand.name}`);
const ofType = (effects: Effect[], type: string) => effects.filter((effect) => effect.delta.type === type);

describe('the order of the queue', () => {
  it.each([
    { rule: 'cards go in priority order, whatever order they were raised in', raises: 'ana speak, ben respond, cy explain, dee process', order: 'dee cy ben ana' },
    { rule: 'the same card goes by who raised first', raises: 'ana speak, ben speak, cy speak', order: 'ana ben cy' },
    { rule: 'a later urgent card passes earlier turns but not earlier urgent ones', raises: 'ana speak, ben process, cy speak, dee process, eve explain', order: 'ben dee eve ana cy' },
    { rule: 'a response goes after "please explain" and before general turns', raises: 'ana speak, ben respond, cy explain, dee respond', order: 'cy ben dee ana' },
  ])('$rule', ({ raises, order }) => {
    const meeting = new Meeting();
    meeting.raiseAll(raises);
    expect(meeting.order().join(' ')).toBe(order);
  });

  it('places guest hands by the same rules', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak', NOW);
    meeting.guest('Pat', 'explain', NOW + SECOND);
    meeting.guest('Sam', 'speak', NOW + 2 * SECOND);
    expect(meeting.order()).toEqual(['guest:Pat', 'ana', 'guest:Sam']);
  });

  it('records who raised the hand, with the name they had, and the server time', () => {
    const meeting = new Meeting();
    const effects = meeting.raise('ana', 'respond', NOW + 5 * SECOND);
    meeting.raise('cy', 'speak', NOW + 6 * SECOND);
    const hand = meeting.hand('ana');
    expect(hand).toEqual({
      id: expect.any(String),
      memberId: 'member-ana',
      name: 'Ana',
      card: 'respond',
      raisedAt: NOW + 5 * SECOND,
      sortKey: expect.any(String),
    });
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'queue.handSaved', hand } }]);
    expect(meeting.hand('cy').name).toBeNull();
  });

  describe('the fair order (progressive stack)', () => {
    it.each([
      { when: 'off: the same card goes by who raised first', progressive: false, turns: 'ana ana ben', raises: 'ana speak, ben speak, cy speak', order: 'ana ben cy' },
      { when: 'on: fewer turns today go first', progressive: true, turns: 'ana ana ben', raises: 'ana speak, ben speak, cy speak', order: 'cy ben ana' },
      { when: 'on: equal turns go by who raised first', progressive: true, turns: 'ana ben', raises: 'ben speak, ana speak, cy speak', order: 'cy ben ana' },
      { when: 'on: the card still comes before the count of turns', progressive: true, turns: 'ana ana', raises: 'cy speak, ana process', order: 'ana cy' },
    ])('$when (turns so far: $turns)', ({ progressive, turns, raises, order }) => {
      const meeting = new Meeting();
      meeting.giveTurns(turns.split(' ') as Person[]);
      meeting.run(FACILITATOR, 'queue.setSettings', { progressive });
      meeting.raiseAll(raises);
      expect(meeting.order().join(' ')).toBe(order);
    });

    it('counts a guest’s turns by name, whatever the capitals', () => {
      const meeting = new Meeting();
      meeting.guest('Pat', 'speak', NOW - 60 * SECOND);
      meeting.run(FACILITATOR, 'queue.next', {}, NOW - 50 * SECOND);
      meeting.run(FACILITATOR, 'queue.endTurn', {}, NOW - 40 * SECOND);
      expect(Object.keys(meeting.state.queue.stats)).toEqual(['guest:pat']);
      meeting.run(FACILITATOR, 'queue.setSettings', { progressive: true });
      meeting.guest('PAT', 'speak', NOW);
      meeting.raise('ana', 'speak', NOW + SECOND);
      expect(meeting.order()).toEqual(['ana', 'guest:PAT']);
    });

    it('puts the hands already waiting into the fair order when it is switched on, and back when off', () => {
      const meeting = new Meeting();
      meeting.giveTurns(['ana', 'ana', 'ben']);
      meeting.raise('ana', 'speak', NOW);
      meeting.raise('ben', 'speak', NOW + SECOND);
      meeting.raise('cy', 'speak', NOW + 2 * SECOND);
      meeting.run(FACILITATOR, 'queue.moveHand', { handId: meeting.hand('cy').id, afterHandId: meeting.hand('ana').id });
      expect(meeting.order()).toEqual(['ana', 'cy', 'ben']);

      const on = meeting.run(FACILITATOR, 'queue.setSettings', { progressive: true });
      expect(meeting.order()).toEqual(['cy', 'ben', 'ana']);
      expect(ofType(on, 'queue.handSaved').map((effect) => effect.to)).toEqual([EVERYONE, EVERYONE, EVERYONE]);

      meeting.run(FACILITATOR, 'queue.setSettings', { progressive: false });
      expect(meeting.order()).toEqual(['ana', 'ben', 'cy']);
    });

    it('leaves the order alone when another setting changes', () => {
      const meeting = new Meeting();
      meeting.raise('ana', 'speak', NOW);
      meeting.raise('ben', 'speak', NOW + SECOND);
      meeting.run(FACILITATOR, 'queue.moveHand', { handId: meeting.hand('ben').id, afterHandId: null });
      const hands = meeting.state.queue.hands;
      const effects = meeting.run(FACILITATOR, 'queue.setSettings', { softLimitSeconds: 120, showBalance: true, paused: false });
      expect(ofType(effects, 'queue.handSaved')).toEqual([]);
      expect(meeting.state.queue.hands).toEqual(hands);
      expect(meeting.state.queue.softLimitSeconds).toBe(120);
    });
  });

  describe('raising again', () => {
    it('changes the card and the place, keeping the hand and the time it first went up', () => {
      const meeting = new Meeting();
      meeting.raise('ana', 'speak', NOW);
      meeting.raise('ben', 'speak', NOW + SECOND);
      meeting.raise('cy', 'respond', NOW + 2 * SECOND);
      meeting.raise('dee', 'speak', NOW + 3 * SECOND);
      const first = meeting.hand('ben');
      expect(meeting.order()).toEqual(['cy', 'ana', 'ben', 'dee']);

      meeting.raise('ben', 'process', NOW + 10 * SECOND);
      expect(meeting.order()).toEqual(['ben', 'cy', 'ana', 'dee']);
      expect(meeting.hand('ben')).toMatchObject({ id: first.id, card: 'process', raisedAt: NOW + SECOND });
      expect(Object.keys(meeting.state.queue.hands)).toHaveLength(4);

      // Back to a general turn: still ahead of Dee, who raised after Ben first did.
      meeting.raise('ben', 'speak', NOW + 20 * SECOND);
      expect(meeting.order()).toEqual(['cy', 'ana', 'ben', 'dee']);
    });

    it('refuses the card already up, so a second tap does not undo the facilitator’s move', () => {
      const meeting = new Meeting();
      meeting.raise('ana', 'speak', NOW);
      meeting.raise('ben', 'speak', NOW + SECOND);
      meeting.run(FACILITATOR, 'queue.moveHand', { handId: meeting.hand('ben').id, afterHandId: null });
      const before = meeting.state;
      expect(meeting.attempt(phone('ben'), meeting.command('queue.raiseHand', { card: 'speak' }))).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
      expect(meeting.state).toBe(before);
      expect(meeting.order()).toEqual(['ben', 'ana']);
    });
  });
});

describe('queue.moveHand (the facilitator’s manual order)', () => {
  /** Ana, Ben, Cy and Dee, all with general turns, in that order. */
  function lineUp(): Meeting {
    const meeting = new Meeting();
    (['ana', 'ben', 'cy', 'dee'] as const).forEach((person, index) => meeting.raise(person, 'speak', NOW + index * SECOND));
    return meeting;
  }

  it.each([
    { move: 'dee', after: null, order: ['dee', 'ana', 'ben', 'cy'] },
    { move: 'ana', after: 'cy', order: ['ben', 'cy', 'ana', 'dee'] },
    { move: 'ana', after: 'dee', order: ['ben', 'cy', 'dee', 'ana'] },
    { move: 'cy', after: 'ana', order: ['ana', 'cy', 'ben', 'dee'] },
    { move: 'ben', after: 'ana', order: ['ana', 'ben', 'cy', 'dee'] },
  ] as { move: Person; after: Person | null; order: Person[] }[])('moves $move after $after, writing only that hand', ({ move, after, order }) => {
    const meeting = lineUp();
    const before = meeting.state.queue.hands;
    const effects = meeting.run(FACILITATOR, 'queue.moveHand', { handId: meeting.hand(move).id, afterHandId: after && meeting.hand(after).id });
    expect(meeting.order()).toEqual(order);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'queue.handSaved', hand: meeting.hand(move) } }]);
    for (const hand of Object.values(before)) {
      if (label(hand) === move) expect(meeting.hand(move)).toEqual({ ...hand, sortKey: expect.any(String) });
      else expect(meeting.state.queue.hands[hand.id]).toEqual(hand);
    }
  });

  it('keeps working through many moves into the same gap, one write each', () => {
    const meeting = lineUp();
    for (let round = 0; round < 40; round++) {
      const [first, second, third] = meeting.order() as Person[];
      const effects = meeting.run(FACILITATOR, 'queue.moveHand', { handId: meeting.hand(third!).id, afterHandId: meeting.hand(first!).id });
      expect(effects).toHaveLength(1);
      expect(meeting.order().slice(0, 3)).toEqual([first, third, second]);
    }
    expect(meeting.order().at(-1)).toBe('dee');
  });

  it('places later hands by the rules around the order the facilitator made', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak', NOW);
    meeting.raise('ben', 'speak', NOW + SECOND);
    meeting.run(FACILITATOR, 'queue.moveHand', { handId: meeting.hand('ben').id, afterHandId: null });
    meeting.raise('cy', 'process', NOW + 2 * SECOND);
    meeting.raise('dee', 'speak', NOW + 3 * SECOND);
    meeting.guest('Pat', 'respond', NOW + 4 * SECOND);
    expect(meeting.order()).toEqual(['cy', 'guest:Pat', 'ben', 'ana', 'dee']);
  });

  it.each([
    { why: 'a hand that is not in the queue', handId: 'hand-missing', after: null, code: ErrorCode.NOT_FOUND },
    { why: 'after a hand that is not in the queue', handId: 'ana', after: 'hand-missing', code: ErrorCode.NOT_FOUND },
    { why: 'a hand after itself', handId: 'ana', after: 'ana', code: ErrorCode.BAD_REQUEST },
  ])('refuses moving $why', ({ handId, after, code }) => {
    const meeting = lineUp();
    const idOf = (who: string | null) => (who === 'ana' ? meeting.hand('ana').id : who);
    const before = meeting.state;
    const command = meeting.command('queue.moveHand', { handId: idOf(handId), afterHandId: idOf(after) });
    expect(meeting.attempt(FACILITATOR, command)).toMatchObject({ ok: false, code });
    expect(meeting.state).toBe(before);
  });
});

describe('turns and their timers', () => {
  it('gives the floor, times each turn by the server clock and counts it', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak', NOW);
    meeting.raise('ben', 'speak', NOW + SECOND);
    meeting.raise('cy', 'speak', NOW + 2 * SECOND);
    const anaHand = meeting.hand('ana');

    const started = meeting.run(FACILITATOR, 'queue.next', {}, NOW + 10 * SECOND);
    const anaSpeaking = { handId: anaHand.id, memberId: 'member-ana', name: 'Ana', card: 'speak', startedAt: NOW + 10 * SECOND };
    expect(meeting.state.queue.speaker).toEqual(anaSpeaking);
    expect(meeting.order()).toEqual(['ben', 'cy']);
    expect(meeting.state.queue.stats).toEqual({ 'member-ana': { name: 'Ana', turns: 1, speakingMs: 0 } });
    expect(started).toEqual([
      { to: EVERYONE, delta: { type: 'queue.handRemoved', handId: anaHand.id } },
      { to: FACILITATORS, delta: { type: 'queue.statSaved', key: 'member-ana', stat: { name: 'Ana', turns: 1, speakingMs: 0 } } },
      { to: EVERYONE, delta: { type: 'queue.speakerSaved', speaker: anaSpeaking } },
    ]);

    // Picking Cy out of order ends Ana's turn after 90 seconds.
    meeting.run(FACILITATOR, 'queue.pick', { handId: meeting.hand('cy').id }, NOW + 100 * SECOND);
    expect(meeting.state.queue.speaker).toMatchObject({ memberId: 'member-cy', name: null, startedAt: NOW + 100 * SECOND });
    expect(meeting.order()).toEqual(['ben']);

    meeting.run(FACILITATOR, 'queue.endTurn', {}, NOW + 130 * SECOND);
    expect(meeting.state.queue.speaker).toBeNull();
    expect(meeting.state.queue.stats).toEqual({
      'member-ana': { name: 'Ana', turns: 1, speakingMs: 90 * SECOND },
      'member-cy': { name: null, turns: 1, speakingMs: 30 * SECOND },
    });

    meeting.raise('ana', 'respond', NOW + 140 * SECOND);
    meeting.run(FACILITATOR, 'queue.next', {}, NOW + 150 * SECOND);
    meeting.run(FACILITATOR, 'queue.endTurn', {}, NOW + 162 * SECOND);
    expect(meeting.state.queue.stats['member-ana']).toEqual({ name: 'Ana', turns: 2, speakingMs: 102 * SECOND });
    expect(meeting.order()).toEqual(['ben']);
  });

  it('takes no time from the phone or console: a time in the payload is dropped', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak', NOW);
    meeting.attempt(FACILITATOR, meeting.command('queue.next', { startedAt: 5 }), NOW + 7 * SECOND);
    meeting.attempt(phone('ben'), meeting.command('queue.raiseHand', { card: 'speak', raisedAt: 5 }), NOW + 8 * SECOND);
    expect(meeting.state.queue.speaker?.startedAt).toBe(NOW + 7 * SECOND);
    expect(meeting.hand('ben').raisedAt).toBe(NOW + 8 * SECOND);
  });

  it('gives a guest’s turns to one person, whatever the capitals', () => {
    const meeting = new Meeting();
    meeting.guest('Pat Jones', 'speak', NOW);
    meeting.run(FACILITATOR, 'queue.next', {}, NOW + SECOND);
    meeting.guest('pat jones', 'speak', NOW + 2 * SECOND);
    meeting.run(FACILITATOR, 'queue.next', {}, NOW + 21 * SECOND);
    meeting.run(FACILITATOR, 'queue.endTurn', {}, NOW + 31 * SECOND);
    expect(meeting.state.queue.stats).toEqual({ 'guest:pat jones': { name: 'pat jones', turns: 2, speakingMs: 30 * SECOND } });
  });

  it.each([
    { type: 'queue.next', payload: {}, why: 'nobody is waiting' },
    { type: 'queue.pick', payload: { handId: 'hand-missing' }, why: 'that hand is gone' },
    { type: 'queue.endTurn', payload: {}, why: 'nobody is speaking' },
  ])('refuses $type when $why', ({ type, payload }) => {
    const meeting = new Meeting();
    expect(meeting.attempt(FACILITATOR, meeting.command(type, payload))).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('taking hands down', () => {
  it('lowers only the sender’s own hand, and refuses when it is not up', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    meeting.raise('ben', 'speak');
    const anaHand = meeting.hand('ana');
    expect(meeting.run(phone('ana'), 'queue.lowerHand')).toEqual([{ to: EVERYONE, delta: { type: 'queue.handRemoved', handId: anaHand.id } }]);
    expect(meeting.order()).toEqual(['ben']);
    expect(meeting.attempt(phone('ana'), meeting.command('queue.lowerHand', {}))).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });

  it('lets the facilitator remove any hand, a guest’s too', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    meeting.guest('Pat', 'speak');
    meeting.run(FACILITATOR, 'queue.removeHand', { handId: meeting.hand('guest:Pat').id });
    meeting.run(FACILITATOR, 'queue.removeHand', { handId: meeting.hand('ana').id });
    expect(meeting.order()).toEqual([]);
  });

  it('clears every hand and leaves the speaker speaking', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    meeting.run(FACILITATOR, 'queue.next');
    meeting.raise('ben', 'speak');
    meeting.raise('cy', 'process');
    meeting.guest('Pat', 'explain');
    const effects = meeting.run(FACILITATOR, 'queue.clear');
    expect(meeting.state.queue.hands).toEqual({});
    expect(ofType(effects, 'queue.handRemoved')).toHaveLength(3);
    expect(meeting.state.queue.speaker?.memberId).toBe('member-ana');
  });

  it('lowers the hand of a phone that has been away, when the server says so', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    meeting.raise('ben', 'speak');
    const away = (memberId: string): AnyCommand => ({ id: `away-${memberId}`, type: 'queue.memberAway', payload: { memberId } });
    expect(meeting.attempt(FACILITATOR, away('member-ana'))).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
    expect(meeting.attempt(phone('ben'), away('member-ana'))).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
    expect(meeting.order()).toEqual(['ana', 'ben']);
    const anaHand = meeting.hand('ana');
    expect(meeting.attempt(SYSTEM, away('member-ana'))).toEqual({
      ok: true,
      state: expect.anything(),
      effects: [{ to: EVERYONE, delta: { type: 'queue.handRemoved', handId: anaHand.id } }],
    });
    expect(meeting.order()).toEqual(['ben']);
    expect(meeting.attempt(SYSTEM, away('member-cy'))).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('pausing', () => {
  it('stops new hands from phones but lets the facilitator add a guest, and keeps everyone’s place', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    meeting.raise('ben', 'respond');
    meeting.run(FACILITATOR, 'queue.setSettings', { paused: true });
    expect(meeting.attempt(phone('cy'), meeting.command('queue.raiseHand', { card: 'process' }))).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    meeting.guest('Pat', 'speak');
    expect(meeting.order()).toEqual(['ben', 'ana', 'guest:Pat']);
    meeting.run(phone('ana'), 'queue.lowerHand');
    meeting.run(FACILITATOR, 'queue.setSettings', { paused: false });
    meeting.raise('cy', 'process');
    expect(meeting.order()).toEqual(['cy', 'ben', 'guest:Pat']);
  });

  it('lets a hand already up change its card', () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    meeting.raise('ben', 'speak');
    meeting.run(FACILITATOR, 'queue.setSettings', { paused: true });
    meeting.raise('ben', 'process');
    expect(meeting.order()).toEqual(['ben', 'ana']);
    expect(meeting.hand('ben').card).toBe('process');
  });
});

describe('"I need a break"', () => {
  it('reaches only the facilitator, as a count without a name', () => {
    const meeting = new Meeting();
    meeting.run(phone('ana'), 'queue.requestBreak');
    const effects = meeting.run(phone('cy'), 'queue.requestBreak');
    expect(effects).toEqual([{ to: FACILITATORS, delta: { type: 'queue.breaksSaved', count: 2 } }]);
    expect(projectRoom(meeting.state, VIEWERS.facilitator!).queue.breakRequests).toBe(2);
    expect(projectRoom(meeting.state, VIEWERS.participant!).queue.breakRequests).toBe(0);
    expect(projectRoom(meeting.state, VIEWERS.screen!).queue.breakRequests).toBe(0);
    // Who asked stays on the server: no device's view names them, the facilitator's included.
    for (const viewer of Object.values(VIEWERS)) expect(JSON.stringify(projectRoom(meeting.state, viewer).queue)).not.toMatch(/member-(ana|cy)/);
    expect(meeting.order()).toEqual([]);
  });

  it('counts each person once until the facilitator clears the requests', () => {
    const meeting = new Meeting();
    meeting.run(phone('ana'), 'queue.requestBreak');
    const before = meeting.state;
    expect(meeting.attempt(phone('ana'), meeting.command('queue.requestBreak', {}))).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    expect(meeting.state).toBe(before);
    meeting.run(phone('ben'), 'queue.requestBreak');
    expect(meeting.state.queue.breakRequests).toBe(2);

    expect(meeting.run(FACILITATOR, 'queue.clearBreaks')).toEqual([{ to: FACILITATORS, delta: { type: 'queue.breaksSaved', count: 0 } }]);
    expect(meeting.state.queue.breakRequests).toBe(0);
    meeting.run(phone('ana'), 'queue.requestBreak');
    expect(meeting.state.queue.breakRequests).toBe(1);
  });
});

describe('who sees the statistics', () => {
  /** Ana spoke 90 s, Pat (a guest) two turns of 100 s and 50 s, Cy 30 s; Ben is speaking now. */
  function talkedMeeting(showBalance: boolean): { meeting: Meeting; effects: Effect[] } {
    const meeting = new Meeting();
    meeting.run(FACILITATOR, 'queue.setSettings', { showBalance });
    const steps: (() => Effect[])[] = [
      () => meeting.raise('ana', 'speak', NOW),
      () => meeting.guest('Pat', 'speak', NOW),
      () => meeting.raise('cy', 'speak', NOW),
      () => meeting.run(FACILITATOR, 'queue.next', {}, NOW),
      () => meeting.run(FACILITATOR, 'queue.next', {}, NOW + 90 * SECOND),
      () => meeting.run(FACILITATOR, 'queue.next', {}, NOW + 190 * SECOND),
      () => meeting.guest('pat', 'speak', NOW + 200 * SECOND),
      () => meeting.run(FACILITATOR, 'queue.next', {}, NOW + 220 * SECOND),
      () => meeting.raise('ben', 'speak', NOW + 230 * SECOND),
      () => meeting.run(FACILITATOR, 'queue.next', {}, NOW + 270 * SECOND),
    ];
    const effects = steps.flatMap((step) => step());
    return { meeting, effects };
  }

  it('sends each person’s turns and time to facilitators only', () => {
    const { meeting, effects } = talkedMeeting(true);
    const stats = ofType(effects, 'queue.statSaved');
    expect(stats.length).toBeGreaterThan(0);
    for (const effect of stats) expect(effect.to).toEqual(FACILITATORS);
    expect(meeting.state.queue.stats).toEqual({
      'member-ana': { name: 'Ana', turns: 1, speakingMs: 90 * SECOND },
      'guest:pat': { name: 'pat', turns: 2, speakingMs: 150 * SECOND },
      'member-cy': { name: null, turns: 1, speakingMs: 30 * SECOND },
      'member-ben': { name: 'Ben', turns: 1, speakingMs: 0 },
    });
    expect(projectRoom(meeting.state, VIEWERS.facilitator!).queue.stats).toEqual(meeting.state.queue.stats);
    for (const viewer of [VIEWERS.participant!, VIEWERS.screen!]) {
      expect(projectRoom(meeting.state, viewer).queue.stats).toEqual({});
      const seen = effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta.type);
      expect(seen).not.toContain('queue.statSaved');
    }
  });

  it('shows everyone the shares of talking, largest first and without names, when the balance is on', () => {
    const { meeting, effects } = talkedMeeting(true);
    expect(meeting.state.queue.balance).toEqual([
      { turns: 2, speakingMs: 150 * SECOND },
      { turns: 1, speakingMs: 90 * SECOND },
      { turns: 1, speakingMs: 30 * SECOND },
      { turns: 1, speakingMs: 0 },
    ]);
    const balanceSent = ofType(effects, 'queue.balanceSaved');
    expect(balanceSent.at(-1)).toEqual({ to: EVERYONE, delta: { type: 'queue.balanceSaved', balance: meeting.state.queue.balance } });
    expect(projectRoom(meeting.state, VIEWERS.screen!).queue.balance).toEqual(meeting.state.queue.balance);
    expect(JSON.stringify(balanceSent)).not.toMatch(/Ana|Ben|pat|member-|guest:/);
  });

  it('keeps the shares empty while the balance is off, and fills or empties them when it is switched', () => {
    const { meeting, effects } = talkedMeeting(false);
    expect(meeting.state.queue.balance).toEqual([]);
    expect(ofType(effects, 'queue.balanceSaved')).toEqual([]);
    const on = meeting.run(FACILITATOR, 'queue.setSettings', { showBalance: true });
    expect(meeting.state.queue.balance).toHaveLength(4);
    expect(ofType(on, 'queue.balanceSaved')).toEqual([{ to: EVERYONE, delta: { type: 'queue.balanceSaved', balance: meeting.state.queue.balance } }]);
    const off = meeting.run(FACILITATOR, 'queue.setSettings', { showBalance: false });
    expect(meeting.state.queue.balance).toEqual([]);
    expect(ofType(off, 'queue.balanceSaved')).toEqual([{ to: EVERYONE, delta: { type: 'queue.balanceSaved', balance: [] } }]);
  });
});

describe('permissions', () => {
  /** A meeting with hands up and someone speaking, so a refusal cannot be for lack of a target. */
  function busy(): Meeting {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    meeting.run(FACILITATOR, 'queue.next');
    meeting.raise('ana', 'speak');
    meeting.raise('ben', 'speak');
    meeting.run(phone('ben'), 'queue.requestBreak');
    return meeting;
  }
  const participantRefused = [
    ['queue.next', {}],
    ['queue.pick', { handId: 'ben' }],
    ['queue.moveHand', { handId: 'ben', afterHandId: null }],
    ['queue.clear', {}],
    ['queue.setSettings', { paused: true }],
    ['queue.addGuestHand', { name: 'Pat', card: 'speak' }],
    ['queue.removeHand', { handId: 'ana' }],
    ['queue.endTurn', {}],
    ['queue.clearBreaks', {}],
  ] as const;
  const cases = [
    ...participantRefused.map(([type, payload]) => ({ who: 'a participant', actor: phone('ana'), type, payload })),
    { who: 'the facilitator', actor: FACILITATOR, type: 'queue.raiseHand', payload: { card: 'process' } },
    { who: 'the facilitator', actor: FACILITATOR, type: 'queue.lowerHand', payload: {} },
    { who: 'the facilitator', actor: FACILITATOR, type: 'queue.requestBreak', payload: {} },
    { who: 'the screen', actor: SCREEN, type: 'queue.raiseHand', payload: { card: 'speak' } },
    { who: 'the screen', actor: SCREEN, type: 'queue.next', payload: {} },
  ];

  it.each(cases)('refuses $type from $who and changes nothing', ({ actor, type, payload }) => {
    const meeting = busy();
    const before = meeting.state;
    const withIds = Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, value === 'ana' || value === 'ben' ? meeting.hand(value).id : value]));
    expect(meeting.attempt(actor, meeting.command(type, withIds))).toEqual({ ok: false, code: ErrorCode.FORBIDDEN, message: expect.any(String) });
    expect(meeting.state).toBe(before);
  });
});

describe('the size limit', () => {
  it(`accepts hand ${QUEUE_MAX_HANDS}, refuses the next, and still lets a waiting hand change its card`, () => {
    const meeting = new Meeting();
    meeting.raise('ana', 'speak');
    for (let n = 2; n < QUEUE_MAX_HANDS; n++) meeting.guest(`Guest ${n}`, 'speak', NOW + n);
    meeting.raise('ben', 'speak', NOW + QUEUE_MAX_HANDS);
    expect(Object.keys(meeting.state.queue.hands)).toHaveLength(QUEUE_MAX_HANDS);
    expect(meeting.attempt(phone('cy'), meeting.command('queue.raiseHand', { card: 'speak' }))).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
    expect(meeting.attempt(FACILITATOR, meeting.command('queue.addGuestHand', { name: 'Late', card: 'speak' }))).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
    meeting.raise('ben', 'process', NOW + QUEUE_MAX_HANDS + 1);
    expect(meeting.order()[0]).toBe('ben');
    meeting.run(phone('ana'), 'queue.lowerHand');
    meeting.raise('cy', 'speak');
    expect(Object.keys(meeting.state.queue.hands)).toHaveLength(QUEUE_MAX_HANDS);
  });
});

describe('determinism', () => {
  it('gives the same answer twice and never changes the state it is given', () => {
    const meeting = new Meeting();
    meeting.run(FACILITATOR, 'queue.setSettings', { showBalance: true, progressive: true });
    meeting.raise('ana', 'speak');
    meeting.run(FACILITATOR, 'queue.next');
    meeting.raise('ben', 'explain');
    meeting.raise('cy', 'speak');
    meeting.guest('Pat', 'respond');
    meeting.run(phone('dee'), 'queue.requestBreak');
    const state = deepFreeze(meeting.state);
    const copy = structuredClone(state);
    const handId = meeting.hand('cy').id;
    const commands: [Actor, AnyCommand][] = [
      [phone('dee'), meeting.command('queue.raiseHand', { card: 'process' })],
      [phone('ben'), meeting.command('queue.raiseHand', { card: 'speak' })],
      [phone('ben'), meeting.command('queue.lowerHand', {})],
      [phone('eve'), meeting.command('queue.requestBreak', {})],
      [FACILITATOR, meeting.command('queue.addGuestHand', { name: 'Sam', card: 'process' })],
      [FACILITATOR, meeting.command('queue.removeHand', { handId })],
      [FACILITATOR, meeting.command('queue.moveHand', { handId, afterHandId: null })],
      [FACILITATOR, meeting.command('queue.next', {})],
      [FACILITATOR, meeting.command('queue.pick', { handId })],
      [FACILITATOR, meeting.command('queue.endTurn', {})],
      [FACILITATOR, meeting.command('queue.clear', {})],
      [FACILITATOR, meeting.command('queue.setSettings', { progressive: false, showBalance: false, paused: true })],
      [FACILITATOR, meeting.command('queue.clearBreaks', {})],
      [SYSTEM, { id: 'away-member-cy', type: 'queue.memberAway', payload: { memberId: 'member-cy' } }],
    ];
    for (const [actor, command] of commands) {
      const first = applyCommand(state, command, { actor, now: NOW + 60 * SECOND });
      expect(first, command.type).toMatchObject({ ok: true });
      expect(applyCommand(state, command, { actor, now: NOW + 60 * SECOND })).toEqual(first);
    }
    expect(state).toEqual(copy);
  });
});
