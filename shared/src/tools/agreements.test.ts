import { describe, expect, it } from 'vitest';
import { allExceptMember, EVERYONE, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { ErrorCode } from '../errors.ts';
import { projectRoom } from '../state.ts';
import { EXAMPLE_AGREEMENTS } from './agreementExamples.ts';
import { AGREEMENTS_MAX, type Agreement, type RoundCounts } from './agreements.ts';
import { AgreementsRoom, FACILITATOR, memberOf, MINUTE, NOW, phone, seenBy, type Person } from './agreementsTestRoom.ts';

const LATER = NOW + MINUTE;
const counts = (agree: number, notSure: number, cannotAgree: number): RoundCounts => ({ agree, notSure, cannotAgree });

describe('agreements.propose', () => {
  it.each([
    { who: 'a named participant', actor: phone('ana'), anonymous: false, authorName: 'Ana' },
    { who: 'a named participant, anonymously', actor: phone('ana'), anonymous: true, authorName: null },
    { who: 'a participant with no name', actor: phone('cy'), anonymous: false, authorName: null },
    { who: 'the facilitator', actor: FACILITATOR, anonymous: false, authorName: 'Facilitator' },
  ])('stores a proposal from $who as its first version', ({ actor, anonymous, authorName }) => {
    const room = new AgreementsRoom();
    room.propose(actor, 'agreement-01', 'We keep phones on silent', anonymous);
    expect(room.agreement('agreement-01')).toEqual<Agreement>({
      id: 'agreement-01',
      text: 'We keep phones on silent',
      authorId: actor.memberId,
      authorName,
      anonymous,
      createdAt: NOW,
      status: 'proposed',
      statusAt: NOW,
      sortKey: '',
      adoptedAt: null,
      versions: [{ number: 1, text: 'We keep phones on silent', at: NOW, meeting: 1 }],
      rounds: [],
      meeting: 1,
    });
  });

  it('tells everyone about a named proposal in one delta', () => {
    const room = new AgreementsRoom();
    const effects = room.propose(phone('ben'), 'agreement-01', 'We take turns');
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'agreements.agreementSaved', agreement: room.agreement('agreement-01') } }]);
  });

  it('tells only its author who wrote an anonymous proposal', () => {
    const room = new AgreementsRoom();
    const effects = room.propose(phone('ana'), 'agreement-01', 'We take turns', true);
    const full = room.agreement('agreement-01');
    expect(effects).toEqual([
      { to: allExceptMember(memberOf('ana')), delta: { type: 'agreements.agreementSaved', agreement: { ...full, authorId: null } } },
      { to: onlyMember(memberOf('ana')), delta: { type: 'agreements.agreementSaved', agreement: full } },
    ]);
  });

  it.each<{ viewer: Viewer; authorId: string | null }>([
    { viewer: { role: 'facilitator', memberId: FACILITATOR.memberId }, authorId: null },
    { viewer: { role: 'participant', memberId: memberOf('ben') }, authorId: null },
    { viewer: { role: 'screen', memberId: null }, authorId: null },
    { viewer: { role: 'participant', memberId: memberOf('ana') }, authorId: memberOf('ana') },
  ])('shows an anonymous proposal to $viewer.role $viewer.memberId with authorId $authorId, live and in a snapshot', ({ viewer, authorId }) => {
    const room = new AgreementsRoom();
    const effects = room.propose(phone('ana'), 'agreement-01', 'We take turns', true);
    expect(seenBy(effects, viewer)).toEqual([{ type: 'agreements.agreementSaved', agreement: expect.objectContaining({ authorId }) }]);
    expect(projectRoom(room.state, viewer).agreements.agreements['agreement-01']?.authorId).toBe(authorId);
  });

  it.each([
    { how: 'as written', text: EXAMPLE_AGREEMENTS[6]! },
    { how: 'in capitals without punctuation', text: EXAMPLE_AGREEMENTS[6]!.toUpperCase().replace(/[,.]/g, '') },
    { how: 'with extra spaces and marks', text: `  ${EXAMPLE_AGREEMENTS[1]!.replace(/ /g, '   ')}!!` },
    { how: 'with a plain apostrophe for a curly one', text: EXAMPLE_AGREEMENTS[2]!.replace('’', "'") },
  ])('refuses an example $how, so the group writes its own', ({ text }) => {
    const room = new AgreementsRoom();
    expect(room.attempt(phone('ana'), 'agreements.propose', { text, anonymous: false })).toEqual({ ok: false, code: ErrorCode.BAD_REQUEST, message: expect.any(String) });
    expect(room.state.agreements.agreements).toEqual({});
  });

  it('accepts an example put into the group’s own words', () => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-01', 'We challenge ideas, not people, and we say sorry if we get it wrong.');
    expect(room.agreement('agreement-01').status).toBe('proposed');
  });

  it(`accepts agreement ${AGREEMENTS_MAX} and refuses the one after, whatever their status`, () => {
    const room = new AgreementsRoom();
    room.propose(FACILITATOR, 'agreement-00', 'A dropped one');
    room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-00' });
    room.run(FACILITATOR, 'agreements.closeRound', { decision: 'dropped' });
    for (let n = 1; n < AGREEMENTS_MAX; n++) room.propose(phone('ben'), `agreement-${String(n).padStart(3, '0')}`, `Proposal ${n}`);
    expect(Object.keys(room.state.agreements.agreements)).toHaveLength(AGREEMENTS_MAX);
    expect(room.attempt(phone('ana'), 'agreements.propose', { text: 'One too many', anonymous: false })).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
  });

  it('refuses a proposal whose id is taken', () => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-01', 'We take turns');
    expect(room.attempt(phone('ben'), 'agreements.propose', { text: 'Something else', anonymous: false }, NOW, 'agreement-01')).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });
});

