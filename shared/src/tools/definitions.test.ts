import { describe, expect, it } from 'vitest';
import { allExceptMember, canSee, EVERYONE, FACILITATOR_MEMBER_ID, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { describeIssue, ErrorCode } from '../errors.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, type Effect, type Reduction, type RoomState } from '../state.ts';
import { STARTER_STATEMENTS } from './definitionDeck.ts';
import {
  CARD_TEXT_MAX,
  cardsByDivision,
  DECK_MAX_CARDS,
  DECK_PASTE_MAX,
  DEFINITION_TEXT_MAX,
  DEFINITION_VERSIONS_MAX,
  divisionOf,
  orderedCards,
  PROPOSALS_MAX,
  type CardAnswer,
  type DefinitionsState,
  type Proposal,
  type Tally,
} from './definitions.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const LATER = NOW + 60_000;
const SYSTEM: Actor = { role: 'system', memberId: null };
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const SCREEN: Actor = { role: 'screen', memberId: null };
/** The people on phones, by short name; Cy stays anonymous. */
const PEOPLE = { ana: 'Ana', ben: 'Ben', cy: null, dee: 'Dee' } as const;
type Person = keyof typeof PEOPLE;

const memberOf = (person: Person) => `member-${person}`;
const phone = (person: Person): Actor => ({ role: 'participant', memberId: memberOf(person) });
const VIEWERS: Record<string, Viewer> = {
  facilitator: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID },
  ana: { role: 'participant', memberId: memberOf('ana') },
  ben: { role: 'participant', memberId: memberOf('ben') },
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

/** Parses a command as the server would, giving the person-facing message of a refusal. */
function parse(type: string, payload: unknown): { ok: true; command: AnyCommand } | { ok: false; message: string } {
  const parsed = clientCommandSchema.safeParse({ id: 'cmd-parse-0001', type, payload });
  return parsed.success ? { ok: true, command: parsed.data } : { ok: false, message: describeIssue(parsed.error.issues, 'not understood') };
}

/** A room everyone in `PEOPLE` has joined, and a script of commands played against its frozen state. */
class Meeting {
  state: RoomState;
  effects: Effect[] = [];
  private count = 0;

  constructor() {
    let state = createRoomState('room-0001', 'What is co-production?', NOW - 60_000);
    for (const [person, name] of Object.entries(PEOPLE)) {
      const join: AnyCommand = { id: `join-${person}-0001`, type: 'member.join', payload: { memberId: memberOf(person as Person), name } };
      const reduction = applyCommand(state, join, { actor: SYSTEM, now: NOW - 30_000 });
      if (!reduction.ok) throw new Error(reduction.message);
      state = reduction.state;
    }
    this.state = state;
  }

  get defs(): DefinitionsState {
    return this.state.definitions;
  }

  command(type: string, payload: unknown): AnyCommand {
    return clientCommandSchema.parse({ id: `cmd-${String(++this.count).padStart(6, '0')}`, type, payload });
  }

  /** Applies a command to the frozen state; a refusal leaves the meeting as it was. */
  attempt(actor: Actor, type: string, payload: unknown = {}, at = NOW): Reduction {
    const reduction = applyCommand(deepFreeze(this.state), this.command(type, payload), { actor, now: at });
    if (reduction.ok) {
      this.state = reduction.state;
      this.effects = reduction.effects;
    }
    return reduction;
  }

  run(actor: Actor, type: string, payload: unknown = {}, at = NOW): Effect[] {
    const reduction = this.attempt(actor, type, payload, at);
    if (!reduction.ok) throw new Error(`${type} refused with ${reduction.code}: ${reduction.message}`);
    return reduction.effects;
  }

  /** Replaces the deck with statements A, B, C... so tests can name cards by their text. */
  deck(texts: string): this {
    this.run(FACILITATOR, 'definitions.replaceDeck', { from: 'list', text: texts.split(' ').join('\n') });
    return this;
  }

  card(text: string): string {
    const card = Object.values(this.defs.cards).find((candidate) => candidate.text === text);
    if (!card) throw new Error(`No card says ${text}`);
    return card.id;
  }

  order(): string {
    return orderedCards(this.defs).map((card) => card.text).join(' ');
  }

  answer(person: Person, text: string, answer: CardAnswer | null): Effect[] {
    return this.run(phone(person), 'definitions.answer', { cardId: this.card(text), answer });
  }

  propose(actor: Actor, text: string, anonymous = false): string {
    this.run(actor, 'definitions.propose', { text, anonymous });
    const proposal = Object.values(this.defs.proposals).find((candidate) => candidate.text === text.trim());
    if (!proposal) throw new Error(`No proposal says ${text}`);
    return proposal.id;
  }
}

const seenBy = (effects: Effect[], viewer: Viewer) => effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta);
const tally = (agree: number, notSure: number, disagree: number): Tally => ({ agree, notSure, disagree });

