// Test support for the agreements reducer tests: a room of people on phones and a script of
// commands played against it, every state frozen so a reducer that mutates its input throws.
import { canSee, FACILITATOR_MEMBER_ID, type Viewer } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, type Effect, type Reduction, type RoomState } from '../state.ts';
import type { Agreement } from './agreements.ts';

export const NOW = Date.UTC(2026, 2, 14, 10, 0);
export const MINUTE = 60_000;
export const SYSTEM: Actor = { role: 'system', memberId: null };
export const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
export const SCREEN: Actor = { role: 'screen', memberId: null };
/** The people on phones; Cy gave no name. */
export const PEOPLE = { ana: 'Ana', ben: 'Ben', cy: null } as const;
export type Person = keyof typeof PEOPLE;

export const memberOf = (person: Person): string => `member-${person}`;
export const phone = (person: Person): Actor => ({ role: 'participant', memberId: memberOf(person) });
export const viewerOf = (actor: Actor): Viewer => ({ role: actor.role === 'system' ? 'screen' : actor.role, memberId: actor.memberId });

/** Freezes every object inside `value`, so any mutation by the reducer throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The deltas `viewer` receives from `effects`. */
export function seenBy(effects: Effect[], viewer: Viewer) {
  return effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta);
}

export class AgreementsRoom {
  state: RoomState;
  effects: Effect[] = [];
  private count = 0;

  constructor(meeting = 1) {
    let state: RoomState = { ...createRoomState('room-0001', 'Bus routes', NOW - 10 * MINUTE), meeting: { number: meeting, previousRoomId: meeting > 1 ? 'room-0000' : null } };
    for (const [person, name] of Object.entries(PEOPLE)) {
      const join: AnyCommand = { id: `join-${person}-0001`, type: 'member.join', payload: { memberId: memberOf(person as Person), name } };
      const reduction = applyCommand(state, join, { actor: SYSTEM, now: NOW - 5 * MINUTE });
      if (!reduction.ok) throw new Error(reduction.message);
      state = reduction.state;
    }
    this.state = deepFreeze(state);
  }

  /** A command as it arrives after the server parsed it; `id` names what a creating command makes. */
  command(type: string, payload: unknown, id = `cmd-${String(++this.count).padStart(6, '0')}`): AnyCommand {
    return clientCommandSchema.parse({ id, type, payload });
  }

  /** Applies a command; a refusal leaves the room as it was. */
  attempt(actor: Actor, type: string, payload: unknown = {}, at = NOW, id?: string): Reduction {
    const reduction = applyCommand(this.state, this.command(type, payload, id), { actor, now: at });
    if (reduction.ok) {
      this.state = deepFreeze(reduction.state);
      this.effects = reduction.effects;
    }
    return reduction;
  }

  run(actor: Actor, type: string, payload: unknown = {}, at = NOW, id?: string): Effect[] {
    const reduction = this.attempt(actor, type, payload, at, id);
    if (!reduction.ok) throw new Error(`${type} refused with ${reduction.code}: ${reduction.message}`);
    return reduction.effects;
  }

  propose(actor: Actor, id: string, text: string, anonymous = false, at = NOW): Effect[] {
    return this.run(actor, 'agreements.propose', { text, anonymous }, at, id);
  }

  /** Proposes, opens a round, and closes it with `decision` adopted. */
  adopt(id: string, text: string, at = NOW): void {
    this.propose(FACILITATOR, id, text, false, at);
    this.run(FACILITATOR, 'agreements.openRound', { agreementId: id }, at);
    this.run(FACILITATOR, 'agreements.closeRound', { decision: 'adopted' }, at);
  }

  answer(person: Person, answer: string, reason: string | null = null, named = false, at = NOW): Effect[] {
    return this.run(phone(person), 'agreements.answer', { answer, reason, named }, at);
  }

  agreement(id: string): Agreement {
    const agreement = this.state.agreements.agreements[id];
    if (!agreement) throw new Error(`No agreement ${id}`);
    return agreement;
  }
}
