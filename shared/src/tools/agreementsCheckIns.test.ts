import { describe, expect, it } from 'vitest';
import { EVERYONE, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { ErrorCode } from '../errors.ts';
import { applyCommand } from '../reducer.ts';
import { projectRoom } from '../state.ts';
import { adoptedAgreements, openCheckIn, type CheckIn } from './agreements.ts';
import { AgreementsRoom, FACILITATOR, memberOf, MINUTE, NOW, phone, SCREEN, seenBy, type Person } from './agreementsTestRoom.ts';

const LATER = NOW + MINUTE;

/** A room with three adopted agreements (one, two, three, in that order) and one proposal. */
function adoptedRoom(meeting = 1): AgreementsRoom {
  const room = new AgreementsRoom(meeting);
  room.adopt('agreement-one', 'We take turns', NOW);
  room.adopt('agreement-two', 'We start on time', NOW + 1);
  room.adopt('agreement-three', 'We listen', NOW + 2);
  room.propose(phone('ana'), 'agreement-new', 'We eat together');
  return room;
}

const order = (room: AgreementsRoom) => adoptedAgreements(room.state.agreements).map((agreement) => agreement.id.replace('agreement-', ''));

describe('who may do what', () => {
  const commands: [string, unknown][] = [
    ['agreements.reword', { agreementId: 'agreement-new', text: 'We eat lunch together' }],
    ['agreements.withdraw', { agreementId: 'agreement-new' }],
    ['agreements.openRound', { agreementId: 'agreement-new' }],
    ['agreements.closeRound', { decision: 'adopted' }],
    ['agreements.move', { agreementId: 'agreement-three', afterAgreementId: null }],
    ['agreements.showExamples', { shown: true }],
    ['agreements.startCheckIn', {}],
    ['agreements.resolve', { agreementId: 'agreement-one', outcome: 'kept' }],
    ['agreements.endCheckIn', {}],
  ];

  it.each(commands.map(([type, payload]) => ({ type, payload })))('refuses $type from a participant, changing nothing', ({ type, payload }) => {
    const room = adoptedRoom();
    // Set each command's scene so only the sender's role stands in the way.
    if (type === 'agreements.closeRound') room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-new' });
    if (type === 'agreements.resolve' || type === 'agreements.endCheckIn') room.run(FACILITATOR, 'agreements.startCheckIn');
    const before = room.state;
    expect(applyCommand(before, room.command(type, payload), { actor: FACILITATOR, now: NOW }).ok).toBe(true);
    expect(room.attempt(phone('ana'), type, payload)).toEqual({ ok: false, code: ErrorCode.FORBIDDEN, message: expect.any(String) });
    expect(room.state).toBe(before);
  });

  it.each([
    ...commands,
    ['agreements.propose', { text: 'We are kind', anonymous: false }],
    ['agreements.answer', { answer: 'agree', reason: null, named: false }],
    ['agreements.checkIn', { agreementId: 'agreement-one', mark: 'works' }],
  ].map(([type, payload]) => ({ type: type as string, payload })))('refuses $type from the screen', ({ type, payload }) => {
    const room = adoptedRoom();
    expect(room.attempt(SCREEN, type, payload)).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });
});

describe('agreements.move', () => {
  it.each([
    { move: 'three', after: null, expected: 'three one two' },
    { move: 'one', after: 'two', expected: 'two one three' },
    { move: 'one', after: 'three', expected: 'two three one' },
    { move: 'three', after: 'one', expected: 'one three two' },
  ])('moves $move after $after, changing that agreement alone', ({ move, after, expected }) => {
    const room = adoptedRoom();
    const before = room.state.agreements.agreements;
    const agreementId = `agreement-${move}`;
    const effects = room.run(FACILITATOR, 'agreements.move', { agreementId, afterAgreementId: after && `agreement-${after}` });
    expect(order(room).join(' ')).toBe(expected);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'agreements.agreementSaved', agreement: room.agreement(agreementId) } }]);
    for (const [id, agreement] of Object.entries(room.state.agreements.agreements)) {
      if (id === agreementId) expect(agreement).toEqual({ ...before[id], sortKey: expect.any(String) });
      else expect(agreement).toBe(before[id]);
    }
  });

  it.each([
    { why: 'a proposal', agreementId: 'agreement-new', after: null, code: ErrorCode.NOT_FOUND },
    { why: 'after a proposal', agreementId: 'agreement-one', after: 'agreement-new', code: ErrorCode.NOT_FOUND },
    { why: 'after itself', agreementId: 'agreement-one', after: 'agreement-one', code: ErrorCode.BAD_REQUEST },
  ])('refuses to move $why', ({ agreementId, after, code }) => {
    expect(adoptedRoom().attempt(FACILITATOR, 'agreements.move', { agreementId, afterAgreementId: after })).toMatchObject({ ok: false, code });
  });
});