describe('a new room', () => {
  it('starts with the starter deck in its order, nothing answered, shown or proposed', () => {
    const { defs } = new Meeting();
    expect(orderedCards(defs).map((card) => card.text)).toEqual(STARTER_STATEMENTS);
    expect(orderedCards(defs).map((card) => card.id)).toEqual(STARTER_STATEMENTS.map((_, n) => `starter-card-${String(n + 1).padStart(2, '0')}`));
    expect(defs).toMatchObject({ stage: 'cards', revealed: false, answers: {}, tallies: {}, answered: {}, respondents: 0, proposals: {}, supports: {}, versions: [] });
  });

  it('shows the definition stage to everyone when the facilitator moves on', () => {
    const meeting = new Meeting();
    expect(meeting.run(FACILITATOR, 'definitions.setStage', { stage: 'definition' })).toEqual([
      { to: EVERYONE, delta: { type: 'definitions.stageSaved', stage: 'definition' } },
    ]);
    expect(meeting.defs.stage).toBe('definition');
  });
});

describe('editing the deck', () => {
  it('adds a card at the end for everyone, and refuses the same card twice', () => {
    const meeting = new Meeting().deck('A B');
    const effects = meeting.run(FACILITATOR, 'definitions.addCard', { text: '  Carers count too  ' });
    expect(meeting.order()).toBe('A B Carers count too');
    const card = meeting.defs.cards[meeting.card('Carers count too')];
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'definitions.cardSaved', card } }]);
    const again = applyCommand(meeting.state, { id: card!.id, type: 'definitions.addCard', payload: { text: 'C' } }, { actor: FACILITATOR, now: NOW });
    expect(again).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('changes a card’s words and keeps its place', () => {
    const meeting = new Meeting().deck('A B C');
    const before = meeting.defs.cards[meeting.card('B')]!;
    meeting.run(FACILITATOR, 'definitions.editCard', { cardId: before.id, text: 'Bee' });
    expect(meeting.defs.cards[before.id]).toEqual({ ...before, text: 'Bee' });
    expect(meeting.order()).toBe('A Bee C');
    expect(meeting.attempt(FACILITATOR, 'definitions.editCard', { cardId: 'missing-card-1', text: 'x' })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });

  it.each([
    { move: 'the last card to the top', card: 'E', after: null, order: 'E A B C D' },
    { move: 'the first card to the end', card: 'A', after: 'E', order: 'B C D E A' },
    { move: 'a card down one place', card: 'B', after: 'C', order: 'A C B D E' },
    { move: 'a card up into the middle', card: 'E', after: 'B', order: 'A B E C D' },
    { move: 'a card to where it already is', card: 'C', after: 'B', order: 'A B C D E' },
  ])('moves $move, changing only that card’s sort key', ({ card, after, order }) => {
    const meeting = new Meeting().deck('A B C D E');
    const before = meeting.defs.cards;
    const cardId = meeting.card(card);
    const effects = meeting.run(FACILITATOR, 'definitions.moveCard', { cardId, afterCardId: after === null ? null : meeting.card(after) });
    expect(meeting.order()).toBe(order);
    const changed = Object.keys(before).filter((id) => before[id] !== meeting.defs.cards[id]);
    expect(changed).toEqual([cardId]);
    expect(meeting.defs.cards[cardId]).toEqual({ ...before[cardId], sortKey: expect.any(String) });
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'definitions.cardSaved', card: meeting.defs.cards[cardId] } }]);
  });

  it('keeps working through many moves into the same gap, one write each', () => {
    const meeting = new Meeting().deck('A B C D');
    meeting.run(FACILITATOR, 'definitions.moveCard', { cardId: meeting.card('C'), afterCardId: meeting.card('A') });
    for (let n = 0; n < 30; n++) {
      const moving = n % 2 ? 'C' : 'D';
      meeting.run(FACILITATOR, 'definitions.moveCard', { cardId: meeting.card(moving), afterCardId: meeting.card('A') });
      expect(meeting.order()).toBe(`A ${moving} ${moving === 'C' ? 'D' : 'C'} B`);
    }
    expect(new Set(Object.values(meeting.defs.cards).map((card) => card.sortKey)).size).toBe(4);
  });

  it.each([
    { refusal: 'a card after itself', card: 'B', after: 'B', code: ErrorCode.BAD_REQUEST },
    { refusal: 'a card after one that is gone', card: 'B', after: 'missing-card-1', code: ErrorCode.NOT_FOUND },
    { refusal: 'a card that is gone', card: 'missing-card-1', after: null, code: ErrorCode.NOT_FOUND },
  ])('refuses to move $refusal', ({ card, after, code }) => {
    const meeting = new Meeting().deck('A B C');
    const id = (text: string) => (text.startsWith('missing') ? text : meeting.card(text));
    const before = meeting.state;
    expect(meeting.attempt(FACILITATOR, 'definitions.moveCard', { cardId: id(card), afterCardId: after && id(after) })).toMatchObject({ ok: false, code });
    expect(meeting.state).toBe(before);
  });

  it(`accepts card ${DECK_MAX_CARDS} and refuses the one after`, () => {
    const meeting = new Meeting();
    meeting.run(FACILITATOR, 'definitions.replaceDeck', { from: 'list', text: Array.from({ length: DECK_MAX_CARDS - 1 }, (_, n) => `Card ${n}`).join('\n') });
    meeting.run(FACILITATOR, 'definitions.addCard', { text: 'The last one' });
    expect(Object.keys(meeting.defs.cards)).toHaveLength(DECK_MAX_CARDS);
    expect(meeting.attempt(FACILITATOR, 'definitions.addCard', { text: 'One too many' })).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
  });
});

