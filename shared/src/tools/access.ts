import { z } from 'zod';
import { FACILITATORS, onlyMember, type Viewer } from '../audience.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { typedText } from '../text.ts';
import type { Member } from './room.ts';
import type { Reduction, RoomState } from '../state.ts';

/** Most characters in "anything else" a person needs. */
export const ACCESS_OTHER_MAX = 300;

/**
 * What a person can tell the host they need to take part, in the order the phone lists them.
 * The words shown for each live in the client; these keys are what travels and is stored.
 */
export const ACCESS_NEEDS = [
  'breaks',
  'moreTime',
  'largePrint',
  'readToMe',
  'writeForMe',
  'quietSpace',
  'hearingLoop',
  'signLanguage',
  'stepFree',
] as const;
export const accessNeedSchema = z.enum(ACCESS_NEEDS);
export type AccessNeed = z.infer<typeof accessNeedSchema>;

/** What one person told the host. Nobody else, the screen included, ever receives it. */
export const accessEntrySchema = z.object({
  /** In the order of `ACCESS_NEEDS`, each at most once. */
  needs: z.array(accessNeedSchema),
  /** Anything else, in their own words, or null. */
  other: z.string().nullable(),
  /** When they last changed it: milliseconds since the Unix epoch, server time. */
  updatedAt: z.number().int(),
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;

export const accessStateSchema = z.object({
  /**
   * needs[memberId]. Facilitators receive every member's; a phone only its own member's; the
   * screen none. A person who cleared their answer has no entry.
   */
  needs: z.record(z.string(), accessEntrySchema),
});
export type AccessState = z.infer<typeof accessStateSchema>;

export const emptyAccess = (): AccessState => ({ needs: {} });

export const accessCommandSchemas = [
  /** A participant's whole answer; no needs and no other text clears it. */
  commandSchema(
    'access.setNeeds',
    z.object({
      needs: z.array(accessNeedSchema).max(ACCESS_NEEDS.length * 2),
      other: typedText(ACCESS_OTHER_MAX, 'anything else you need').nullable(),
    }),
  ),
] as const;
export type AccessCommand = z.infer<(typeof accessCommandSchemas)[number]>;

export const accessDeltaSchemas = [
  z.object({ type: z.literal('access.needsSaved'), memberId: z.string(), entry: accessEntrySchema.nullable() }),
] as const;
export type AccessDelta = z.infer<(typeof accessDeltaSchemas)[number]>;

export function projectAccess(access: AccessState, viewer: Viewer): AccessState {
  if (viewer.role === 'facilitator') return access;
  const own = viewer.memberId === null ? undefined : access.needs[viewer.memberId];
  return own && viewer.memberId !== null ? { needs: { [viewer.memberId]: own } } : { needs: {} };
}

/** A member's needs with each one once, in the order of `ACCESS_NEEDS`. */
function inListOrder(needs: readonly AccessNeed[]): AccessNeed[] {
  return ACCESS_NEEDS.filter((need) => needs.includes(need));
}

function sameAnswer(entry: AccessEntry | undefined, needs: AccessNeed[], other: string | null): boolean {
  if (!entry) return needs.length === 0 && other === null;
  return entry.other === other && entry.needs.join() === needs.join();
}

/** One person's answer with who they are, for the host's list. */
export interface AccessListing {
  memberId: string;
  /** Their name, or null when they did not give one. */
  name: string | null;
  entry: AccessEntry;
}

/** Everyone's answers, most recently changed first, with the name each person gave (if any). */
export function accessListings(access: AccessState, members: Record<string, Member>): AccessListing[] {
  return Object.entries(access.needs)
    .map(([memberId, entry]) => ({ memberId, name: members[memberId]?.name ?? null, entry }))
    .sort((a, b) => b.entry.updatedAt - a.entry.updatedAt || (a.memberId < b.memberId ? -1 : 1));
}

/** The tool has one command, so no switch: a second command would add one, ending in `assertNever`. */
export function reduceAccess(state: RoomState, command: AccessCommand, ctx: CommandContext): Reduction {
  const memberId = ctx.actor.memberId;
  if (memberId === null || !state.members[memberId]) return fail(ErrorCode.FORBIDDEN, 'Only people in the room can tell the host what they need.');
  const needs = inListOrder(command.payload.needs);
  const { other } = command.payload;
  if (sameAnswer(state.access.needs[memberId], needs, other)) return fail(ErrorCode.CONFLICT, 'The host already has this answer.');
  const { [memberId]: _previous, ...rest } = state.access.needs;
  const entry = needs.length || other !== null ? { needs, other, updatedAt: ctx.now } : null;
  const delta = { type: 'access.needsSaved', memberId, entry } as const;
  return {
    ok: true,
    state: { ...state, access: { needs: entry ? { ...rest, [memberId]: entry } : rest } },
    // Never EVERYONE: what a person needs is between them and the host.
    effects: [
      { to: FACILITATORS, delta },
      { to: onlyMember(memberId), delta },
    ],
  };
}

export function applyAccessDelta(access: AccessState, delta: AccessDelta): AccessState {
  const { [delta.memberId]: _previous, ...rest } = access.needs;
  return { needs: delta.entry ? { ...rest, [delta.memberId]: delta.entry } : rest };
}
