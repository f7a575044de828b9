import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import { assertNever, EVERYONE, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import { authoredEffects, authoredFor, ToolChange } from '../authored.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { typedText } from '../text.ts';
import type { Reduction, RoomState } from '../state.ts';
import { STARTER_STATEMENTS } from './definitionDeck.ts';

/** Most cards in a deck. */
export const DECK_MAX_CARDS = 60;
/** Most characters on one card. */
export const CARD_TEXT_MAX = 300;
/** Most characters in a pasted list of statements (60 cards of 300, with line breaks). */
export const DECK_PASTE_MAX = DECK_MAX_CARDS * (CARD_TEXT_MAX + 2);
/** Most characters in one proposal for the group's definition. */
export const PROPOSAL_TEXT_MAX = 200;
/** Most proposals one room holds. */
export const PROPOSALS_MAX = 300;
/** Most characters in the group's definition. */
export const DEFINITION_TEXT_MAX = 1000;
/** Most versions of the definition one room keeps. */
export const DEFINITION_VERSIONS_MAX = 100;

/** What a person can answer to a statement. */
export const CARD_ANSWERS = ['agree', 'notSure', 'disagree'] as const;
export const cardAnswerSchema = z.enum(CARD_ANSWERS);
export type CardAnswer = z.infer<typeof cardAnswerSchema>;

/**
 * What phones and the screen show of this tool: the cards to answer, or the work on the group's
 * own definition.
 */
export const DEFINITION_STAGES = ['cards', 'definition'] as const;
export const definitionStageSchema = z.enum(DEFINITION_STAGES);
export type DefinitionStage = z.infer<typeof definitionStageSchema>;

export const definitionCardSchema = z.object({
  id: idSchema,
  text: z.string(),
  /** Fractional sort key: the deck's order, one write per move. */
  sortKey: z.string(),
});
export type DefinitionCard = z.infer<typeof definitionCardSchema>;

/** How many people gave each answer to one card. */
export const tallySchema = z.object({
  agree: z.number().int(),
  notSure: z.number().int(),
  disagree: z.number().int(),
});
export type Tally = z.infer<typeof tallySchema>;

/** Words someone thinks belong in the group's definition. Authors are redacted as in the car park. */
export const proposalSchema = z.object({
  id: idSchema,
  text: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  anonymous: z.boolean(),
  createdAt: z.number().int(),
  /** How many people support it; who they are is never sent, except to each supporter for themselves. */
  supportCount: z.number().int(),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** The definition being written on the console, live on every screen. */
export const definitionDraftSchema = z.object({
  text: z.string(),
  /** The proposals the facilitator marked as drawn on. */
  proposalIds: z.array(z.string()),
  updatedAt: z.number().int().nullable(),
});
export type DefinitionDraft = z.infer<typeof definitionDraftSchema>;

/** One agreed wording. Later changes add a version and keep the earlier ones. */
export const definitionVersionSchema = z.object({
  number: z.number().int().positive(),
  text: z.string(),
  proposalIds: z.array(z.string()),
  adoptedAt: z.number().int(),
});
export type DefinitionVersion = z.infer<typeof definitionVersionSchema>;

export const definitionsStateSchema = z.object({
  stage: definitionStageSchema,
  cards: z.record(z.string(), definitionCardSchema),
  /** Whether the room's answers are shown. Until then nobody follows the crowd. */
  revealed: z.boolean(),
  /**
   * answers[cardId][memberId]. Each device receives only its own member's answers: answers are
   * anonymous, to the facilitator too.
   */
  answers: z.record(z.string(), z.record(z.string(), cardAnswerSchema)),
  /** Per card. Sent to every device once revealed; before that to none, the facilitator's included. */
  tallies: z.record(z.string(), tallySchema),
  /** Per card, how many have answered. Facilitators only (the progress of the round, not its result). */
  answered: z.record(z.string(), z.number().int()),
  /** How many people have answered at least one card. Facilitators only. */
  respondents: z.number().int(),
  proposals: z.record(z.string(), proposalSchema),
  /** supports[proposalId] = the members supporting it. Each device receives only its own member. */
  supports: z.record(z.string(), z.array(z.string())),
  draft: definitionDraftSchema,
  /** Oldest first. */
  versions: z.array(definitionVersionSchema),
});
export type DefinitionsState = z.infer<typeof definitionsStateSchema>;

/** Cards for a list of statements, in that order, with ids made from `idPrefix`. */
function deckOf(statements: readonly string[], idPrefix: string): Record<string, DefinitionCard> {
  const keys = generateNKeysBetween(null, null, statements.length);
  const cards: Record<string, DefinitionCard> = {};
  statements.forEach((text, index) => {
    const id = `${idPrefix}-${String(index + 1).padStart(2, '0')}`;
    cards[id] = { id, text, sortKey: keys[index]! };
  });
  return cards;
}

const NO_ANSWERS = { revealed: false, answers: {}, tallies: {}, answered: {}, respondents: 0 };

/** A new room's definitions: the starter deck, nothing answered or proposed. */
export const initialDefinitions = (): DefinitionsState => ({
  stage: 'cards',
  cards: deckOf(STARTER_STATEMENTS, 'starter-card'),
  ...NO_ANSWERS,
  proposals: {},
  supports: {},
  draft: { text: '', proposalIds: [], updatedAt: null },
  versions: [],
});

const cardText = typedText(CARD_TEXT_MAX, 'the statement');
const proposalText = typedText(PROPOSAL_TEXT_MAX, 'your words');

/** A pasted list's statements: one a line, blank lines and list bullets dropped. */
export function statementsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])(?:\s+|$)/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * A pasted list, one statement a line (see `statementsOf`). Each line is held to the card's limits,
 * with a message that says which line is too long. The text travels as typed and the reducer
 * splits it: a transform here would make the command's type differ from what the wire carries,
 * and a device's optimistic copy runs its own unparsed commands through the reducer.
 */
export const pastedStatementsSchema = z
  .string()
  .max(DECK_PASTE_MAX, `The list can be up to ${DECK_PASTE_MAX} characters.`)
  .superRefine((text, ctx) => {
    const lines = statementsOf(text);
    if (lines.length === 0) ctx.addIssue({ code: 'custom', message: 'Please paste at least one statement, one a line.' });
    if (lines.length > DECK_MAX_CARDS) {
      ctx.addIssue({ code: 'custom', message: `A deck can have up to ${DECK_MAX_CARDS} cards; the list has ${lines.length} lines.` });
    }
    const long = lines.findIndex((line) => line.length > CARD_TEXT_MAX);
    if (long >= 0) ctx.addIssue({ code: 'custom', message: `Line ${long + 1} is longer than ${CARD_TEXT_MAX} characters.` });
  });

const empty = z.object({});
export const definitionsCommandSchemas = [
  commandSchema('definitions.setStage', z.object({ stage: definitionStageSchema })),
  commandSchema('definitions.addCard', z.object({ text: cardText })),
  commandSchema('definitions.editCard', z.object({ cardId: idSchema, text: cardText })),
  commandSchema('definitions.moveCard', z.object({ cardId: idSchema, afterCardId: idSchema.nullable() })),
  commandSchema('definitions.removeCard', z.object({ cardId: idSchema })),
  /** Replaces the whole deck and clears every answer: `starter`, an empty deck, or a pasted list. */
  commandSchema(
    'definitions.replaceDeck',
    z.discriminatedUnion('from', [
      z.object({ from: z.literal('starter') }),
      z.object({ from: z.literal('empty') }),
      z.object({ from: z.literal('list'), text: pastedStatementsSchema }),
    ]),
  ),
  commandSchema('definitions.answer', z.object({ cardId: idSchema, answer: cardAnswerSchema.nullable() })),
  commandSchema('definitions.setRevealed', z.object({ revealed: z.boolean() })),
  commandSchema('definitions.clearAnswers', empty),
  commandSchema('definitions.propose', z.object({ text: proposalText, anonymous: z.boolean() })),
  commandSchema('definitions.support', z.object({ proposalId: idSchema, supported: z.boolean() })),
  commandSchema('definitions.removeProposal', z.object({ proposalId: idSchema })),
  /** The wording as the facilitator types it; not trimmed, so a space typed last is not lost. */
  commandSchema(
    'definitions.setDraft',
    z.object({
      text: z.string().max(DEFINITION_TEXT_MAX, `The definition can be up to ${DEFINITION_TEXT_MAX} characters.`),
      proposalIds: z.array(idSchema).max(PROPOSALS_MAX),
    }),
  ),
  /** Records the draft as the group's agreed definition: a new version. */
  commandSchema('definitions.adopt', empty),
] as const;
export type DefinitionsCommand = z.infer<(typeof definitionsCommandSchemas)[number]>;

export const definitionsDeltaSchemas = [
  z.object({ type: z.literal('definitions.stageSaved'), stage: definitionStageSchema }),
  z.object({ type: z.literal('definitions.cardSaved'), card: definitionCardSchema }),
  /** Also drops the card's answers and counts on the device. */
  z.object({ type: z.literal('definitions.cardRemoved'), cardId: z.string() }),
  /** A new deck: every answer, count and the reveal start again. Bounded by DECK_MAX_CARDS. */
  z.object({ type: z.literal('definitions.deckReplaced'), cards: z.array(definitionCardSchema) }),
  z.object({ type: z.literal('definitions.answerSaved'), cardId: z.string(), memberId: z.string(), answer: cardAnswerSchema.nullable() }),
  z.object({ type: z.literal('definitions.answeredSaved'), cardId: z.string(), count: z.number().int(), respondents: z.number().int() }),
  z.object({ type: z.literal('definitions.tallySaved'), cardId: z.string(), tally: tallySchema }),
  /** Revealing sends every card's tally at once (bounded by DECK_MAX_CARDS); hiding sends none. */
  z.object({ type: z.literal('definitions.revealSaved'), revealed: z.boolean(), tallies: z.record(z.string(), tallySchema) }),
  z.object({ type: z.literal('definitions.answersCleared') }),
  z.object({ type: z.literal('definitions.proposalSaved'), proposal: proposalSchema }),
  z.object({ type: z.literal('definitions.proposalRemoved'), proposalId: z.string() }),
  z.object({ type: z.literal('definitions.supportSaved'), proposalId: z.string(), memberId: z.string(), supported: z.boolean() }),
  z.object({ type: z.literal('definitions.draftSaved'), draft: definitionDraftSchema }),
  z.object({ type: z.literal('definitions.versionAdded'), version: definitionVersionSchema }),
] as const;
export type DefinitionsDelta = z.infer<(typeof definitionsDeltaSchemas)[number]>;

/** Cards in the deck's order (ties, never expected, by id so every device agrees). */
export function orderedCards(definitions: Pick<DefinitionsState, 'cards'>): DefinitionCard[] {
  return Object.values(definitions.cards).sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1));
}

