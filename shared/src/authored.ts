import { allExceptMember, EVERYONE, onlyMember, type Viewer } from './audience.ts';
import type { Delta, Effect } from './state.ts';

/** Something a person wrote, with their name or without it (car park items, proposals, agreements, values). */
export interface Authored {
  authorId: string | null;
  anonymous: boolean;
}

/** The thing as `viewer` may see it: an anonymous author's id is kept only for the author. */
export function authoredFor<T extends Authored>(thing: T, viewer: Viewer): T {
  return thing.anonymous && thing.authorId !== viewer.memberId ? { ...thing, authorId: null } : thing;
}

/**
 * The effects that tell every device about a saved authored thing: when it is anonymous, everyone
 * but its author receives it with the author's id taken out, and the author's own devices with it.
 */
export function authoredEffects<T extends Authored>(thing: T, delta: (shown: T) => Delta): Effect[] {
  if (!thing.anonymous || thing.authorId === null) return [{ to: EVERYONE, delta: delta(thing) }];
  return [
    { to: allExceptMember(thing.authorId), delta: delta({ ...thing, authorId: null }) },
    { to: onlyMember(thing.authorId), delta: delta(thing) },
  ];
}

/**
 * Builds a tool's next state and the effects that tell each device, one change at a time. Each
 * tool extends it with the saves it needs, so every change and its deltas are made together.
 */
export class ToolChange<S> {
  state: S;
  readonly effects: Effect[] = [];

  constructor(state: S) {
    this.state = state;
  }

  set(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
  }

  send(effect: Effect): void {
    this.effects.push(effect);
  }
}
