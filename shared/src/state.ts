import { z } from 'zod';
import { FACILITATOR_MEMBER_ID, type Audience, type Viewer } from './audience.ts';
import type { Failure } from './errors.ts';
import {
  carParkDeltaSchemas,
  carParkStateSchema,
  emptyCarPark,
  projectCarPark,
} from './tools/carPark.ts';
import { accessDeltaSchemas, accessStateSchema, emptyAccess, projectAccess } from './tools/access.ts';
import { agreementsDeltaSchemas, agreementsStateSchema, emptyAgreements, projectAgreements } from './tools/agreements.ts';
import {
  definitionsDeltaSchemas,
  definitionsStateSchema,
  initialDefinitions,
  projectDefinitions,
} from './tools/definitions.ts';
import { emptyValuesTree, projectValuesTree, valuesTreeDeltaSchemas, valuesTreeStateSchema } from './tools/valuesTree.ts';
import { emptyStakeholders, projectStakeholders, stakeholdersDeltaSchemas, stakeholdersStateSchema } from './tools/stakeholders.ts';
import { emptyGlossary, glossaryDeltaSchemas, glossaryStateSchema } from './tools/glossary.ts';
import { emptyQueue, projectQueue, queueDeltaSchemas, queueStateSchema } from './tools/queue.ts';
import { memberSchema, roomDeltaSchemas, toolIdSchema } from './tools/room.ts';
import { emptySummary, projectSummary, summaryDeltaSchemas, summaryStateSchema } from './tools/summary.ts';

/**
 * Where a room sits in its group's run of meetings. A meeting started from an earlier one keeps
 * the group's agreements, open car park items, definition and glossary (see `meetings.ts`).
 */
export const meetingSchema = z.object({
  /** 1 for the group's first meeting. */
  number: z.number().int().positive(),
  /** The room of the meeting this one follows on from, or null. */
  previousRoomId: z.string().nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;
const firstMeeting = (): Meeting => ({ number: 1, previousRoomId: null });

/**
 * A room's durable state: the document every device's view is projected from. The server holds
 * it whole; each device holds `projectRoom(state, viewer)`, kept current by deltas.
 */
export const roomStateSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.number().int(),
  focus: toolIdSchema,
  /** Which of the group's meetings this room is; added in protocol 3 (older rooms are a first meeting). */
  meeting: meetingSchema.default(firstMeeting),
  /** Everyone who has joined. A participant's view holds only themselves. */
  members: z.record(z.string(), memberSchema),
  carPark: carParkStateSchema,
  /** Added in protocol 2: rooms stored before it get an empty queue when loaded. */
  queue: queueStateSchema.default(emptyQueue),
  /** Added in protocol 3: definition cards and the group's definition. Older rooms get the starter deck. */
  definitions: definitionsStateSchema.default(initialDefinitions),
  /** Added in protocol 3: the group's words and their plain meanings. */
  glossary: glossaryStateSchema.default(emptyGlossary),
  /** Added in protocol 3: the group's agreements, their consent rounds and check-ins. */
  agreements: agreementsStateSchema.default(emptyAgreements),
  /** Added in protocol 3: whether the participant summary is shared. Its link's token reaches facilitators only. */
  summary: summaryStateSchema.default(emptySummary),
  /** Added in protocol 3: who to involve, what they need, and who holds influence. */
  stakeholders: stakeholdersStateSchema.default(emptyStakeholders),
  /** Added in protocol 3: the values tree, from private notes at the roots to shared values as leaves. */
  valuesTree: valuesTreeStateSchema.default(emptyValuesTree),
  /** Added in protocol 3: what each person told the host they need to take part. Facilitators and that person only. */
  access: accessStateSchema.default(emptyAccess),
});
export type RoomState = z.infer<typeof roomStateSchema>;

/** A device's copy of the room: the same shape as the state, with what it may not see left out. */
export type RoomView = RoomState;

/** One small change to a view. Every applied command yields a few, never the whole state. */
export const deltaSchema = z.discriminatedUnion('type', [
  ...roomDeltaSchemas,
  ...carParkDeltaSchemas,
  ...queueDeltaSchemas,
  ...definitionsDeltaSchemas,
  ...glossaryDeltaSchemas,
  ...agreementsDeltaSchemas,
  ...summaryDeltaSchemas,
  ...stakeholdersDeltaSchemas,
  ...valuesTreeDeltaSchemas,
  ...accessDeltaSchemas,
]);
export type Delta = z.infer<typeof deltaSchema>;

/** A delta and who receives it. */
export interface Effect {
  to: Audience;
  delta: Delta;
}

/** What applying a command gives: the next state and its effects, or a refusal. */
export type Reduction = { ok: true; state: RoomState; effects: Effect[] } | Failure;

export function createRoomState(id: string, title: string, now: number): RoomState {
  return {
    id,
    title,
    createdAt: now,
    focus: 'welcome',
    meeting: firstMeeting(),
    members: {
      [FACILITATOR_MEMBER_ID]: { id: FACILITATOR_MEMBER_ID, name: 'Facilitator', role: 'facilitator', joinedAt: now },
    },
    carPark: emptyCarPark(),
    queue: emptyQueue(),
    definitions: initialDefinitions(),
    glossary: emptyGlossary(),
    agreements: emptyAgreements(),
    summary: emptySummary(),
    stakeholders: emptyStakeholders(),
    valuesTree: emptyValuesTree(),
    access: emptyAccess(),
  };
}

/** The room as `viewer` may see it. Folding the viewer's deltas over a snapshot gives the same. */
export function projectRoom(state: RoomState, viewer: Viewer): RoomView {
  return {
    ...state,
    members: projectMembers(state.members, viewer),
    carPark: projectCarPark(state.carPark, viewer),
    queue: projectQueue(state.queue, viewer),
    definitions: projectDefinitions(state.definitions, viewer),
    agreements: projectAgreements(state.agreements, viewer),
    summary: projectSummary(state.summary, viewer),
    stakeholders: projectStakeholders(state.stakeholders, viewer),
    valuesTree: projectValuesTree(state.valuesTree, viewer),
    access: projectAccess(state.access, viewer),
  };
}

function projectMembers(members: RoomState['members'], viewer: Viewer): RoomState['members'] {
  if (viewer.role === 'facilitator') return members;
  const own = viewer.memberId === null ? undefined : members[viewer.memberId];
  return own ? { [own.id]: own } : {};
}