export const emptyTally = (): Tally => ({ agree: 0, notSure: 0, disagree: 0 });

export function tallyTotal(tally: Tally): number {
  return tally.agree + tally.notSure + tally.disagree;
}

/**
 * How divided the room is on a card, from 0 (everyone gave the same answer) to 1 (half agree,
 * half disagree): the variance of the answers scored agree = 1, not sure = 0, disagree = -1.
 */
export function divisionOf(tally: Tally): number {
  const total = tallyTotal(tally);
  if (total === 0) return 0;
  const mean = (tally.agree - tally.disagree) / total;
  const meanOfSquares = (tally.agree + tally.disagree) / total;
  return meanOfSquares - mean * mean;
}

/** Cards with the most divided first, to start the discussion; then more answers, then deck order. */
export function cardsByDivision(definitions: Pick<DefinitionsState, 'cards' | 'tallies'>): DefinitionCard[] {
  const tallyOf = (card: DefinitionCard) => definitions.tallies[card.id] ?? emptyTally();
  const order = new Map(orderedCards(definitions).map((card, index) => [card.id, index]));
  return orderedCards(definitions).sort(
    (a, b) =>
      divisionOf(tallyOf(b)) - divisionOf(tallyOf(a)) ||
      tallyTotal(tallyOf(b)) - tallyTotal(tallyOf(a)) ||
      order.get(a.id)! - order.get(b.id)!,
  );
}

