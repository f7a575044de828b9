import { z } from 'zod';
import { assertNever, EVERYONE, FACILITATORS, type Viewer } from '../audience.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { NAME_MAX, typedText } from '../text.ts';
import type { Effect, Reduction, RoomState } from '../state.ts';
import { keyAfter, keyByRules, orderedHands, personKey, rekeyByRules } from './queueOrder.ts';

/** Most hands waiting at once in one room. */
export const QUEUE_MAX_HANDS = 500;
/** Longest soft limit on a turn, in seconds (an hour). */
export const SOFT_LIMIT_MAX_SECONDS = 3600;

/**
 * The cards a hand can be raised with, in the order they are taken: a point of process, "please
 * explain that", a direct response, a general turn. "I need a break" is not a card in the queue:
 * it reaches the facilitator privately as a count (`queue.requestBreak`).
 */
export const QUEUE_CARDS = ['process', 'explain', 'respond', 'speak'] as const;
export const queueCardSchema = z.enum(QUEUE_CARDS);
export type QueueCard = z.infer<typeof queueCardSchema>;

/** A raised hand. `memberId` is null for a guest without a phone, added by the facilitator. */
export const handSchema = z.object({
  id: idSchema,
  memberId: z.string().nullable(),
  /** The name shown: the member's name when the hand went up, a guest's name, or null. */
  name: z.string().nullable(),
  card: queueCardSchema,
  /** Milliseconds since the Unix epoch, server time. */
  raisedAt: z.number().int(),
  /** Fractional sort key: one write per move, no renumbering. */
  sortKey: z.string(),
});
export type Hand = z.infer<typeof handSchema>;

/** Who has the floor, since when (server time, so every device's timer agrees). */
export const speakerSchema = z.object({
  handId: z.string(),
  memberId: z.string().nullable(),
  name: z.string().nullable(),
  card: queueCardSchema,
  startedAt: z.number().int(),
});
export type Speaker = z.infer<typeof speakerSchema>;

/** One person's share of the talking today. Facilitators only. */
export const speakingStatSchema = z.object({ name: z.string().nullable(), turns: z.number().int(), speakingMs: z.number().int() });
export type SpeakingStat = z.infer<typeof speakingStatSchema>;

/** One person's share without their name, for the screen's view of how evenly turns were shared. */
export const shareSchema = z.object({ turns: z.number().int(), speakingMs: z.number().int() });

export const queueSettingsSchema = z.object({
  /** While paused, no new hands go up; those waiting keep their places. */
  paused: z.boolean(),
  /** Fair order: among the same card, people who have spoken less today go first. */
  progressive: z.boolean(),
  /** A turn's soft limit, shown as a gentle signal; nobody is ever cut off. Null for none. */
  softLimitSeconds: z.number().int().positive().max(SOFT_LIMIT_MAX_SECONDS).nullable(),
  /** Whether everyone (the screen included) sees the anonymous shares of talking. */
  showBalance: z.boolean(),
});
export type QueueSettings = z.infer<typeof queueSettingsSchema>;

export const queueStateSchema = queueSettingsSchema.extend({
  hands: z.record(z.string(), handSchema),
  speaker: speakerSchema.nullable(),
  /** By person (member id, or `guest:<name>`). Empty on every device but the facilitator's. */
  stats: z.record(z.string(), speakingStatSchema),
  /** How many people asked for a break since the facilitator last cleared them. Facilitators only. */
  breakRequests: z.number().int(),
  /**
   * Who asked, so one person counts once. Never sent to any device, the facilitator's included:
   * a request for a break reaches the facilitator as a count, not a name.
   */
  breakRequestedBy: z.array(z.string()).default([]),
  /** Everyone's share, largest first, without names; empty unless `showBalance`. */
  balance: z.array(shareSchema),
});
export type QueueState = z.infer<typeof queueStateSchema>;

export const emptyQueue = (): QueueState => ({
  hands: {},
  speaker: null,
  paused: false,
  progressive: false,
  softLimitSeconds: null,
  showBalance: false,
  stats: {},
  breakRequests: 0,
  breakRequestedBy: [],
  balance: [],
});