describe('removing a card', () => {
  it('drops its answers, tally and count, and counts the people again', () => {
    const meeting = new Meeting().deck('A B');
    meeting.answer('ana', 'A', 'agree');
    meeting.answer('ben', 'A', 'disagree');
    meeting.answer('ben', 'B', 'notSure');
    const effects = meeting.run(FACILITATOR, 'definitions.removeCard', { cardId: meeting.card('A') });
    const b = meeting.card('B');
    expect(meeting.defs).toMatchObject({
      answers: { [b]: { [memberOf('ben')]: 'notSure' } },
      tallies: { [b]: tally(0, 1, 0) },
      answered: { [b]: 1 },
      respondents: 1,
    });
    expect(Object.keys(meeting.defs.cards)).toEqual([b]);
    expect(effects).toEqual([
      { to: EVERYONE, delta: { type: 'definitions.cardRemoved', cardId: expect.any(String) } },
      { to: FACILITATORS, delta: { type: 'definitions.answeredSaved', cardId: expect.any(String), count: 0, respondents: 1 } },
    ]);
  });

  it('sends no new count of people when everyone who answered it answered another card too', () => {
    const meeting = new Meeting().deck('A B');
    meeting.answer('ana', 'A', 'agree');
    meeting.answer('ana', 'B', 'agree');
    const cardId = meeting.card('A');
    expect(meeting.run(FACILITATOR, 'definitions.removeCard', { cardId })).toEqual([{ to: EVERYONE, delta: { type: 'definitions.cardRemoved', cardId } }]);
    expect(meeting.defs.respondents).toBe(1);
  });

  it('refuses a card that is gone, and an answer to it', () => {
    const meeting = new Meeting().deck('A B');
    const cardId = meeting.card('A');
    meeting.run(FACILITATOR, 'definitions.removeCard', { cardId });
    expect(meeting.attempt(FACILITATOR, 'definitions.removeCard', { cardId })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
    expect(meeting.attempt(phone('ana'), 'definitions.answer', { cardId, answer: 'agree' })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('replacing the deck', () => {
  it.each([
    { from: 'the starter deck', payload: { from: 'starter' }, texts: [...STARTER_STATEMENTS] },
    { from: 'nothing', payload: { from: 'empty' }, texts: [] },
    {
      from: 'a pasted list, without its bullets, numbers and blank lines',
      payload: { from: 'list', text: '- Everyone has a say\r\n\n  * Staff decide\n• Carers count\n1. Money matters\n2) Time matters\n   \nPlain line  ' },
      texts: ['Everyone has a say', 'Staff decide', 'Carers count', 'Money matters', 'Time matters', 'Plain line'],
    },
  ])('starts again from $from, forgetting every answer and the reveal', ({ payload, texts }) => {
    const meeting = new Meeting();
    meeting.run(phone('ana'), 'definitions.answer', { cardId: 'starter-card-01', answer: 'agree' });
    meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed: true });
    const effects = meeting.run(FACILITATOR, 'definitions.replaceDeck', payload);
    const cards = orderedCards(meeting.defs);
    expect(cards.map((card) => card.text)).toEqual(texts);
    expect(cards.map((card) => card.id)).toEqual(texts.map((_, n) => `cmd-000003-${String(n + 1).padStart(2, '0')}`));
    expect(meeting.defs).toMatchObject({ revealed: false, answers: {}, tallies: {}, answered: {}, respondents: 0 });
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'definitions.deckReplaced', cards } }]);
  });

  it(`takes a list of exactly ${DECK_MAX_CARDS} statements`, () => {
    const meeting = new Meeting().deck(Array.from({ length: DECK_MAX_CARDS }, (_, n) => `S${n}`).join(' '));
    expect(Object.keys(meeting.defs.cards)).toHaveLength(DECK_MAX_CARDS);
  });

  it.each([
    { paste: 'an empty list', text: '', message: 'Please paste at least one statement, one a line.' },
    { paste: 'only bullets and blank lines', text: '-  \n\n  \n*', message: 'Please paste at least one statement, one a line.' },
    { paste: 'too many lines', text: Array.from({ length: DECK_MAX_CARDS + 1 }, (_, n) => `S${n}`).join('\n'), message: `A deck can have up to ${DECK_MAX_CARDS} cards; the list has ${DECK_MAX_CARDS + 1} lines.` },
    { paste: 'a line too long', text: `Fine\n\n- ${'x'.repeat(CARD_TEXT_MAX + 1)}`, message: `Line 2 is longer than ${CARD_TEXT_MAX} characters.` },
    { paste: 'too much text', text: 'x'.repeat(DECK_PASTE_MAX + 1), message: `The list can be up to ${DECK_PASTE_MAX} characters.` },
  ])('refuses $paste with a plain message', ({ text, message }) => {
    expect(parse('definitions.replaceDeck', { from: 'list', text })).toEqual({ ok: false, message });
  });

  it('refuses a blank or too long card with a plain message', () => {
    expect(parse('definitions.addCard', { text: '   ' })).toEqual({ ok: false, message: 'Please write something in the statement.' });
    expect(parse('definitions.addCard', { text: 'x'.repeat(CARD_TEXT_MAX + 1) })).toEqual({ ok: false, message: `The statement can be up to ${CARD_TEXT_MAX} characters.` });
  });
});

