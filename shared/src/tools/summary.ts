import { z } from 'zod';
import { assertNever, FACILITATORS, type Viewer } from '../audience.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import type { Reduction, RoomState } from '../state.ts';

/**
 * The participant summary: a read-only page of what the group made, opened by a link the
 * facilitator shares after the meeting. `token` is the secret part of that link (null while
 * nothing is shared); only facilitator devices ever receive it.
 */
export const summaryStateSchema = z.object({
  token: z.string().nullable(),
  /** Whether the page shows the names people gave. Off unless the facilitator chooses it. */
  includeNames: z.boolean(),
});
export type SummaryState = z.infer<typeof summaryStateSchema>;

export const emptySummary = (): SummaryState => ({ token: null, includeNames: false });

export const summaryCommandSchemas = [
  /** Turns sharing on, or changes whether names show. `token` is made on the console with `newId()`. */
  commandSchema('summary.share', z.object({ token: idSchema, includeNames: z.boolean() })),
  /** Turns sharing off: the link opens nothing any more. */
  commandSchema('summary.stop', z.object({})),
] as const;
export type SummaryCommand = z.infer<(typeof summaryCommandSchemas)[number]>;

export const summaryDeltaSchemas = [z.object({ type: z.literal('summary.saved'), summary: summaryStateSchema })] as const;
export type SummaryDelta = z.infer<(typeof summaryDeltaSchemas)[number]>;

/** Only facilitators see whether and how the summary is shared; everyone else sees it off. */
export function projectSummary(summary: SummaryState, viewer: Viewer): SummaryState {
  return viewer.role === 'facilitator' ? summary : emptySummary();
}

function saved(room: RoomState, summary: SummaryState): Reduction {
  return { ok: true, state: { ...room, summary }, effects: [{ to: FACILITATORS, delta: { type: 'summary.saved', summary } }] };
}

export function reduceSummary(room: RoomState, command: SummaryCommand, _ctx: CommandContext): Reduction {
  switch (command.type) {
    case 'summary.share':
      return saved(room, { token: command.payload.token, includeNames: command.payload.includeNames });
    case 'summary.stop':
      if (room.summary.token === null) return fail(ErrorCode.CONFLICT, 'The summary is not being shared.');
      return saved(room, emptySummary());
    default:
      return assertNever(command);
  }
}

export function applySummaryDelta(_summary: SummaryState, delta: SummaryDelta): SummaryState {
  return delta.summary;
}