const empty = z.object({});
export const queueCommandSchemas = [
  commandSchema('queue.raiseHand', z.object({ card: queueCardSchema })),
  commandSchema('queue.lowerHand', empty),
  commandSchema('queue.addGuestHand', z.object({ name: typedText(NAME_MAX, 'the name'), card: queueCardSchema })),
  commandSchema('queue.removeHand', z.object({ handId: idSchema })),
  commandSchema('queue.moveHand', z.object({ handId: idSchema, afterHandId: idSchema.nullable() })),
  commandSchema('queue.next', empty),
  commandSchema('queue.pick', z.object({ handId: idSchema })),
  commandSchema('queue.endTurn', empty),
  commandSchema('queue.clear', empty),
  commandSchema('queue.setSettings', queueSettingsSchema.partial()),
  commandSchema('queue.requestBreak', empty),
  commandSchema('queue.clearBreaks', empty),
] as const;
export type QueueCommand = z.infer<(typeof queueCommandSchemas)[number]>;

/** Sent by the server when a phone has been away longer than the grace period. */
export interface MemberAwayCommand {
  id: string;
  type: 'queue.memberAway';
  payload: { memberId: string };
}

export const queueDeltaSchemas = [
  z.object({ type: z.literal('queue.handSaved'), hand: handSchema }),
  z.object({ type: z.literal('queue.handRemoved'), handId: z.string() }),
  z.object({ type: z.literal('queue.speakerSaved'), speaker: speakerSchema.nullable() }),
  z.object({ type: z.literal('queue.settingsSaved'), settings: queueSettingsSchema }),
  z.object({ type: z.literal('queue.statSaved'), key: z.string(), stat: speakingStatSchema }),
  z.object({ type: z.literal('queue.breaksSaved'), count: z.number().int() }),
  z.object({ type: z.literal('queue.balanceSaved'), balance: z.array(shareSchema) }),
] as const;
export type QueueDelta = z.infer<(typeof queueDeltaSchemas)[number]>;

export function projectQueue(queue: QueueState, viewer: Viewer): QueueState {
  const shared = { ...queue, breakRequestedBy: [] };
  return viewer.role === 'facilitator' ? shared : { ...shared, stats: {}, breakRequests: 0 };
}

function balanceOf(queue: QueueState): QueueState['balance'] {
  if (!queue.showBalance) return [];
  return Object.values(queue.stats)
    .map(({ turns, speakingMs }) => ({ turns, speakingMs }))
    .sort((a, b) => b.speakingMs - a.speakingMs || b.turns - a.turns);
}

/** Builds the next queue and the effects that tell each device, one change at a time. */
class QueueChange {
  queue: QueueState;
  readonly effects: Effect[] = [];

  constructor(queue: QueueState) {
    this.queue = queue;
  }

  saveHand(hand: Hand): void {
    this.queue = { ...this.queue, hands: { ...this.queue.hands, [hand.id]: hand } };
    this.effects.push({ to: EVERYONE, delta: { type: 'queue.handSaved', hand } });
  }

  removeHand(handId: string): void {
    const { [handId]: _removed, ...hands } = this.queue.hands;
    this.queue = { ...this.queue, hands };
    this.effects.push({ to: EVERYONE, delta: { type: 'queue.handRemoved', handId } });
  }

  /** Ends the current turn (adding its time to the speaker's share) and gives the floor to `hand`. */
  setSpeaker(hand: Hand | null, now: number): void {
    const current = this.queue.speaker;
    if (current) this.addToStat(current.memberId, current.name, 0, now - current.startedAt);
    if (hand) {
      this.removeHand(hand.id);
      this.addToStat(hand.memberId, hand.name, 1, 0);
    }
    this.saveSpeaker(hand ? { handId: hand.id, memberId: hand.memberId, name: hand.name, card: hand.card, startedAt: now } : null);
    if (this.queue.showBalance) this.saveBalance();
  }