describe('answering a card', () => {
  it('tells only the person their answer, and only the facilitator how many have answered', () => {
    const meeting = new Meeting().deck('A B');
    const cardId = meeting.card('A');
    const effects = meeting.answer('ana', 'A', 'agree');
    expect(effects).toEqual([
      { to: onlyMember(memberOf('ana')), delta: { type: 'definitions.answerSaved', cardId, memberId: memberOf('ana'), answer: 'agree' } },
      { to: FACILITATORS, delta: { type: 'definitions.answeredSaved', cardId, count: 1, respondents: 1 } },
    ]);
    expect(seenBy(effects, VIEWERS.ben!)).toEqual([]);
    expect(seenBy(effects, VIEWERS.screen!)).toEqual([]);
    expect(seenBy(effects, VIEWERS.facilitator!)).toEqual([{ type: 'definitions.answeredSaved', cardId, count: 1, respondents: 1 }]);
  });

  it('lets a person change their answer and take it back, one answer a card', () => {
    const meeting = new Meeting().deck('A B');
    const a = meeting.card('A');
    meeting.answer('ana', 'A', 'agree');
    meeting.answer('ana', 'A', 'disagree');
    expect(meeting.defs).toMatchObject({ answers: { [a]: { [memberOf('ana')]: 'disagree' } }, tallies: { [a]: tally(0, 0, 1) }, answered: { [a]: 1 }, respondents: 1 });
    const effects = meeting.answer('ana', 'A', null);
    expect(meeting.defs).toMatchObject({ answers: {}, tallies: { [a]: tally(0, 0, 0) }, answered: { [a]: 0 }, respondents: 0 });
    expect(effects.map((effect) => effect.delta)).toEqual([
      { type: 'definitions.answerSaved', cardId: a, memberId: memberOf('ana'), answer: null },
      { type: 'definitions.answeredSaved', cardId: a, count: 0, respondents: 0 },
    ]);
  });

  it.each([
    { refusal: 'the same answer twice', first: 'agree', second: 'agree' },
    { refusal: 'taking back an answer never given', first: null, second: null },
  ] as const)('refuses $refusal and changes nothing', ({ first, second }) => {
    const meeting = new Meeting().deck('A');
    if (first) meeting.answer('ana', 'A', first);
    const before = meeting.state;
    expect(meeting.attempt(phone('ana'), 'definitions.answer', { cardId: meeting.card('A'), answer: second })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    expect(meeting.state).toBe(before);
  });

  it.each<{ steps: string; tallies: Record<string, Tally>; respondents: number }>([
    {
      steps: 'ana A agree, ben A agree, cy A disagree, dee B notSure',
      tallies: { A: tally(2, 0, 1), B: tally(0, 1, 0) },
      respondents: 4,
    },
    {
      steps: 'ana A agree, ana A notSure, ana A disagree, ana B agree, ana A -',
      tallies: { A: tally(0, 0, 0), B: tally(1, 0, 0) },
      respondents: 1,
    },
    {
      steps: 'ana A agree, ben B agree, ana A -, ben B -, cy C notSure, cy C agree',
      tallies: { A: tally(0, 0, 0), B: tally(0, 0, 0), C: tally(1, 0, 0) },
      respondents: 1,
    },
    {
      steps: 'ana A agree, ana B agree, ana C agree, ben C disagree, ana B -, ana C -',
      tallies: { A: tally(1, 0, 0), B: tally(0, 0, 0), C: tally(0, 0, 1) },
      respondents: 2,
    },
  ])('counts exactly after $steps', ({ steps, tallies, respondents }) => {
    const meeting = new Meeting().deck('A B C');
    for (const step of steps.split(', ')) {
      const [person, card, answer] = step.split(' ') as [Person, string, string];
      meeting.answer(person, card, answer === '-' ? null : (answer as CardAnswer));
    }
    const byId = (byText: Record<string, Tally>) => Object.fromEntries(Object.entries(byText).map(([text, value]) => [meeting.card(text), value]));
    expect(meeting.defs.tallies).toEqual(byId(tallies));
    expect(meeting.defs.answered).toEqual(Object.fromEntries(Object.entries(byId(tallies)).map(([id, value]) => [id, value.agree + value.notSure + value.disagree])));
    expect(meeting.defs.respondents).toBe(respondents);
    // The counts always agree with the answers they summarise.
    for (const [cardId, value] of Object.entries(meeting.defs.tallies)) {
      const given = Object.values(meeting.defs.answers[cardId] ?? {});
      expect(value).toEqual(tally(...(['agree', 'notSure', 'disagree'] as const).map((kind) => given.filter((one) => one === kind).length) as [number, number, number]));
    }
  });
});

describe('showing the answers', () => {
  function answered(): Meeting {
    const meeting = new Meeting().deck('A B');
    meeting.answer('ana', 'A', 'agree');
    meeting.answer('ben', 'A', 'disagree');
    meeting.answer('ben', 'B', 'notSure');
    return meeting;
  }

  it('sends every card’s tally to everyone when revealed, and none when hidden again', () => {
    const meeting = answered();
    const tallies = meeting.defs.tallies;
    expect(meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed: true })).toEqual([
      { to: EVERYONE, delta: { type: 'definitions.revealSaved', revealed: true, tallies } },
    ]);
    expect(meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed: false })).toEqual([
      { to: EVERYONE, delta: { type: 'definitions.revealSaved', revealed: false, tallies: {} } },
    ]);
    expect(meeting.defs.tallies).toEqual(tallies);
  });

  it.each([true, false])('refuses revealed = %s when it already is', (revealed) => {
    const meeting = answered();
    if (revealed) meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed });
    expect(meeting.attempt(FACILITATOR, 'definitions.setRevealed', { revealed })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('sends each new tally to everyone only while revealed, and never the answer itself', () => {
    const meeting = answered();
    meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed: true });
    const a = meeting.card('A');
    const effects = meeting.answer('cy', 'A', 'agree');
    expect(seenBy(effects, VIEWERS.ben!)).toEqual([{ type: 'definitions.tallySaved', cardId: a, tally: tally(2, 0, 1) }]);
    expect(seenBy(effects, VIEWERS.screen!)).toEqual([{ type: 'definitions.tallySaved', cardId: a, tally: tally(2, 0, 1) }]);
    expect(seenBy(effects, VIEWERS.facilitator!)).toEqual([
      { type: 'definitions.answeredSaved', cardId: a, count: 3, respondents: 3 },
      { type: 'definitions.tallySaved', cardId: a, tally: tally(2, 0, 1) },
    ]);
    meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed: false });
    expect(meeting.answer('dee', 'A', 'agree').map((effect) => effect.delta.type)).toEqual(['definitions.answerSaved', 'definitions.answeredSaved']);
  });

  it('clears every answer and hides the result, for everyone', () => {
    const meeting = answered();
    meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed: true });
    expect(meeting.run(FACILITATOR, 'definitions.clearAnswers')).toEqual([{ to: EVERYONE, delta: { type: 'definitions.answersCleared' } }]);
    expect(meeting.defs).toMatchObject({ revealed: false, answers: {}, tallies: {}, answered: {}, respondents: 0 });
    expect(Object.keys(meeting.defs.cards)).toHaveLength(2);
    expect(meeting.attempt(FACILITATOR, 'definitions.clearAnswers')).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('lets the facilitator clear a reveal that nobody answered', () => {
    const meeting = new Meeting();
    meeting.run(FACILITATOR, 'definitions.setRevealed', { revealed: true });
    meeting.run(FACILITATOR, 'definitions.clearAnswers');
    expect(meeting.defs.revealed).toBe(false);
  });
});

