import { z } from 'zod';
import { assertNever, EVERYONE, FACILITATORS, onlyMember } from '../audience.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { nameSchema, titleSchema } from '../text.ts';
import type { Effect, Reduction, RoomState } from '../state.ts';

/**
 * The tools a facilitator can put in focus: what the screen shows and phones open on.
 * `welcome` is the joining screen: the title and a large code to scan. `queue` is the speaking
 * queue: hands up from phones, who speaks now and who is next.
 * `agreements` is the group's ways of working together, agreed by consent and revisited at every
 * meeting. `definitions` is the definition cards and the group's own definition; `glossary` the group's
 * plain meanings of the words used in the room. `stakeholders` is who to involve, what they need,
 * and who holds influence. `valuesTree` grows the group's shared values from each person's own.
 */
export const TOOL_IDS = ['welcome', 'agreements', 'carPark', 'queue', 'definitions', 'glossary', 'stakeholders', 'valuesTree'] as const;
export const toolIdSchema = z.enum(TOOL_IDS);
export type ToolId = z.infer<typeof toolIdSchema>;

/** A person in the room. Facilitator devices share one member; each phone is its own member. */
export const memberSchema = z.object({
  id: z.string(),
  /** The name they chose, or null when they stay anonymous. */
  name: z.string().nullable(),
  role: z.enum(['facilitator', 'participant']),
  /** Milliseconds since the Unix epoch, server time. */
  joinedAt: z.number().int(),
});
export type Member = z.infer<typeof memberSchema>;

/** Room-wide commands: the title, the tool in focus, and people's names. */
export const roomCommandSchemas = [
  commandSchema('room.setTitle', z.object({ title: titleSchema })),
  commandSchema('room.setFocus', z.object({ tool: toolIdSchema })),
  commandSchema('member.setName', z.object({ name: nameSchema })),
] as const;
export type RoomCommand = z.infer<(typeof roomCommandSchemas)[number]>;

/** Sent by the server itself when a new phone joins; never accepted from a client. */
export interface MemberJoinCommand {
  id: string;
  type: 'member.join';
  payload: { memberId: string; name: string | null };
}

export const roomDeltaSchemas = [
  z.object({ type: z.literal('room.saved'), title: z.string(), focus: toolIdSchema }),
  z.object({ type: z.literal('member.saved'), member: memberSchema }),
] as const;

function roomSaved(state: RoomState): Effect {
  return { to: EVERYONE, delta: { type: 'room.saved', title: state.title, focus: state.focus } };
}

/** A member's record goes to the facilitators and to that member's own devices, nobody else. */
function memberSaved(member: Member): Effect[] {
  const delta = { type: 'member.saved', member } as const;
  return member.role === 'facilitator'
    ? [{ to: FACILITATORS, delta }]
    : [
        { to: FACILITATORS, delta },
        { to: onlyMember(member.id), delta },
      ];
}

export function reduceRoom(state: RoomState, command: RoomCommand | MemberJoinCommand, ctx: CommandContext): Reduction {
  switch (command.type) {
    case 'room.setTitle': {
      const next = { ...state, title: command.payload.title };
      return { ok: true, state: next, effects: [roomSaved(next)] };
    }
    case 'room.setFocus': {
      const next = { ...state, focus: command.payload.tool };
      return { ok: true, state: next, effects: [roomSaved(next)] };
    }
    case 'member.setName': {
      const member = ctx.actor.memberId === null ? undefined : state.members[ctx.actor.memberId];
      if (!member) return fail(ErrorCode.FORBIDDEN, 'Only people in the room have a name to change.');
      const next: Member = { ...member, name: command.payload.name };
      return { ok: true, state: withMember(state, next), effects: memberSaved(next) };
    }
    case 'member.join': {
      const { memberId, name } = command.payload;
      if (state.members[memberId]) return fail(ErrorCode.CONFLICT, 'This person has already joined.');
      const member: Member = { id: memberId, name, role: 'participant', joinedAt: ctx.now };
      return { ok: true, state: withMember(state, member), effects: memberSaved(member) };
    }
    default:
      return assertNever(command);
  }
}

function withMember(state: RoomState, member: Member): RoomState {
  return { ...state, members: { ...state.members, [member.id]: member } };
}

export function applyRoomDelta(view: RoomState, delta: z.infer<(typeof roomDeltaSchemas)[number]>): RoomState {
  switch (delta.type) {
    case 'room.saved':
      return { ...view, title: delta.title, focus: delta.focus };
    case 'member.saved':
      return withMember(view, delta.member);
    default:
      return assertNever(delta);
  }
}