  saveSpeaker(speaker: Speaker | null): void {
    this.queue = { ...this.queue, speaker };
    this.effects.push({ to: EVERYONE, delta: { type: 'queue.speakerSaved', speaker } });
  }

  saveSettings(settings: QueueSettings): void {
    const balanceWas = this.queue.balance;
    this.queue = { ...this.queue, ...settings };
    this.effects.push({ to: EVERYONE, delta: { type: 'queue.settingsSaved', settings } });
    if (settings.showBalance || balanceWas.length) this.saveBalance();
  }

  saveBreaks(requestedBy: string[]): void {
    const count = requestedBy.length;
    this.queue = { ...this.queue, breakRequests: count, breakRequestedBy: requestedBy };
    this.effects.push({ to: FACILITATORS, delta: { type: 'queue.breaksSaved', count } });
  }

  private addToStat(memberId: string | null, name: string | null, turns: number, speakingMs: number): void {
    const key = personKey(memberId, name);
    const before = this.queue.stats[key] ?? { name, turns: 0, speakingMs: 0 };
    const stat = { name: name ?? before.name, turns: before.turns + turns, speakingMs: before.speakingMs + speakingMs };
    this.queue = { ...this.queue, stats: { ...this.queue.stats, [key]: stat } };
    this.effects.push({ to: FACILITATORS, delta: { type: 'queue.statSaved', key, stat } });
  }

  private saveBalance(): void {
    const balance = balanceOf(this.queue);
    this.queue = { ...this.queue, balance };
    this.effects.push({ to: EVERYONE, delta: { type: 'queue.balanceSaved', balance } });
  }

  done(state: RoomState): Reduction {
    return { ok: true, state: { ...state, queue: this.queue }, effects: this.effects };
  }
}

const settingsOf = ({ paused, progressive, softLimitSeconds, showBalance }: QueueState): QueueSettings => ({
  paused,
  progressive,
  softLimitSeconds,
  showBalance,
});

const handOf = (queue: QueueState, memberId: string | null) =>
  memberId === null ? undefined : Object.values(queue.hands).find((hand) => hand.memberId === memberId);

const GONE = 'That hand is no longer in the queue.';