describe('agreements.reword', () => {
  it('adds a numbered version, keeping every earlier one and the meeting it was written in', () => {
    const room = new AgreementsRoom(3);
    room.propose(phone('ana'), 'agreement-01', 'We take turns');
    room.run(FACILITATOR, 'agreements.reword', { agreementId: 'agreement-01', text: 'We take turns to speak' }, LATER);
    room.run(FACILITATOR, 'agreements.reword', { agreementId: 'agreement-01', text: 'We take turns to talk' }, LATER + 1);
    expect(room.agreement('agreement-01')).toMatchObject({
      text: 'We take turns to talk',
      status: 'proposed',
      authorName: 'Ana',
      versions: [
        { number: 1, text: 'We take turns', at: NOW, meeting: 3 },
        { number: 2, text: 'We take turns to speak', at: LATER, meeting: 3 },
        { number: 3, text: 'We take turns to talk', at: LATER + 1, meeting: 3 },
      ],
    });
  });

  it('sends an adopted agreement back to proposed: new words need the group’s consent again', () => {
    const room = new AgreementsRoom();
    room.adopt('agreement-01', 'We take turns');
    room.run(FACILITATOR, 'agreements.reword', { agreementId: 'agreement-01', text: 'We take turns to talk' }, LATER);
    expect(room.agreement('agreement-01')).toMatchObject({ status: 'proposed', statusAt: LATER, text: 'We take turns to talk' });
  });

  it.each([
    { why: 'during its open round', open: true, text: 'New words', code: ErrorCode.CONFLICT },
    { why: 'with the words it already has', open: false, text: 'We take turns', code: ErrorCode.CONFLICT },
  ])('refuses a new wording $why', ({ open, text, code }) => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-01', 'We take turns');
    if (open) room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-01' });
    expect(room.attempt(FACILITATOR, 'agreements.reword', { agreementId: 'agreement-01', text })).toMatchObject({ ok: false, code });
    expect(room.agreement('agreement-01').versions).toHaveLength(1);
  });
});

describe('agreements.withdraw', () => {
  it('takes back a proposal that has never been to a round, for everyone', () => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-01', 'We take turns');
    expect(room.run(FACILITATOR, 'agreements.withdraw', { agreementId: 'agreement-01' })).toEqual([
      { to: EVERYONE, delta: { type: 'agreements.agreementRemoved', agreementId: 'agreement-01' } },
    ]);
    expect(room.state.agreements.agreements).toEqual({});
  });

  it.each([
    { when: 'while its round is open', close: false },
    { when: 'once it has been to a round', close: true },
  ])('keeps it in the record $when', ({ close }) => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-01', 'We take turns');
    room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-01' });
    if (close) room.run(FACILITATOR, 'agreements.closeRound', { decision: 'undecided' });
    expect(room.attempt(FACILITATOR, 'agreements.withdraw', { agreementId: 'agreement-01' })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });
});

/** A room with two proposals and a round open on the first. */
function roundOpen(meeting = 1): AgreementsRoom {
  const room = new AgreementsRoom(meeting);
  room.propose(phone('ana'), 'agreement-01', 'We take turns');
  room.propose(phone('ben'), 'agreement-02', 'We start on time');
  room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-01' }, NOW + 1);
  return room;
}

