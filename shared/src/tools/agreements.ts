import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { assertNever, EVERYONE, FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import { authoredEffects, authoredFor, ToolChange } from '../authored.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { typedText } from '../text.ts';
import type { Reduction, RoomState } from '../state.ts';
import { EXAMPLE_AGREEMENTS } from './agreementExamples.ts';

/** Most characters in one agreement. */
export const AGREEMENT_TEXT_MAX = 300;
/** Most characters in the reason given with an answer. */
export const AGREEMENT_REASON_MAX = 300;
/** Most agreements (of any status) one room holds. */
export const AGREEMENTS_MAX = 100;

/** What a person can answer in a consent round. */
export const ROUND_ANSWERS = ['agree', 'notSure', 'cannotAgree'] as const;
export const roundAnswerSchema = z.enum(ROUND_ANSWERS);
export type RoundAnswer = z.infer<typeof roundAnswerSchema>;

/** What a person marks for each agreement when the group revisits them. */
export const CHECK_IN_MARKS = ['works', 'talk'] as const;
export const checkInMarkSchema = z.enum(CHECK_IN_MARKS);
export type CheckInMark = z.infer<typeof checkInMarkSchema>;

/**
 * Where an agreement stands: proposed (not yet agreed, or reworded since), adopted by the group,
 * dropped in a round, or retired at a check-in.
 */
export const AGREEMENT_STATUSES = ['proposed', 'adopted', 'dropped', 'retired'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const roundCountsSchema = z.object({ agree: z.number().int(), notSure: z.number().int(), cannotAgree: z.number().int() });
export type RoundCounts = z.infer<typeof roundCountsSchema>;
export const emptyRoundCounts = (): RoundCounts => ({ agree: 0, notSure: 0, cannotAgree: 0 });

/** One wording of an agreement. Rewording adds a version; none is ever lost. */
export const agreementVersionSchema = z.object({
  number: z.number().int().positive(),
  text: z.string(),
  at: z.number().int(),
  /** The meeting it was written in (1 for the group's first). */
  meeting: z.number().int().positive(),
});
export type AgreementVersion = z.infer<typeof agreementVersionSchema>;

/** The group's decision at the end of a round. `undecided` leaves the proposal as it was. */
export const ROUND_DECISIONS = ['adopted', 'reworded', 'dropped', 'undecided'] as const;
export type RoundDecision = (typeof ROUND_DECISIONS)[number];

/** A closed consent round: which wording it was on, its counts, and what the group decided. */
export const roundRecordSchema = z.object({
  number: z.number().int().positive(),
  version: z.number().int().positive(),
  openedAt: z.number().int(),
  closedAt: z.number().int(),
  counts: roundCountsSchema,
  decision: z.enum(ROUND_DECISIONS),
  meeting: z.number().int().positive(),
});
export type RoundRecord = z.infer<typeof roundRecordSchema>;

/** What the group decided about an agreement someone wanted to talk about at a check-in. */
export const CHECK_IN_OUTCOMES = ['kept', 'reworded', 'retired'] as const;
export type CheckInOutcome = (typeof CHECK_IN_OUTCOMES)[number];

export const agreementSchema = z.object({
  id: idSchema,
  /** The current wording (the last version's text). */
  text: z.string(),
  /** Who proposed it; for an anonymous proposal, sent only to its author's own devices. */
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  anonymous: z.boolean(),
  createdAt: z.number().int(),
  status: z.enum(AGREEMENT_STATUSES),
  statusAt: z.number().int(),
  /** Fractional key: the group's order of its adopted agreements. */
  sortKey: z.string(),
  /** When it was last adopted, or null if it never was. */
  adoptedAt: z.number().int().nullable(),
  versions: z.array(agreementVersionSchema),
  /** Every closed round on it, oldest first. */
  rounds: z.array(roundRecordSchema),
  /** The meeting it was proposed in (1 for the group's first). */
  meeting: z.number().int().positive(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** The round open now: on which agreement, and the counts filling in (shown to everyone live). */
export const openRoundSchema = z.object({
  agreementId: z.string(),
  number: z.number().int().positive(),
  version: z.number().int().positive(),
  openedAt: z.number().int(),
  counts: roundCountsSchema,
});
export type OpenRound = z.infer<typeof openRoundSchema>;

/** A person's answer in the open round. Each device receives only its own member's. */
export const roundAnswerRecordSchema = z.object({
  answer: roundAnswerSchema,
  reason: z.string().nullable(),
  /** Whether the person let their name go with their reason. */
  named: z.boolean(),
  /** The key its reason is shown under on the facilitator's list, so no member id is sent with it. */
  reasonKey: z.string(),
});
export type RoundAnswerRecord = z.infer<typeof roundAnswerRecordSchema>;

/** A reason given in the open round, as the facilitator sees it: no member id, a name only if given. */
export const roundReasonSchema = z.object({ answer: roundAnswerSchema, text: z.string(), name: z.string().nullable() });
export type RoundReason = z.infer<typeof roundReasonSchema>;

/** A check-in: the group going through its adopted agreements to see they still work. */
export const checkInSchema = z.object({
  number: z.number().int().positive(),
  startedAt: z.number().int(),
  endedAt: z.number().int().nullable(),
  /** The agreements checked, in the group's order when it started. */
  agreementIds: z.array(z.string()),
  /** How many people want to talk about each agreement. Everyone sees these, never who. */
  talk: z.record(z.string(), z.number().int()),
  /** How many people have marked every agreement. */
  done: z.number().int(),
  outcomes: z.record(z.string(), z.enum(CHECK_IN_OUTCOMES)),
  meeting: z.number().int().positive(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const agreementsStateSchema = z.object({
  agreements: z.record(z.string(), agreementSchema),
  round: openRoundSchema.nullable(),
  /** answers in the open round by member. Projected to each member's own. */
  roundAnswers: z.record(z.string(), roundAnswerRecordSchema),
  /** Reasons given in the open round, by reason key. Facilitators only. */
  roundReasons: z.record(z.string(), roundReasonSchema),
  /** Shown only when the facilitator asks for them, for a group stuck for ideas. */
  examplesShown: z.boolean(),
  /** Every check-in, oldest first; the last one is open when it has no `endedAt`. */
  checkIns: z.array(checkInSchema),
  /** marks[memberId][agreementId] in the open check-in. Projected to each member's own. */
  checkInMarks: z.record(z.string(), z.record(z.string(), checkInMarkSchema)),
});
export type AgreementsState = z.infer<typeof agreementsStateSchema>;

export const emptyAgreements = (): AgreementsState => ({
  agreements: {},
  round: null,
  roundAnswers: {},
  roundReasons: {},
  examplesShown: false,
  checkIns: [],
  checkInMarks: {},
});

const agreementText = typedText(AGREEMENT_TEXT_MAX, 'the agreement');
const empty = z.object({});

export const agreementsCommandSchemas = [
  commandSchema('agreements.propose', z.object({ text: agreementText, anonymous: z.boolean() })),
  /** A new wording for a proposal, or for an adopted agreement (which then needs a new round). */
  commandSchema('agreements.reword', z.object({ agreementId: idSchema, text: agreementText })),
  /** Takes back a proposal that has never been to a round (a repeat, say). */
  commandSchema('agreements.withdraw', z.object({ agreementId: idSchema })),
  commandSchema('agreements.openRound', z.object({ agreementId: idSchema })),
  commandSchema(
    'agreements.answer',
    z.object({
      answer: roundAnswerSchema,
      reason: typedText(AGREEMENT_REASON_MAX, 'the reason').nullable(),
      named: z.boolean(),
    }),
  ),
  commandSchema(
    'agreements.closeRound',
    z.discriminatedUnion('decision', [
      z.object({ decision: z.literal('adopted') }),
      z.object({ decision: z.literal('dropped') }),
      z.object({ decision: z.literal('undecided') }),
      z.object({ decision: z.literal('reworded'), text: agreementText }),
    ]),
  ),
  commandSchema('agreements.move', z.object({ agreementId: idSchema, afterAgreementId: idSchema.nullable() })),
  commandSchema('agreements.showExamples', z.object({ shown: z.boolean() })),
  commandSchema('agreements.startCheckIn', empty),
  commandSchema('agreements.checkIn', z.object({ agreementId: idSchema, mark: checkInMarkSchema })),
  commandSchema(
    'agreements.resolve',
    z.discriminatedUnion('outcome', [
      z.object({ agreementId: idSchema, outcome: z.literal('kept') }),
      z.object({ agreementId: idSchema, outcome: z.literal('retired') }),
      z.object({ agreementId: idSchema, outcome: z.literal('reworded'), text: agreementText }),
    ]),
  ),
  commandSchema('agreements.endCheckIn', empty),
] as const;
export type AgreementsCommand = z.infer<(typeof agreementsCommandSchemas)[number]>;

export const agreementsDeltaSchemas = [
  z.object({ type: z.literal('agreements.agreementSaved'), agreement: agreementSchema }),
  z.object({ type: z.literal('agreements.agreementRemoved'), agreementId: z.string() }),
  /** The open round, or null when it closes (which also clears every answer and reason on the device). */
  z.object({ type: z.literal('agreements.roundSaved'), round: openRoundSchema.nullable() }),
  z.object({ type: z.literal('agreements.answerSaved'), memberId: z.string(), answer: roundAnswerRecordSchema }),
  z.object({ type: z.literal('agreements.reasonSaved'), reasonKey: z.string(), reason: roundReasonSchema.nullable() }),
  z.object({ type: z.literal('agreements.examplesSaved'), shown: z.boolean() }),
  /** A check-in started, changed or ended. Bounded by the number of adopted agreements. */
  z.object({ type: z.literal('agreements.checkInSaved'), checkIn: checkInSchema }),
  z.object({ type: z.literal('agreements.markSaved'), memberId: z.string(), agreementId: z.string(), mark: checkInMarkSchema }),
] as const;
export type AgreementsDelta = z.infer<(typeof agreementsDeltaSchemas)[number]>;

/** Words compared the way a reader would: case, punctuation and spacing ignored. */
function plainWords(text: string): string {
  return text
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
const EXAMPLE_WORDS = new Set(EXAMPLE_AGREEMENTS.map(plainWords));

/** Whether `text` repeats an example word for word. */
export function isExampleAsItStands(text: string): boolean {
  return EXAMPLE_WORDS.has(plainWords(text));
}

/** The adopted agreements in the group's order. */
export function adoptedAgreements(state: Pick<AgreementsState, 'agreements'>): Agreement[] {
  return Object.values(state.agreements)
    .filter((agreement) => agreement.status === 'adopted')
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1));
}

/** Proposals waiting for a round, oldest first. */
export function proposedAgreements(state: Pick<AgreementsState, 'agreements'>): Agreement[] {
  return Object.values(state.agreements)
    .filter((agreement) => agreement.status === 'proposed')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The check-in under way, or null. */
export function openCheckIn(state: Pick<AgreementsState, 'checkIns'>): CheckIn | null {
  const last = state.checkIns.at(-1);
  return last && last.endedAt === null ? last : null;
}

export function projectAgreements(state: AgreementsState, viewer: Viewer): AgreementsState {
  const agreements: AgreementsState['agreements'] = {};
  for (const [id, agreement] of Object.entries(state.agreements)) agreements[id] = authoredFor(agreement, viewer);
  const own = <T>(byMember: Record<string, T>): Record<string, T> =>
    viewer.memberId !== null && byMember[viewer.memberId] ? { [viewer.memberId]: byMember[viewer.memberId]! } : {};
  return {
    ...state,
    agreements,
    roundAnswers: own(state.roundAnswers),
    roundReasons: viewer.role === 'facilitator' ? state.roundReasons : {},
    checkInMarks: own(state.checkInMarks),
  };
}

/** The agreements' next state and effects, one change at a time. */
class AgreementsChange extends ToolChange<AgreementsState> {
  saveAgreement(agreement: Agreement): void {
    this.set({ agreements: { ...this.state.agreements, [agreement.id]: agreement } });
    this.effects.push(...authoredEffects(agreement, (shown) => ({ type: 'agreements.agreementSaved', agreement: shown })));
  }

  saveCheckIn(checkIn: CheckIn): void {
    this.set({ checkIns: [...this.state.checkIns.slice(0, -1), checkIn] });
    this.send({ to: EVERYONE, delta: { type: 'agreements.checkInSaved', checkIn } });
  }

  done(room: RoomState): Reduction {
    return { ok: true, state: { ...room, agreements: this.state }, effects: this.effects };
  }
}

/** An agreement with a new wording added as its next version. */
function reworded(agreement: Agreement, text: string, now: number, meeting: number): Agreement {
  const version = { number: agreement.versions.length + 1, text, at: now, meeting };
  return { ...agreement, text, versions: [...agreement.versions, version] };
}

/** The sort key that puts an agreement after every adopted one. */
function lastKey(state: AgreementsState, exceptId: string): string {
  const adopted = adoptedAgreements(state).filter((agreement) => agreement.id !== exceptId);
  return generateKeyBetween(adopted.at(-1)?.sortKey ?? null, null);
}

/** How many people have marked every agreement in `checkIn`. */
function doneCount(marks: AgreementsState['checkInMarks'], checkIn: CheckIn): number {
  return Object.values(marks).filter((byAgreement) => checkIn.agreementIds.every((id) => id in byAgreement)).length;
}

const GONE = 'That agreement is no longer on the list.';
const NOT_IN_ROUND = 'There is no question open just now.';

export function reduceAgreements(room: RoomState, command: AgreementsCommand, ctx: CommandContext): Reduction {
  const { actor, now } = ctx;
  const state = room.agreements;
  const meeting = room.meeting.number;
  const change = new AgreementsChange(state);
  const find = (agreementId: string) => state.agreements[agreementId];
  switch (command.type) {
    case 'agreements.propose': {
      const { text, anonymous } = command.payload;
      if (state.agreements[command.id]) return fail(ErrorCode.CONFLICT, 'This agreement was already proposed.');
      if (isExampleAsItStands(text)) {
        return fail(ErrorCode.BAD_REQUEST, 'The examples are there to start you off. Please put it in the group’s own words.');
      }
      if (Object.keys(state.agreements).length >= AGREEMENTS_MAX) {
        return fail(ErrorCode.LIMIT_REACHED, `The list is full (${AGREEMENTS_MAX} agreements).`);
      }
      const author = actor.memberId === null ? undefined : room.members[actor.memberId];
      change.saveAgreement({
        id: command.id,
        text,
        authorId: actor.memberId,
        authorName: anonymous ? null : (author?.name ?? null),
        anonymous,
        createdAt: now,
        status: 'proposed',
        statusAt: now,
        sortKey: '',
        adoptedAt: null,
        versions: [{ number: 1, text, at: now, meeting }],
        rounds: [],
        meeting,
      });
      return change.done(room);
    }
    case 'agreements.reword': {
      const agreement = find(command.payload.agreementId);
      if (!agreement) return fail(ErrorCode.NOT_FOUND, GONE);
      if (state.round?.agreementId === agreement.id) return fail(ErrorCode.CONFLICT, 'Please close the round before changing the words.');
      if (agreement.text === command.payload.text) return fail(ErrorCode.CONFLICT, 'Those are already its words.');
      // New words need the group's consent again, so an adopted agreement goes back to proposed.
      change.saveAgreement({ ...reworded(agreement, command.payload.text, now, meeting), status: 'proposed', statusAt: now });
      return change.done(room);
    }
    case 'agreements.withdraw': {
      const agreement = find(command.payload.agreementId);
      if (!agreement) return fail(ErrorCode.NOT_FOUND, GONE);
      if (agreement.rounds.length || state.round?.agreementId === agreement.id) {
        return fail(ErrorCode.CONFLICT, 'This agreement has been to a round, so it stays in the record.');
      }
      const { [agreement.id]: _removed, ...agreements } = state.agreements;
      change.set({ agreements });
      change.send({ to: EVERYONE, delta: { type: 'agreements.agreementRemoved', agreementId: agreement.id } });
      return change.done(room);
    }
    case 'agreements.openRound': {
      const agreement = find(command.payload.agreementId);
      if (!agreement) return fail(ErrorCode.NOT_FOUND, GONE);
      if (state.round) return fail(ErrorCode.CONFLICT, 'Another round is open. Please close it first.');
      if (agreement.status !== 'proposed') return fail(ErrorCode.CONFLICT, 'Only a proposed agreement can go to a round.');
      const round: OpenRound = {
        agreementId: agreement.id,
        number: agreement.rounds.length + 1,
        version: agreement.versions.length,
        openedAt: now,
        counts: emptyRoundCounts(),
      };
      change.set({ round, roundAnswers: {}, roundReasons: {} });
      change.send({ to: EVERYONE, delta: { type: 'agreements.roundSaved', round } });
      return change.done(room);
    }
    case 'agreements.answer': {
      const { round } = state;
      const memberId = actor.memberId;
      if (!round) return fail(ErrorCode.NOT_FOUND, NOT_IN_ROUND);
      if (memberId === null) return fail(ErrorCode.FORBIDDEN, 'Only people in the room can answer.');
      const { answer, reason, named } = command.payload;
      const before = state.roundAnswers[memberId];
      const reasonKey = before?.reasonKey ?? String(Object.keys(state.roundAnswers).length + 1);
      const counts = { ...round.counts };
      if (before) counts[before.answer] -= 1;
      counts[answer] += 1;
      const record: RoundAnswerRecord = { answer, reason, named, reasonKey };
      const nextRound = { ...round, counts };
      const name = named && reason ? (room.members[memberId]?.name ?? null) : null;
      const shownReason: RoundReason | null = reason ? { answer, text: reason, name } : null;
      const { [reasonKey]: _old, ...otherReasons } = state.roundReasons;
      change.set({
        round: nextRound,
        roundAnswers: { ...state.roundAnswers, [memberId]: record },
        roundReasons: shownReason ? { ...otherReasons, [reasonKey]: shownReason } : otherReasons,
      });
      change.send({ to: onlyMember(memberId), delta: { type: 'agreements.answerSaved', memberId, answer: record } });
      change.send({ to: EVERYONE, delta: { type: 'agreements.roundSaved', round: nextRound } });
      if (shownReason || before?.reason) {
        change.send({ to: FACILITATORS, delta: { type: 'agreements.reasonSaved', reasonKey, reason: shownReason } });
      }
      return change.done(room);
    }
    case 'agreements.closeRound': {
      const { round } = state;
      const agreement = round ? find(round.agreementId) : undefined;
      if (!round || !agreement) return fail(ErrorCode.NOT_FOUND, NOT_IN_ROUND);
      const { payload } = command;
      const record: RoundRecord = { number: round.number, version: round.version, openedAt: round.openedAt, closedAt: now, counts: round.counts, decision: payload.decision, meeting };
      let next: Agreement = { ...agreement, rounds: [...agreement.rounds, record] };
      if (payload.decision === 'adopted') next = { ...next, status: 'adopted', statusAt: now, adoptedAt: now, sortKey: lastKey(state, agreement.id) };
      if (payload.decision === 'dropped') next = { ...next, status: 'dropped', statusAt: now };
      if (payload.decision === 'reworded') {
        if (payload.text === agreement.text) return fail(ErrorCode.CONFLICT, 'Those are already its words. Please write the new wording.');
        next = reworded(next, payload.text, now, meeting);
      }
      change.set({ round: null, roundAnswers: {}, roundReasons: {} });
      change.send({ to: EVERYONE, delta: { type: 'agreements.roundSaved', round: null } });
      change.saveAgreement(next);
      return change.done(room);
    }
    case 'agreements.move': {
      const { agreementId, afterAgreementId } = command.payload;
      const agreement = find(agreementId);
      if (!agreement || agreement.status !== 'adopted') return fail(ErrorCode.NOT_FOUND, GONE);
      if (agreementId === afterAgreementId) return fail(ErrorCode.BAD_REQUEST, 'An agreement cannot go after itself.');
      const others = adoptedAgreements(state).filter((other) => other.id !== agreementId);
      const index = afterAgreementId === null ? -1 : others.findIndex((other) => other.id === afterAgreementId);
      if (afterAgreementId !== null && index < 0) return fail(ErrorCode.NOT_FOUND, GONE);
      change.saveAgreement({ ...agreement, sortKey: generateKeyBetween(others[index]?.sortKey ?? null, others[index + 1]?.sortKey ?? null) });
      return change.done(room);
    }
    case 'agreements.showExamples': {
      const { shown } = command.payload;
      if (shown === state.examplesShown) return fail(ErrorCode.CONFLICT, shown ? 'The examples are already shown.' : 'The examples are already hidden.');
      change.set({ examplesShown: shown });
      change.send({ to: EVERYONE, delta: { type: 'agreements.examplesSaved', shown } });
      return change.done(room);
    }
    case 'agreements.startCheckIn': {
      if (openCheckIn(state)) return fail(ErrorCode.CONFLICT, 'A check-in is already under way.');
      const agreementIds = adoptedAgreements(state).map((agreement) => agreement.id);
      if (!agreementIds.length) return fail(ErrorCode.CONFLICT, 'There are no agreements to check yet.');
      const checkIn: CheckIn = { number: state.checkIns.length + 1, startedAt: now, endedAt: null, agreementIds, talk: {}, done: 0, outcomes: {}, meeting };
      change.set({ checkIns: [...state.checkIns, checkIn], checkInMarks: {} });
      change.send({ to: EVERYONE, delta: { type: 'agreements.checkInSaved', checkIn } });
      return change.done(room);
    }
    case 'agreements.checkIn': {
      const checkIn = openCheckIn(state);
      const memberId = actor.memberId;
      const { agreementId, mark } = command.payload;
      if (!checkIn) return fail(ErrorCode.NOT_FOUND, 'The check-in has finished.');
      if (memberId === null) return fail(ErrorCode.FORBIDDEN, 'Only people in the room can check in.');
      if (!checkIn.agreementIds.includes(agreementId)) return fail(ErrorCode.NOT_FOUND, GONE);
      const mine = state.checkInMarks[memberId] ?? {};
      const before = mine[agreementId];
      if (before === mark) return fail(ErrorCode.CONFLICT, 'That is already your answer.');
      const checkInMarks = { ...state.checkInMarks, [memberId]: { ...mine, [agreementId]: mark } };
      const talk = { ...checkIn.talk, [agreementId]: (checkIn.talk[agreementId] ?? 0) + (mark === 'talk' ? 1 : 0) - (before === 'talk' ? 1 : 0) };
      change.set({ checkInMarks });
      change.send({ to: onlyMember(memberId), delta: { type: 'agreements.markSaved', memberId, agreementId, mark } });
      change.saveCheckIn({ ...checkIn, talk, done: doneCount(checkInMarks, checkIn) });
      return change.done(room);
    }
    case 'agreements.resolve': {
      const { payload } = command;
      const checkIn = openCheckIn(state);
      const agreement = find(payload.agreementId);
      if (!checkIn) return fail(ErrorCode.NOT_FOUND, 'The check-in has finished.');
      if (!agreement || !checkIn.agreementIds.includes(agreement.id)) return fail(ErrorCode.NOT_FOUND, GONE);
      if (payload.outcome === 'reworded') {
        if (payload.text === agreement.text) return fail(ErrorCode.CONFLICT, 'Those are already its words. Please write the new wording.');
        change.saveAgreement({ ...reworded(agreement, payload.text, now, meeting), status: 'proposed', statusAt: now });
      } else if (payload.outcome === 'retired') {
        change.saveAgreement({ ...agreement, status: 'retired', statusAt: now });
      } else if (agreement.status !== 'adopted') {
        return fail(ErrorCode.CONFLICT, 'This agreement has already been changed at this check-in.');
      }
      change.saveCheckIn({ ...checkIn, outcomes: { ...checkIn.outcomes, [agreement.id]: payload.outcome } });
      return change.done(room);
    }
    case 'agreements.endCheckIn': {
      const checkIn = openCheckIn(state);
      if (!checkIn) return fail(ErrorCode.NOT_FOUND, 'There is no check-in under way.');
      change.set({ checkInMarks: {} });
      change.saveCheckIn({ ...checkIn, endedAt: now });
      return change.done(room);
    }
    default:
      return assertNever(command);
  }
}

export function applyAgreementsDelta(state: AgreementsState, delta: AgreementsDelta): AgreementsState {
  switch (delta.type) {
    case 'agreements.agreementSaved':
      return { ...state, agreements: { ...state.agreements, [delta.agreement.id]: delta.agreement } };
    case 'agreements.agreementRemoved': {
      const { [delta.agreementId]: _removed, ...agreements } = state.agreements;
      return { ...state, agreements };
    }
    case 'agreements.roundSaved': {
      // A new or closed round starts every answer and reason afresh; a changed count keeps them.
      const sameRound = delta.round !== null && state.round !== null && delta.round.agreementId === state.round.agreementId && delta.round.number === state.round.number;
      return sameRound ? { ...state, round: delta.round } : { ...state, round: delta.round, roundAnswers: {}, roundReasons: {} };
    }
    case 'agreements.answerSaved':
      return { ...state, roundAnswers: { ...state.roundAnswers, [delta.memberId]: delta.answer } };
    case 'agreements.reasonSaved': {
      const { [delta.reasonKey]: _old, ...others } = state.roundReasons;
      return { ...state, roundReasons: delta.reason ? { ...others, [delta.reasonKey]: delta.reason } : others };
    }
    case 'agreements.examplesSaved':
      return { ...state, examplesShown: delta.shown };
    case 'agreements.checkInSaved': {
      const last = state.checkIns.at(-1);
      const same = last?.number === delta.checkIn.number;
      const checkIns = same ? [...state.checkIns.slice(0, -1), delta.checkIn] : [...state.checkIns, delta.checkIn];
      // Marks belong to the open check-in: a new one, or the end of this one, clears them.
      const keepMarks = same && delta.checkIn.endedAt === null;
      return { ...state, checkIns, checkInMarks: keepMarks ? state.checkInMarks : {} };
    }
    case 'agreements.markSaved': {
      const mine = state.checkInMarks[delta.memberId] ?? {};
      return { ...state, checkInMarks: { ...state.checkInMarks, [delta.memberId]: { ...mine, [delta.agreementId]: delta.mark } } };
    }
    default:
      return assertNever(delta);
  }
}