describe('agreements.showExamples', () => {
  it('shows and hides the examples for everyone, refusing a change to what already is', () => {
    const room = new AgreementsRoom();
    expect(room.run(FACILITATOR, 'agreements.showExamples', { shown: true })).toEqual([{ to: EVERYONE, delta: { type: 'agreements.examplesSaved', shown: true } }]);
    expect(room.state.agreements.examplesShown).toBe(true);
    expect(room.attempt(FACILITATOR, 'agreements.showExamples', { shown: true })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    room.run(FACILITATOR, 'agreements.showExamples', { shown: false });
    expect(room.state.agreements.examplesShown).toBe(false);
  });
});

describe('check-ins', () => {
  const mark = (room: AgreementsRoom, person: Person, which: string, given: 'works' | 'talk') =>
    room.run(phone(person), 'agreements.checkIn', { agreementId: `agreement-${which}`, mark: given });
  const current = (room: AgreementsRoom): CheckIn => openCheckIn(room.state.agreements)!;

  it('needs an adopted agreement to start', () => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-new', 'We eat together');
    expect(room.attempt(FACILITATOR, 'agreements.startCheckIn')).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('starts on the adopted agreements in the group’s order, one check-in at a time', () => {
    const room = adoptedRoom(2);
    room.run(FACILITATOR, 'agreements.move', { agreementId: 'agreement-three', afterAgreementId: null });
    const effects = room.run(FACILITATOR, 'agreements.startCheckIn', {}, LATER);
    const checkIn: CheckIn = { number: 1, startedAt: LATER, endedAt: null, agreementIds: ['agreement-three', 'agreement-one', 'agreement-two'], talk: {}, done: 0, outcomes: {}, meeting: 2 };
    expect(current(room)).toEqual(checkIn);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'agreements.checkInSaved', checkIn } }]);
    expect(room.attempt(FACILITATOR, 'agreements.startCheckIn')).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('counts who wants to talk about each agreement and who has marked them all, exactly, as marks change', () => {
    const room = adoptedRoom();
    room.run(FACILITATOR, 'agreements.startCheckIn');
    const steps: [Person, string, 'works' | 'talk', Record<string, number>, number][] = [
      ['ana', 'one', 'talk', { 'agreement-one': 1 }, 0],
      ['ana', 'two', 'works', { 'agreement-one': 1, 'agreement-two': 0 }, 0],
      ['ana', 'three', 'works', { 'agreement-one': 1, 'agreement-two': 0, 'agreement-three': 0 }, 1],
      ['ben', 'one', 'talk', { 'agreement-one': 2, 'agreement-two': 0, 'agreement-three': 0 }, 1],
      ['ana', 'one', 'works', { 'agreement-one': 1, 'agreement-two': 0, 'agreement-three': 0 }, 1],
      ['ben', 'two', 'talk', { 'agreement-one': 1, 'agreement-two': 1, 'agreement-three': 0 }, 1],
      ['ben', 'three', 'talk', { 'agreement-one': 1, 'agreement-two': 1, 'agreement-three': 1 }, 2],
      ['ben', 'two', 'works', { 'agreement-one': 1, 'agreement-two': 0, 'agreement-three': 1 }, 2],
    ];
    for (const [person, which, given, talk, done] of steps) {
      mark(room, person, which, given);
      expect(current(room), `${person} ${which} ${given}`).toMatchObject({ talk, done });
    }
    expect(room.state.agreements.checkInMarks[memberOf('ben')]).toEqual({ 'agreement-one': 'talk', 'agreement-two': 'works', 'agreement-three': 'talk' });
  });

  it('sends a mark only to its own member, and the counts to everyone', () => {
    const room = adoptedRoom();
    room.run(FACILITATOR, 'agreements.startCheckIn');
    mark(room, 'ben', 'one', 'works');
    const effects = mark(room, 'ana', 'two', 'talk');
    expect(effects).toEqual([
      { to: onlyMember(memberOf('ana')), delta: { type: 'agreements.markSaved', memberId: memberOf('ana'), agreementId: 'agreement-two', mark: 'talk' } },
      { to: EVERYONE, delta: { type: 'agreements.checkInSaved', checkIn: current(room) } },
    ]);
    const viewers: Viewer[] = [FACILITATOR as Viewer, SCREEN as Viewer, { role: 'participant', memberId: memberOf('ben') }];
    for (const viewer of viewers) {
      expect(seenBy(effects, viewer).map((delta) => delta.type)).toEqual(['agreements.checkInSaved']);
      expect(Object.keys(projectRoom(room.state, viewer).agreements.checkInMarks)).toEqual(viewer.memberId === memberOf('ben') ? [memberOf('ben')] : []);
    }
  });

  it.each<{ why: string; actor: Actor; payload: unknown; start: boolean; code: string }>([
    { why: 'the same mark again', actor: phone('ana'), payload: { agreementId: 'agreement-one', mark: 'talk' }, start: true, code: ErrorCode.CONFLICT },
    { why: 'an agreement not in the check-in', actor: phone('ana'), payload: { agreementId: 'agreement-new', mark: 'works' }, start: true, code: ErrorCode.NOT_FOUND },
    { why: 'a mark with no check-in under way', actor: phone('ana'), payload: { agreementId: 'agreement-two', mark: 'works' }, start: false, code: ErrorCode.NOT_FOUND },
    { why: 'a mark from the facilitator', actor: FACILITATOR, payload: { agreementId: 'agreement-two', mark: 'works' }, start: true, code: ErrorCode.FORBIDDEN },
  ])('refuses $why', ({ actor, payload, start, code }) => {
    const room = adoptedRoom();
    room.run(FACILITATOR, 'agreements.startCheckIn');
    mark(room, 'ana', 'one', 'talk');
    if (!start) room.run(FACILITATOR, 'agreements.endCheckIn');
    expect(room.attempt(actor, 'agreements.checkIn', payload)).toMatchObject({ ok: false, code });
  });

  it('records what the group decided about each agreement: kept, reworded or retired', () => {
    const room = adoptedRoom(2);
    room.run(FACILITATOR, 'agreements.startCheckIn');
    room.run(FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-one', outcome: 'kept' }, LATER);
    room.run(FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-two', outcome: 'reworded', text: 'We start and end on time' }, LATER);
    room.run(FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-three', outcome: 'retired' }, LATER);
    expect(current(room).outcomes).toEqual({ 'agreement-one': 'kept', 'agreement-two': 'reworded', 'agreement-three': 'retired' });
    expect(room.agreement('agreement-one')).toMatchObject({ status: 'adopted', versions: [{ number: 1 }] });
    expect(room.agreement('agreement-two')).toMatchObject({ status: 'proposed', statusAt: LATER, text: 'We start and end on time', versions: [{ number: 1 }, { number: 2, meeting: 2, at: LATER }] });
    expect(room.agreement('agreement-three')).toMatchObject({ status: 'retired', statusAt: LATER });
    expect(room.attempt(FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-three', outcome: 'kept' })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    expect(room.attempt(FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-one', outcome: 'reworded', text: 'We take turns' })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('ends the check-in clearing every mark, and numbers the next one 2 on what is still adopted', () => {
    const room = adoptedRoom();
    room.run(FACILITATOR, 'agreements.startCheckIn', {}, NOW);
    mark(room, 'ana', 'one', 'talk');
    room.run(FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-one', outcome: 'retired' });
    const effects = room.run(FACILITATOR, 'agreements.endCheckIn', {}, LATER);
    expect(room.state.agreements.checkInMarks).toEqual({});
    expect(room.state.agreements.checkIns[0]).toMatchObject({ number: 1, endedAt: LATER, talk: { 'agreement-one': 1 }, outcomes: { 'agreement-one': 'retired' } });
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'agreements.checkInSaved', checkIn: room.state.agreements.checkIns[0] } }]);
    expect(room.attempt(FACILITATOR, 'agreements.endCheckIn')).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
    room.run(FACILITATOR, 'agreements.startCheckIn', {}, LATER + 1);
    expect(current(room)).toMatchObject({ number: 2, agreementIds: ['agreement-two', 'agreement-three'], talk: {}, done: 0 });
    expect(room.state.agreements.checkIns).toHaveLength(2);
  });
});

describe('determinism', () => {
  /** A room part-way through everything: a round with answers and reasons, and a check-in with marks. */
  function busyRoom(): AgreementsRoom {
    const room = adoptedRoom();
    room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-new' });
    room.answer('ana', 'notSure', 'Why lunch?', true);
    room.run(FACILITATOR, 'agreements.startCheckIn');
    room.run(phone('ben'), 'agreements.checkIn', { agreementId: 'agreement-one', mark: 'talk' });
    return room;
  }
  const script: [Actor, string, unknown][] = [
    [phone('cy'), 'agreements.propose', { text: 'We are kind', anonymous: true }],
    [phone('ben'), 'agreements.answer', { answer: 'cannotAgree', reason: 'Too long', named: true }],
    [phone('ana'), 'agreements.answer', { answer: 'agree', reason: null, named: false }],
    [FACILITATOR, 'agreements.closeRound', { decision: 'reworded', text: 'We eat lunch together' }],
    [FACILITATOR, 'agreements.move', { agreementId: 'agreement-one', afterAgreementId: 'agreement-three' }],
    [phone('ana'), 'agreements.checkIn', { agreementId: 'agreement-two', mark: 'works' }],
    [FACILITATOR, 'agreements.resolve', { agreementId: 'agreement-one', outcome: 'reworded', text: 'We take turns and keep it short' }],
    [FACILITATOR, 'agreements.endCheckIn', {}],
  ];

  it.each(script.map(([actor, type, payload]) => ({ type, actor, payload })))('$type gives equal results twice from a frozen room', ({ actor, type, payload }) => {
    const room = busyRoom();
    const command = room.command(type, payload);
    const before = structuredClone(room.state);
    const first = applyCommand(room.state, command, { actor, now: LATER });
    expect(first.ok).toBe(true);
    expect(applyCommand(room.state, command, { actor, now: LATER })).toEqual(first);
    expect(room.state).toEqual(before);
  });
});