describe('proposals for the group’s definition', () => {
  it('keeps the name of a named author and tells everyone', () => {
    const meeting = new Meeting();
    const id = meeting.propose(phone('ana'), '  Working as equals  ', false);
    const proposal = meeting.defs.proposals[id];
    expect(proposal).toEqual({ id, text: 'Working as equals', authorId: memberOf('ana'), authorName: 'Ana', anonymous: false, createdAt: NOW, supportCount: 0 });
    expect(meeting.effects).toEqual([{ to: EVERYONE, delta: { type: 'definitions.proposalSaved', proposal } }]);
  });

  it('tells only the author of an anonymous proposal that it is theirs', () => {
    const meeting = new Meeting();
    const id = meeting.propose(phone('ana'), 'Sharing power', true);
    const full = meeting.defs.proposals[id]!;
    expect(full).toMatchObject({ authorId: memberOf('ana'), authorName: null, anonymous: true });
    expect(meeting.effects).toEqual([
      { to: allExceptMember(memberOf('ana')), delta: { type: 'definitions.proposalSaved', proposal: { ...full, authorId: null } } },
      { to: onlyMember(memberOf('ana')), delta: { type: 'definitions.proposalSaved', proposal: full } },
    ]);
  });

  it.each([
    { viewer: 'facilitator', authorId: null },
    { viewer: 'ben', authorId: null },
    { viewer: 'screen', authorId: null },
    { viewer: 'ana', authorId: memberOf('ana') },
  ])('sends an anonymous proposal to $viewer once, with authorId $authorId', ({ viewer, authorId }) => {
    const meeting = new Meeting();
    meeting.propose(phone('ana'), 'Sharing power', true);
    expect(seenBy(meeting.effects, VIEWERS[viewer]!)).toEqual([{ type: 'definitions.proposalSaved', proposal: expect.objectContaining({ authorId, authorName: null }) }]);
  });

  it(`accepts proposal ${PROPOSALS_MAX} and refuses the next`, () => {
    const meeting = new Meeting();
    const template: Proposal = { id: 'x', text: 'Filler', authorId: null, authorName: null, anonymous: false, createdAt: NOW, supportCount: 0 };
    const proposals = Object.fromEntries(Array.from({ length: PROPOSALS_MAX - 1 }, (_, n) => [`fill-${n}-0000`, { ...template, id: `fill-${n}-0000` }]));
    meeting.state = { ...meeting.state, definitions: { ...meeting.defs, proposals } };
    meeting.propose(phone('ben'), 'The last one');
    expect(Object.keys(meeting.defs.proposals)).toHaveLength(PROPOSALS_MAX);
    expect(meeting.attempt(FACILITATOR, 'definitions.propose', { text: 'One more', anonymous: false })).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
  });

  it('counts support, one a person, and tells only the supporter that it is theirs', () => {
    const meeting = new Meeting();
    const id = meeting.propose(phone('cy'), 'Sharing power', true);
    const effects = meeting.run(phone('ana'), 'definitions.support', { proposalId: id, supported: true });
    expect(effects[0]).toEqual({ to: onlyMember(memberOf('ana')), delta: { type: 'definitions.supportSaved', proposalId: id, memberId: memberOf('ana'), supported: true } });
    // The new count reaches everyone, still without the anonymous author's id.
    expect(seenBy(effects, VIEWERS.ben!)).toEqual([{ type: 'definitions.proposalSaved', proposal: expect.objectContaining({ supportCount: 1, authorId: null }) }]);
    expect(JSON.stringify(seenBy(effects, VIEWERS.ben!))).not.toContain(memberOf('ana'));
    meeting.run(phone('ben'), 'definitions.support', { proposalId: id, supported: true });
    expect(meeting.attempt(phone('ana'), 'definitions.support', { proposalId: id, supported: true })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    expect(meeting.defs.proposals[id]?.supportCount).toBe(2);
    meeting.run(phone('ana'), 'definitions.support', { proposalId: id, supported: false });
    expect(meeting.defs.proposals[id]?.supportCount).toBe(1);
    expect(meeting.defs.supports[id]).toEqual([memberOf('ben')]);
    expect(meeting.attempt(phone('ana'), 'definitions.support', { proposalId: id, supported: false })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    expect(meeting.attempt(phone('ana'), 'definitions.support', { proposalId: 'missing-prop-1', supported: true })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });

  it('removes a proposal with its support, and takes it out of the draft', () => {
    const meeting = new Meeting();
    const kept = meeting.propose(phone('ana'), 'Equal say');
    const removed = meeting.propose(phone('ben'), 'Shared power');
    meeting.run(phone('ana'), 'definitions.support', { proposalId: removed, supported: true });
    meeting.run(FACILITATOR, 'definitions.setDraft', { text: 'Draft', proposalIds: [removed, kept] }, NOW);
    const effects = meeting.run(FACILITATOR, 'definitions.removeProposal', { proposalId: removed }, LATER);
    expect(Object.keys(meeting.defs.proposals)).toEqual([kept]);
    expect(meeting.defs.supports).toEqual({});
    expect(meeting.defs.draft).toEqual({ text: 'Draft', proposalIds: [kept], updatedAt: NOW });
    expect(effects).toEqual([
      { to: EVERYONE, delta: { type: 'definitions.proposalRemoved', proposalId: removed } },
      { to: EVERYONE, delta: { type: 'definitions.draftSaved', draft: meeting.defs.draft } },
    ]);
    expect(meeting.run(FACILITATOR, 'definitions.removeProposal', { proposalId: kept }).map((effect) => effect.delta.type)).toEqual(['definitions.proposalRemoved', 'definitions.draftSaved']);
    expect(meeting.attempt(FACILITATOR, 'definitions.removeProposal', { proposalId: kept })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('writing and adopting the definition', () => {
  it('keeps the draft as typed, with its proposals once each and the time', () => {
    const meeting = new Meeting();
    const a = meeting.propose(phone('ana'), 'Equal say');
    const b = meeting.propose(phone('ben'), 'Shared power');
    const effects = meeting.run(FACILITATOR, 'definitions.setDraft', { text: 'Working together as equals ', proposalIds: [b, a, b] }, LATER);
    const draft = { text: 'Working together as equals ', proposalIds: [b, a], updatedAt: LATER };
    expect(meeting.defs.draft).toEqual(draft);
    expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'definitions.draftSaved', draft } }]);
    expect(meeting.attempt(FACILITATOR, 'definitions.setDraft', { text: 'x', proposalIds: [a, 'missing-prop-1'] })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
    expect(parse('definitions.setDraft', { text: 'x'.repeat(DEFINITION_TEXT_MAX + 1), proposalIds: [] })).toEqual({
      ok: false,
      message: `The definition can be up to ${DEFINITION_TEXT_MAX} characters.`,
    });
  });

  it('adopts trimmed versions numbered 1, 2, 3, each with its time and proposals', () => {
    const meeting = new Meeting();
    const a = meeting.propose(phone('ana'), 'Equal say');
    const texts = ['  Working together  ', 'Working together as equals', 'Working together'];
    texts.forEach((text, n) => {
      meeting.run(FACILITATOR, 'definitions.setDraft', { text, proposalIds: n === 1 ? [a] : [] });
      const effects = meeting.run(FACILITATOR, 'definitions.adopt', {}, LATER + n);
      expect(effects).toEqual([{ to: EVERYONE, delta: { type: 'definitions.versionAdded', version: meeting.defs.versions[n] } }]);
    });
    expect(meeting.defs.versions).toEqual([
      { number: 1, text: 'Working together', proposalIds: [], adoptedAt: LATER },
      { number: 2, text: 'Working together as equals', proposalIds: [a], adoptedAt: LATER + 1 },
      { number: 3, text: 'Working together', proposalIds: [], adoptedAt: LATER + 2 },
    ]);
  });

  it.each([
    { refusal: 'an empty draft', draft: '', code: ErrorCode.BAD_REQUEST },
    { refusal: 'a draft of spaces', draft: '   \n ', code: ErrorCode.BAD_REQUEST },
    { refusal: 'the wording already agreed', draft: 'Working together', code: ErrorCode.CONFLICT },
    { refusal: 'the wording already agreed, with spaces round it', draft: ' Working together \n', code: ErrorCode.CONFLICT },
  ])('refuses to adopt $refusal', ({ draft, code }) => {
    const meeting = new Meeting();
    meeting.run(FACILITATOR, 'definitions.setDraft', { text: 'Working together', proposalIds: [] });
    meeting.run(FACILITATOR, 'definitions.adopt');
    meeting.run(FACILITATOR, 'definitions.setDraft', { text: draft, proposalIds: [] });
    expect(meeting.attempt(FACILITATOR, 'definitions.adopt')).toMatchObject({ ok: false, code });
    expect(meeting.defs.versions).toHaveLength(1);
  });

  it(`keeps ${DEFINITION_VERSIONS_MAX} versions and refuses the next`, () => {
    const meeting = new Meeting();
    for (let n = 1; n <= DEFINITION_VERSIONS_MAX + 1; n++) {
      meeting.run(FACILITATOR, 'definitions.setDraft', { text: `Version ${n}`, proposalIds: [] });
      const reduction = meeting.attempt(FACILITATOR, 'definitions.adopt');
      expect(reduction.ok, `version ${n}`).toBe(n <= DEFINITION_VERSIONS_MAX);
    }
    expect(meeting.defs.versions.at(-1)).toMatchObject({ number: DEFINITION_VERSIONS_MAX, text: `Version ${DEFINITION_VERSIONS_MAX}` });
    expect(meeting.attempt(FACILITATOR, 'definitions.adopt')).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
  });
});

describe('how divided the room is', () => {
  it.each([
    { answers: 'nobody', value: tally(0, 0, 0), division: 0 },
    { answers: 'everyone agrees', value: tally(5, 0, 0), division: 0 },
    { answers: 'everyone is not sure', value: tally(0, 4, 0), division: 0 },
    { answers: 'half agree, half disagree', value: tally(3, 0, 3), division: 1 },
    { answers: 'one agrees, one is not sure', value: tally(1, 1, 0), division: 0.25 },
    { answers: 'one of each', value: tally(1, 1, 1), division: 2 / 3 },
  ])('scores $answers as $division', ({ value, division }) => {
    expect(divisionOf(value)).toBeCloseTo(division, 10);
  });

  it('puts the most divided card first and the unanimous last; ties by more answers, then deck order', () => {
    const meeting = new Meeting().deck('Unanimous Split Tie1 Tie2 BigTie Empty');
    const tallies: Record<string, Tally> = {
      Unanimous: tally(4, 0, 0),
      Split: tally(2, 0, 2),
      Tie1: tally(1, 1, 0),
      Tie2: tally(1, 1, 0),
      BigTie: tally(2, 2, 0),
    };
    const definitions = { cards: meeting.defs.cards, tallies: Object.fromEntries(Object.entries(tallies).map(([text, value]) => [meeting.card(text), value])) };
    expect(cardsByDivision(definitions).map((card) => card.text)).toEqual(['Split', 'BigTie', 'Tie1', 'Tie2', 'Unanimous', 'Empty']);
  });
});

describe('permissions', () => {
  const cases = [
    ...(['ana', 'screen'] as const).flatMap((who) =>
      [
        ['definitions.setStage', { stage: 'definition' }],
        ['definitions.addCard', { text: 'Mine' }],
        ['definitions.editCard', { cardId: 'starter-card-01', text: 'Mine' }],
        ['definitions.moveCard', { cardId: 'starter-card-01', afterCardId: null }],
        ['definitions.removeCard', { cardId: 'starter-card-01' }],
        ['definitions.replaceDeck', { from: 'empty' }],
        ['definitions.setRevealed', { revealed: true }],
        ['definitions.clearAnswers', {}],
        ['definitions.removeProposal', { proposalId: 'proposal-0001' }],
        ['definitions.setDraft', { text: 'Ours', proposalIds: [] }],
        ['definitions.adopt', {}],
      ].map(([type, payload]) => ({ who, actor: who === 'ana' ? phone('ana') : SCREEN, type, payload })),
    ),
    { who: 'facilitator', actor: FACILITATOR, type: 'definitions.answer', payload: { cardId: 'starter-card-01', answer: 'agree' } },
    { who: 'facilitator', actor: FACILITATOR, type: 'definitions.support', payload: { proposalId: 'proposal-0001', supported: true } },
    { who: 'screen', actor: SCREEN, type: 'definitions.answer', payload: { cardId: 'starter-card-01', answer: 'agree' } },
    { who: 'screen', actor: SCREEN, type: 'definitions.propose', payload: { text: 'From the wall', anonymous: false } },
  ];

  it.each(cases)('refuses $type from $who and changes nothing', ({ actor, type, payload }) => {
    const meeting = new Meeting();
    meeting.run(phone('ana'), 'definitions.answer', { cardId: 'starter-card-02', answer: 'agree' });
    meeting.state = { ...meeting.state, definitions: { ...meeting.defs, proposals: { 'proposal-0001': { id: 'proposal-0001', text: 'Equal say', authorId: null, authorName: null, anonymous: false, createdAt: NOW, supportCount: 0 } } } };
    const before = meeting.state;
    expect(meeting.attempt(actor, type as string, payload)).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
    expect(meeting.state).toBe(before);
  });
});

describe('determinism', () => {
  it('gives the same answer twice and never changes the state it is given', () => {
    const meeting = new Meeting().deck('A B C');
    meeting.answer('ana', 'A', 'agree');
    meeting.answer('ben', 'B', 'disagree');
    const proposal = meeting.propose(phone('cy'), 'Sharing power', true);
    meeting.run(phone('ana'), 'definitions.support', { proposalId: proposal, supported: true });
    meeting.run(FACILITATOR, 'definitions.setDraft', { text: 'Together', proposalIds: [proposal] });
    const state = deepFreeze(meeting.state);
    const copy = structuredClone(state);
    const [a, b] = [meeting.card('A'), meeting.card('B')];
    const commands: [Actor, string, unknown][] = [
      [FACILITATOR, 'definitions.setStage', { stage: 'definition' }],
      [FACILITATOR, 'definitions.addCard', { text: 'D' }],
      [FACILITATOR, 'definitions.editCard', { cardId: a, text: 'Aa' }],
      [FACILITATOR, 'definitions.moveCard', { cardId: a, afterCardId: b }],
      [FACILITATOR, 'definitions.removeCard', { cardId: a }],
      [FACILITATOR, 'definitions.replaceDeck', { from: 'list', text: 'X\nY' }],
      [phone('dee'), 'definitions.answer', { cardId: a, answer: 'notSure' }],
      [phone('ana'), 'definitions.answer', { cardId: a, answer: null }],
      [FACILITATOR, 'definitions.setRevealed', { revealed: true }],
      [FACILITATOR, 'definitions.clearAnswers', {}],
      [phone('ben'), 'definitions.propose', { text: 'Equal say', anonymous: false }],
      [phone('ben'), 'definitions.support', { proposalId: proposal, supported: true }],
      [FACILITATOR, 'definitions.removeProposal', { proposalId: proposal }],
      [FACILITATOR, 'definitions.setDraft', { text: 'Together again', proposalIds: [] }],
      [FACILITATOR, 'definitions.adopt', {}],
    ];
    for (const [actor, type, payload] of commands) {
      const command = meeting.command(type, payload);
      const first = applyCommand(state, command, { actor, now: LATER });
      expect(first, type).toMatchObject({ ok: true });
      expect(applyCommand(state, command, { actor, now: LATER })).toEqual(first);
    }
    expect(state).toEqual(copy);
  });
});