/** Proposals in the order they were made. */
export function orderedProposals(definitions: Pick<DefinitionsState, 'proposals'>): Proposal[] {
  return Object.values(definitions.proposals).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The agreed definition as it stands, or null before the group agrees one. */
export function currentDefinition(definitions: Pick<DefinitionsState, 'versions'>): DefinitionVersion | null {
  return definitions.versions.at(-1) ?? null;
}

/** Keeps only what `memberId` itself gave, out of a per-member record. */
function ownOnly<T>(byMember: Record<string, T>, memberId: string | null): Record<string, T> {
  return memberId !== null && memberId in byMember ? { [memberId]: byMember[memberId]! } : {};
}

export function projectDefinitions(definitions: DefinitionsState, viewer: Viewer): DefinitionsState {
  const answers: DefinitionsState['answers'] = {};
  for (const [cardId, byMember] of Object.entries(definitions.answers)) {
    const own = ownOnly(byMember, viewer.memberId);
    if (Object.keys(own).length) answers[cardId] = own;
  }
  const supports: DefinitionsState['supports'] = {};
  for (const [proposalId, members] of Object.entries(definitions.supports)) {
    if (viewer.memberId !== null && members.includes(viewer.memberId)) supports[proposalId] = [viewer.memberId];
  }
  const proposals: DefinitionsState['proposals'] = {};
  for (const [id, proposal] of Object.entries(definitions.proposals)) proposals[id] = authoredFor(proposal, viewer);
  const facilitator = viewer.role === 'facilitator';
  return {
    ...definitions,
    answers,
    supports,
    proposals,
    tallies: definitions.revealed ? definitions.tallies : {},
    answered: facilitator ? definitions.answered : {},
    respondents: facilitator ? definitions.respondents : 0,
  };
}

/** The definitions' next state and effects, one change at a time. */
class DefinitionsChange extends ToolChange<DefinitionsState> {
  saveCard(card: DefinitionCard): void {
    this.set({ cards: { ...this.state.cards, [card.id]: card } });
    this.send({ to: EVERYONE, delta: { type: 'definitions.cardSaved', card } });
  }

  saveProposal(proposal: Proposal): void {
    this.set({ proposals: { ...this.state.proposals, [proposal.id]: proposal } });
    this.effects.push(...authoredEffects(proposal, (shown) => ({ type: 'definitions.proposalSaved', proposal: shown })));
  }

  saveDraft(draft: DefinitionDraft): void {
    this.set({ draft });
    this.send({ to: EVERYONE, delta: { type: 'definitions.draftSaved', draft } });
  }

  done(state: RoomState): Reduction {
    return { ok: true, state: { ...state, definitions: this.state }, effects: this.effects };
  }
}

/** Whether `memberId` has answered any card. */
function hasAnswered(answers: DefinitionsState['answers'], memberId: string): boolean {
  return Object.values(answers).some((byMember) => memberId in byMember);
}

/** Counts every card's answers again (after a card's answers are dropped). */
function respondentsOf(answers: DefinitionsState['answers']): number {
  const people = new Set<string>();
  for (const byMember of Object.values(answers)) for (const memberId of Object.keys(byMember)) people.add(memberId);
  return people.size;
}

const CARD_GONE = 'That card is no longer in the deck.';
const PROPOSAL_GONE = 'Those words are no longer on the list.';

export function reduceDefinitions(state: RoomState, command: DefinitionsCommand, ctx: CommandContext): Reduction {
  const { actor, now } = ctx;
  const definitions = state.definitions;
  const change = new DefinitionsChange(definitions);
  switch (command.type) {
    case 'definitions.setStage': {
      change.set({ stage: command.payload.stage });
      change.send({ to: EVERYONE, delta: { type: 'definitions.stageSaved', stage: command.payload.stage } });
      return change.done(state);
    }
    case 'definitions.addCard': {
      if (definitions.cards[command.id]) return fail(ErrorCode.CONFLICT, 'This card was already added.');
      const cards = orderedCards(definitions);
      if (cards.length >= DECK_MAX_CARDS) return fail(ErrorCode.LIMIT_REACHED, `The deck is full (${DECK_MAX_CARDS} cards).`);
      change.saveCard({ id: command.id, text: command.payload.text, sortKey: generateKeyBetween(cards.at(-1)?.sortKey ?? null, null) });
      return change.done(state);
    }
    case 'definitions.editCard': {
      const card = definitions.cards[command.payload.cardId];
      if (!card) return fail(ErrorCode.NOT_FOUND, CARD_GONE);
      change.saveCard({ ...card, text: command.payload.text });
      return change.done(state);
    }
    case 'definitions.moveCard': {
      const { cardId, afterCardId } = command.payload;
      const card = definitions.cards[cardId];
      if (!card) return fail(ErrorCode.NOT_FOUND, CARD_GONE);
      if (cardId === afterCardId) return fail(ErrorCode.BAD_REQUEST, 'A card cannot go after itself.');
      const others = orderedCards(definitions).filter((other) => other.id !== cardId);
      const index = afterCardId === null ? -1 : others.findIndex((other) => other.id === afterCardId);
      if (afterCardId !== null && index < 0) return fail(ErrorCode.NOT_FOUND, CARD_GONE);
      change.saveCard({ ...card, sortKey: generateKeyBetween(others[index]?.sortKey ?? null, others[index + 1]?.sortKey ?? null) });
      return change.done(state);
    }
    case 'definitions.removeCard': {
      const { cardId } = command.payload;
      if (!definitions.cards[cardId]) return fail(ErrorCode.NOT_FOUND, CARD_GONE);
      const { [cardId]: _card, ...cards } = definitions.cards;
      const { [cardId]: _answers, ...answers } = definitions.answers;
      const { [cardId]: _tally, ...tallies } = definitions.tallies;
      const { [cardId]: _answered, ...answered } = definitions.answered;
      const respondents = respondentsOf(answers);
      change.set({ cards, answers, tallies, answered, respondents });
      change.send({ to: EVERYONE, delta: { type: 'definitions.cardRemoved', cardId } });
      if (respondents !== definitions.respondents) {
        // The count of people goes with a card's count; a removed card has none left.
        change.send({ to: FACILITATORS, delta: { type: 'definitions.answeredSaved', cardId, count: 0, respondents } });
      }
      return change.done(state);
    }
    case 'definitions.replaceDeck': {
      const { payload } = command;
      const statements = payload.from === 'starter' ? STARTER_STATEMENTS : payload.from === 'list' ? statementsOf(payload.text) : [];
      const cards = deckOf(statements, command.id.slice(0, 40));
      change.set({ cards, ...NO_ANSWERS });
      change.send({ to: EVERYONE, delta: { type: 'definitions.deckReplaced', cards: orderedCards({ cards }) } });
      return change.done(state);
    }
    case 'definitions.answer': {
      const { cardId, answer } = command.payload;
      const memberId = actor.memberId;
      if (memberId === null) return fail(ErrorCode.FORBIDDEN, 'Only people in the room can answer.');
      if (!definitions.cards[cardId]) return fail(ErrorCode.NOT_FOUND, CARD_GONE);
      const byMember = definitions.answers[cardId] ?? {};
      const before = byMember[memberId] ?? null;
      if (before === answer) return fail(ErrorCode.CONFLICT, answer === null ? 'You have not answered that card.' : 'That is already your answer.');
      const { [memberId]: _previous, ...rest } = byMember;
      const nextByMember = answer === null ? rest : { ...rest, [memberId]: answer };
      const { [cardId]: _card, ...otherCards } = definitions.answers;
      const answers = Object.keys(nextByMember).length ? { ...otherCards, [cardId]: nextByMember } : otherCards;
      const tally = { ...(definitions.tallies[cardId] ?? emptyTally()) };
      if (before !== null) tally[before] -= 1;
      if (answer !== null) tally[answer] += 1;
      const count = tallyTotal(tally);
      const respondents = definitions.respondents + (hasAnswered(answers, memberId) ? 1 : 0) - (hasAnswered(definitions.answers, memberId) ? 1 : 0);
      change.set({
        answers,
        tallies: { ...definitions.tallies, [cardId]: tally },
        answered: { ...definitions.answered, [cardId]: count },
        respondents,
      });
      change.send({ to: onlyMember(memberId), delta: { type: 'definitions.answerSaved', cardId, memberId, answer } });
      change.send({ to: FACILITATORS, delta: { type: 'definitions.answeredSaved', cardId, count, respondents } });
      if (definitions.revealed) change.send({ to: EVERYONE, delta: { type: 'definitions.tallySaved', cardId, tally } });
      return change.done(state);
    }
    case 'definitions.setRevealed': {
      const { revealed } = command.payload;
      if (revealed === definitions.revealed) {
        return fail(ErrorCode.CONFLICT, revealed ? 'The answers are already shown.' : 'The answers are already hidden.');
      }
      change.set({ revealed });
      change.send({ to: EVERYONE, delta: { type: 'definitions.revealSaved', revealed, tallies: revealed ? definitions.tallies : {} } });
      return change.done(state);
    }
    case 'definitions.clearAnswers': {
      if (definitions.respondents === 0 && !definitions.revealed) return fail(ErrorCode.CONFLICT, 'Nobody has answered yet.');
      change.set(NO_ANSWERS);
      change.send({ to: EVERYONE, delta: { type: 'definitions.answersCleared' } });
      return change.done(state);
    }
    case 'definitions.propose': {
      if (definitions.proposals[command.id]) return fail(ErrorCode.CONFLICT, 'These words were already added.');
      if (Object.keys(definitions.proposals).length >= PROPOSALS_MAX) {
        return fail(ErrorCode.LIMIT_REACHED, `The list is full (${PROPOSALS_MAX} suggestions).`);
      }
      const { anonymous, text } = command.payload;
      const author = actor.memberId === null ? undefined : state.members[actor.memberId];
      change.saveProposal({
        id: command.id,
        text,
        authorId: actor.memberId,
        authorName: anonymous ? null : (author?.name ?? null),
        anonymous,
        createdAt: now,
        supportCount: 0,
      });
      return change.done(state);
    }
    case 'definitions.support': {
      const { proposalId, supported } = command.payload;
      const memberId = actor.memberId;
      const proposal = definitions.proposals[proposalId];
      if (memberId === null) return fail(ErrorCode.FORBIDDEN, 'Only people in the room can support a suggestion.');
      if (!proposal) return fail(ErrorCode.NOT_FOUND, PROPOSAL_GONE);
      const supporters = definitions.supports[proposalId] ?? [];
      if (supporters.includes(memberId) === supported) {
        return fail(ErrorCode.CONFLICT, supported ? 'You already support these words.' : 'You were not supporting these words.');
      }
      const next = supported ? [...supporters, memberId] : supporters.filter((id) => id !== memberId);
      change.set({ supports: { ...definitions.supports, [proposalId]: next } });
      change.send({ to: onlyMember(memberId), delta: { type: 'definitions.supportSaved', proposalId, memberId, supported } });
      change.saveProposal({ ...proposal, supportCount: next.length });
      return change.done(state);
    }
    case 'definitions.removeProposal': {
      const { proposalId } = command.payload;
      if (!definitions.proposals[proposalId]) return fail(ErrorCode.NOT_FOUND, PROPOSAL_GONE);
      const { [proposalId]: _proposal, ...proposals } = definitions.proposals;
      const { [proposalId]: _supports, ...supports } = definitions.supports;
      change.set({ proposals, supports });
      change.send({ to: EVERYONE, delta: { type: 'definitions.proposalRemoved', proposalId } });
      if (definitions.draft.proposalIds.includes(proposalId)) {
        change.saveDraft({ ...definitions.draft, proposalIds: definitions.draft.proposalIds.filter((id) => id !== proposalId) });
      }
      return change.done(state);
    }
    case 'definitions.setDraft': {
      const proposalIds = [...new Set(command.payload.proposalIds)];
      if (proposalIds.some((id) => !definitions.proposals[id])) return fail(ErrorCode.NOT_FOUND, PROPOSAL_GONE);
      change.saveDraft({ text: command.payload.text, proposalIds, updatedAt: now });
      return change.done(state);
    }
    case 'definitions.adopt': {
      const text = definitions.draft.text.trim();
      if (!text) return fail(ErrorCode.BAD_REQUEST, 'Please write the definition first.');
      if (currentDefinition(definitions)?.text === text) return fail(ErrorCode.CONFLICT, 'This wording is already the agreed definition.');
      if (definitions.versions.length >= DEFINITION_VERSIONS_MAX) {
        return fail(ErrorCode.LIMIT_REACHED, `The definition has ${DEFINITION_VERSIONS_MAX} versions, the most a room keeps.`);
      }
      const version: DefinitionVersion = { number: definitions.versions.length + 1, text, proposalIds: definitions.draft.proposalIds, adoptedAt: now };
      change.set({ versions: [...definitions.versions, version] });
      change.send({ to: EVERYONE, delta: { type: 'definitions.versionAdded', version } });
      return change.done(state);
    }
    default:
      return assertNever(command);
  }
}

/** Drops `key` from a record, returning the same record when it was not there. */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

export function applyDefinitionsDelta(definitions: DefinitionsState, delta: DefinitionsDelta): DefinitionsState {
  switch (delta.type) {
    case 'definitions.stageSaved':
      return { ...definitions, stage: delta.stage };
    case 'definitions.cardSaved':
      return { ...definitions, cards: { ...definitions.cards, [delta.card.id]: delta.card } };
    case 'definitions.cardRemoved':
      return {
        ...definitions,
        cards: without(definitions.cards, delta.cardId),
        answers: without(definitions.answers, delta.cardId),
        tallies: without(definitions.tallies, delta.cardId),
        answered: without(definitions.answered, delta.cardId),
      };
    case 'definitions.deckReplaced':
      return { ...definitions, cards: Object.fromEntries(delta.cards.map((card) => [card.id, card])), ...NO_ANSWERS };
    case 'definitions.answerSaved': {
      const byMember = without(definitions.answers[delta.cardId] ?? {}, delta.memberId);
      const next = delta.answer === null ? byMember : { ...byMember, [delta.memberId]: delta.answer };
      const others = without(definitions.answers, delta.cardId);
      return { ...definitions, answers: Object.keys(next).length ? { ...others, [delta.cardId]: next } : others };
    }
    case 'definitions.answeredSaved': {
      // A removed card reports the new count of people with a count of 0 for a card that is gone.
      const answered = definitions.cards[delta.cardId] ? { ...definitions.answered, [delta.cardId]: delta.count } : definitions.answered;
      return { ...definitions, answered, respondents: delta.respondents };
    }
    case 'definitions.tallySaved':
      return { ...definitions, tallies: { ...definitions.tallies, [delta.cardId]: delta.tally } };
    case 'definitions.revealSaved':
      return { ...definitions, revealed: delta.revealed, tallies: delta.tallies };
    case 'definitions.answersCleared':
      return { ...definitions, ...NO_ANSWERS };
    case 'definitions.proposalSaved':
      return { ...definitions, proposals: { ...definitions.proposals, [delta.proposal.id]: delta.proposal } };
    case 'definitions.proposalRemoved':
      return {
        ...definitions,
        proposals: without(definitions.proposals, delta.proposalId),
        supports: without(definitions.supports, delta.proposalId),
      };
    case 'definitions.supportSaved': {
      const members = (definitions.supports[delta.proposalId] ?? []).filter((id) => id !== delta.memberId);
      const next = delta.supported ? [...members, delta.memberId] : members;
      const others = without(definitions.supports, delta.proposalId);
      return { ...definitions, supports: next.length ? { ...others, [delta.proposalId]: next } : others };
    }
    case 'definitions.draftSaved':
      return { ...definitions, draft: delta.draft };
    case 'definitions.versionAdded':
      return { ...definitions, versions: [...definitions.versions, delta.version] };
    default:
      return assertNever(delta);
  }
}