describe('consent rounds', () => {
  it('opens a round on the current wording for everyone, with no answers yet', () => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-01', 'We take turns');
    room.run(FACILITATOR, 'agreements.reword', { agreementId: 'agreement-01', text: 'We take turns to talk' });
    const effects = room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-01' }, LATER);
    const round = { agreementId: 'agreement-01', number: 1, version: 2, openedAt: LATER, counts: counts(0, 0, 0) };
    expect(room.state.agreements.round).toEqual(round);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'agreements.roundSaved', round } }]);
  });

  it.each<{ why: string; setUp: (room: AgreementsRoom) => string }>([
    {
      why: 'while another round is open',
      setUp: (room) => {
        room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-02' });
        return 'agreement-01';
      },
    },
    {
      why: 'on an adopted agreement',
      setUp: (room) => {
        room.adopt('agreement-03', 'We listen');
        return 'agreement-03';
      },
    },
    {
      why: 'on a dropped agreement',
      setUp: (room) => {
        room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-02' });
        room.run(FACILITATOR, 'agreements.closeRound', { decision: 'dropped' });
        return 'agreement-02';
      },
    },
  ])('refuses a round $why', ({ setUp }) => {
    const room = new AgreementsRoom();
    room.propose(phone('ana'), 'agreement-01', 'We take turns');
    room.propose(phone('ana'), 'agreement-02', 'We start on time');
    const agreementId = setUp(room);
    expect(room.attempt(FACILITATOR, 'agreements.openRound', { agreementId })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('keeps the counts exact through changes of answer', () => {
    const room = roundOpen();
    const steps: [Person, string, RoundCounts][] = [
      ['ana', 'agree', counts(1, 0, 0)],
      ['ben', 'agree', counts(2, 0, 0)],
      ['cy', 'cannotAgree', counts(2, 0, 1)],
      ['ana', 'notSure', counts(1, 1, 1)],
      ['ana', 'notSure', counts(1, 1, 1)],
      ['cy', 'agree', counts(2, 1, 0)],
      ['ben', 'cannotAgree', counts(1, 1, 1)],
    ];
    for (const [person, answer, expected] of steps) {
      const effects = room.answer(person, answer);
      expect(room.state.agreements.round?.counts, `${person} ${answer}`).toEqual(expected);
      expect(effects).toContainEqual({ to: EVERYONE, delta: { type: 'agreements.roundSaved', round: room.state.agreements.round } });
    }
  });

  it('sends each answer’s own record only to its member, and the counts to everyone', () => {
    const room = roundOpen();
    room.answer('ben', 'agree');
    const effects = room.answer('ana', 'notSure', 'I was not here last time', true);
    const record = { answer: 'notSure', reason: 'I was not here last time', named: true, reasonKey: '2' };
    expect(room.state.agreements.roundAnswers[memberOf('ana')]).toEqual(record);
    expect(effects).toEqual([
      { to: onlyMember(memberOf('ana')), delta: { type: 'agreements.answerSaved', memberId: memberOf('ana'), answer: record } },
      { to: EVERYONE, delta: { type: 'agreements.roundSaved', round: room.state.agreements.round } },
      { to: FACILITATORS, delta: { type: 'agreements.reasonSaved', reasonKey: '2', reason: { answer: 'notSure', text: 'I was not here last time', name: 'Ana' } } },
    ]);
    const ben: Viewer = { role: 'participant', memberId: memberOf('ben') };
    expect(seenBy(effects, ben).map((delta) => delta.type)).toEqual(['agreements.roundSaved']);
    expect(projectRoom(room.state, ben).agreements).toMatchObject({ roundAnswers: { [memberOf('ben')]: { answer: 'agree' } }, roundReasons: {} });
    expect(projectRoom(room.state, { role: 'screen', memberId: null }).agreements).toMatchObject({ roundAnswers: {}, roundReasons: {} });
    expect(projectRoom(room.state, FACILITATOR as Viewer).agreements).toMatchObject({ roundAnswers: {}, roundReasons: { 2: { name: 'Ana' } } });
  });

  it.each<{ who: Person; reason: string | null; named: boolean; shown: { answer: string; text: string; name: string | null } | null }>([
    { who: 'ana', reason: 'It feels rushed', named: true, shown: { answer: 'cannotAgree', text: 'It feels rushed', name: 'Ana' } },
    { who: 'ana', reason: 'It feels rushed', named: false, shown: { answer: 'cannotAgree', text: 'It feels rushed', name: null } },
    { who: 'cy', reason: 'It feels rushed', named: true, shown: { answer: 'cannotAgree', text: 'It feels rushed', name: null } },
    { who: 'ana', reason: null, named: true, shown: null },
  ])('shows the facilitator a reason from $who (named: $named, reason: $reason) as $shown', ({ who, reason, named, shown }) => {
    const room = roundOpen();
    const effects = room.answer(who, 'cannotAgree', reason, named);
    const toFacilitators = effects.filter((effect) => effect.to === FACILITATORS).map((effect) => effect.delta);
    expect(toFacilitators).toEqual(shown ? [{ type: 'agreements.reasonSaved', reasonKey: '1', reason: shown }] : []);
    expect(room.state.agreements.roundReasons).toEqual(shown ? { 1: shown } : {});
  });

  it('keeps a person’s reason under one key as they change it, and sends null when they take it away', () => {
    const room = roundOpen();
    room.answer('ben', 'agree', 'Fine by me');
    room.answer('ana', 'notSure', 'Too vague', true);
    room.answer('ana', 'cannotAgree', 'Far too vague', true);
    expect(room.state.agreements.roundReasons).toEqual({
      1: { answer: 'agree', text: 'Fine by me', name: null },
      2: { answer: 'cannotAgree', text: 'Far too vague', name: 'Ana' },
    });
    const effects = room.answer('ana', 'agree', null, true);
    expect(effects.filter((effect) => effect.to === FACILITATORS)).toEqual([
      { to: FACILITATORS, delta: { type: 'agreements.reasonSaved', reasonKey: '2', reason: null } },
    ]);
    expect(Object.keys(room.state.agreements.roundReasons)).toEqual(['1']);
  });

  it.each<{ who: string; actor: Actor; code: string }>([
    { who: 'the facilitator', actor: FACILITATOR, code: ErrorCode.FORBIDDEN },
    { who: 'the screen', actor: { role: 'screen', memberId: null }, code: ErrorCode.FORBIDDEN },
  ])('refuses an answer from $who', ({ actor, code }) => {
    const room = roundOpen();
    expect(room.attempt(actor, 'agreements.answer', { answer: 'agree', reason: null, named: false })).toMatchObject({ ok: false, code });
  });

  it('refuses an answer when no round is open', () => {
    const room = new AgreementsRoom();
    expect(room.attempt(phone('ana'), 'agreements.answer', { answer: 'agree', reason: null, named: false })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('agreements.closeRound', () => {
  it.each([
    { decision: 'adopted', payload: { decision: 'adopted' }, status: 'adopted', versions: 1, adoptedAt: LATER },
    { decision: 'reworded', payload: { decision: 'reworded', text: 'We take turns to talk' }, status: 'proposed', versions: 2, adoptedAt: null },
    { decision: 'dropped', payload: { decision: 'dropped' }, status: 'dropped', versions: 1, adoptedAt: null },
    { decision: 'undecided', payload: { decision: 'undecided' }, status: 'proposed', versions: 1, adoptedAt: null },
  ])('records the round and the decision $decision, and clears every answer and reason', ({ decision, payload, status, versions, adoptedAt }) => {
    const room = roundOpen(2);
    room.answer('ana', 'agree');
    room.answer('ben', 'cannotAgree', 'Not yet', true);
    room.answer('cy', 'agree');
    const effects = room.run(FACILITATOR, 'agreements.closeRound', payload, LATER);
    const agreement = room.agreement('agreement-01');
    expect(agreement.rounds).toEqual([{ number: 1, version: 1, openedAt: NOW + 1, closedAt: LATER, counts: counts(2, 0, 1), decision, meeting: 2 }]);
    expect(agreement).toMatchObject({ status, adoptedAt });
    expect(agreement.versions).toHaveLength(versions);
    expect(agreement.versions.at(-1)).toMatchObject({ number: versions, meeting: 2 });
    expect(room.state.agreements).toMatchObject({ round: null, roundAnswers: {}, roundReasons: {} });
    expect(effects).toEqual([
      { to: EVERYONE, delta: { type: 'agreements.roundSaved', round: null } },
      { to: EVERYONE, delta: { type: 'agreements.agreementSaved', agreement } },
    ]);
  });

  it('puts a newly adopted agreement after the last adopted one', () => {
    const room = new AgreementsRoom();
    room.adopt('agreement-01', 'We take turns');
    room.adopt('agreement-02', 'We start on time');
    room.adopt('agreement-03', 'We listen');
    const [first, second, third] = ['agreement-01', 'agreement-02', 'agreement-03'].map((id) => room.agreement(id).sortKey);
    expect(first! < second! && second! < third!).toBe(true);
  });

  it('numbers a second round on the same agreement, on its new wording', () => {
    const room = roundOpen();
    room.run(FACILITATOR, 'agreements.closeRound', { decision: 'reworded', text: 'We take turns to talk' });
    room.run(FACILITATOR, 'agreements.openRound', { agreementId: 'agreement-01' }, LATER);
    expect(room.state.agreements.round).toMatchObject({ number: 2, version: 2, counts: counts(0, 0, 0) });
  });

  it.each([
    { why: 'no round is open', open: false, payload: { decision: 'adopted' }, code: ErrorCode.NOT_FOUND },
    { why: 'a rewording keeps the same words', open: true, payload: { decision: 'reworded', text: 'We take turns' }, code: ErrorCode.CONFLICT },
  ])('refuses to close when $why', ({ open, payload, code }) => {
    const room = open ? roundOpen() : new AgreementsRoom();
    expect(room.attempt(FACILITATOR, 'agreements.closeRound', payload)).toMatchObject({ ok: false, code });
  });
});