export function reduceQueue(state: RoomState, command: QueueCommand | MemberAwayCommand, ctx: CommandContext): Reduction {
  const { actor, now } = ctx;
  const change = new QueueChange(state.queue);
  const queue = state.queue;
  switch (command.type) {
    case 'queue.raiseHand':
    case 'queue.addGuestHand': {
      const guest = command.type === 'queue.addGuestHand';
      const own = guest ? undefined : handOf(queue, actor.memberId);
      // A change of card keeps the hand up even while paused; only new hands wait.
      if (queue.paused && !guest && !own) return fail(ErrorCode.CONFLICT, 'The queue is paused just now. Please try again soon.');
      if (own && own.card === command.payload.card) return fail(ErrorCode.CONFLICT, 'Your hand is already up with that card.');
      if (!own && Object.keys(queue.hands).length >= QUEUE_MAX_HANDS) return fail(ErrorCode.LIMIT_REACHED, 'The queue is full.');
      if (guest && queue.hands[command.id]) return fail(ErrorCode.CONFLICT, 'This hand was already added.');
      if (guest && Object.values(queue.hands).some((hand) => personKey(hand.memberId, hand.name) === personKey(null, command.payload.name))) {
        return fail(ErrorCode.CONFLICT, `${command.payload.name} already has a hand up.`);
      }
      const name = guest ? command.payload.name : ((actor.memberId && state.members[actor.memberId]?.name) ?? null);
      const base = own ?? { id: command.id, memberId: guest ? null : actor.memberId, name, raisedAt: now };
      const hand = { ...base, card: command.payload.card, sortKey: '' };
      change.saveHand({ ...hand, sortKey: keyByRules(hand, queue) });
      return change.done(state);
    }
    case 'queue.lowerHand':
    case 'queue.memberAway': {
      const memberId = command.type === 'queue.memberAway' ? command.payload.memberId : actor.memberId;
      const own = handOf(queue, memberId);
      if (!own) return fail(ErrorCode.NOT_FOUND, 'Your hand is not up.');
      change.removeHand(own.id);
      return change.done(state);
    }
    case 'queue.removeHand': {
      if (!queue.hands[command.payload.handId]) return fail(ErrorCode.NOT_FOUND, GONE);
      change.removeHand(command.payload.handId);
      return change.done(state);
    }
    case 'queue.moveHand': {
      const { handId, afterHandId } = command.payload;
      const hand = queue.hands[handId];
      if (!hand || (afterHandId !== null && !queue.hands[afterHandId])) return fail(ErrorCode.NOT_FOUND, GONE);
      if (afterHandId === handId) return fail(ErrorCode.BAD_REQUEST, 'A hand cannot move after itself.');
      change.saveHand({ ...hand, sortKey: keyAfter(handId, afterHandId, queue) });
      return change.done(state);
    }
    case 'queue.next':
    case 'queue.pick': {
      const hand = command.type === 'queue.pick' ? queue.hands[command.payload.handId] : orderedHands(queue)[0];
      if (!hand) return fail(ErrorCode.NOT_FOUND, command.type === 'queue.pick' ? GONE : 'Nobody is waiting to speak.');
      change.setSpeaker(hand, now);
      return change.done(state);
    }
    case 'queue.endTurn': {
      if (!queue.speaker) return fail(ErrorCode.NOT_FOUND, 'Nobody is speaking.');
      change.setSpeaker(null, now);
      return change.done(state);
    }
    case 'queue.clear': {
      for (const handId of Object.keys(queue.hands)) change.removeHand(handId);
      return change.done(state);
    }
    case 'queue.setSettings': {
      const settings = { ...settingsOf(queue), ...command.payload };
      change.saveSettings(settings);
      if (settings.progressive !== queue.progressive) for (const hand of rekeyByRules(change.queue)) change.saveHand(hand);
      return change.done(state);
    }
    case 'queue.requestBreak': {
      const who = actor.memberId ?? '';
      if (queue.breakRequestedBy.includes(who)) return fail(ErrorCode.CONFLICT, 'The host already knows you would like a break.');
      change.saveBreaks([...queue.breakRequestedBy, who]);
      return change.done(state);
    }
    case 'queue.clearBreaks': {
      change.saveBreaks([]);
      return change.done(state);
    }
    default:
      return assertNever(command);
  }
}

/**
 * After a member changes their name (or hides it), their waiting hand and their turn as speaker
 * show the new one: hiding a name must hide it everywhere it is shown.
 */
export function renameInQueue(state: RoomState, memberId: string): { state: RoomState; effects: Effect[] } {
  const name = state.members[memberId]?.name ?? null;
  const change = new QueueChange(state.queue);
  const hand = handOf(state.queue, memberId);
  if (hand && hand.name !== name) change.saveHand({ ...hand, name });
  const { speaker } = state.queue;
  if (speaker?.memberId === memberId && speaker.name !== name) change.saveSpeaker({ ...speaker, name });
  return { state: { ...state, queue: change.queue }, effects: change.effects };
}

export function applyQueueDelta(queue: QueueState, delta: QueueDelta): QueueState {
  switch (delta.type) {
    case 'queue.handSaved':
      return { ...queue, hands: { ...queue.hands, [delta.hand.id]: delta.hand } };
    case 'queue.handRemoved': {
      const { [delta.handId]: _removed, ...hands } = queue.hands;
      return { ...queue, hands };
    }
    case 'queue.speakerSaved':
      return { ...queue, speaker: delta.speaker };
    case 'queue.settingsSaved':
      return { ...queue, ...delta.settings };
    case 'queue.statSaved':
      return { ...queue, stats: { ...queue.stats, [delta.key]: delta.stat } };
    case 'queue.breaksSaved':
      return { ...queue, breakRequests: delta.count };
    case 'queue.balanceSaved':
      return { ...queue, balance: delta.balance };
    default:
      return assertNever(delta);
  }
}

export { orderedHands, personKey } from './queueOrder.ts';
