import { z } from 'zod';
import { assertNever, EVERYONE, type Viewer } from '../audience.ts';
import { authoredEffects, authoredFor } from '../authored.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { NAME_MAX, typedText } from '../text.ts';
import type { Effect, Reduction, RoomState } from '../state.ts';

/** Most characters in one car park item. */
export const CAR_PARK_TEXT_MAX = 500;
/** Most characters in the reason an item is out of scope. */
export const CAR_PARK_REASON_MAX = 300;
/** Most items one room's car park holds. */
export const CAR_PARK_MAX_ITEMS = 1000;

/** A calendar date as `YYYY-MM-DD` that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Please give a date like 2026-12-31.')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'That date does not exist.');

/** What the group decided to do with a parked item. */
export const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('today') }),
  z.object({ kind: z.literal('nextMeeting') }),
  z.object({
    kind: z.literal('action'),
    owner: typedText(NAME_MAX * 2, 'who will do it'),
    due: isoDateSchema,
  }),
  z.object({ kind: z.literal('outOfScope'), reason: typedText(CAR_PARK_REASON_MAX, 'the reason') }),
]);
export type Outcome = z.infer<typeof outcomeSchema>;
export type OutcomeKind = Outcome['kind'];

/**
 * One parked item. `authorId` is the member who raised it; for an anonymous item it is sent
 * only to that member's own devices and is null everywhere else, the facilitator's included.
 * `authorName` is the name the author had when adding it, or null when anonymous or unnamed.
 */
export const carParkItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  anonymous: z.boolean(),
  /** Milliseconds since the Unix epoch, server time. */
  createdAt: z.number().int(),
  editedAt: z.number().int().nullable(),
  outcome: outcomeSchema.nullable(),
  outcomeAt: z.number().int().nullable(),
  /** The meeting it was raised in (1 for the group's first); added in protocol 3. */
  meeting: z.number().int().positive().default(1),
});
export type CarParkItem = z.infer<typeof carParkItemSchema>;

export const carParkStateSchema = z.object({ items: z.record(z.string(), carParkItemSchema) });
export type CarParkState = z.infer<typeof carParkStateSchema>;

export const emptyCarPark = (): CarParkState => ({ items: {} });

const itemText = typedText(CAR_PARK_TEXT_MAX, 'the item');

export const carParkCommandSchemas = [
  commandSchema('carPark.add', z.object({ text: itemText, anonymous: z.boolean() })),
  commandSchema('carPark.edit', z.object({ itemId: idSchema, text: itemText })),
  commandSchema('carPark.setOutcome', z.object({ itemId: idSchema, outcome: outcomeSchema.nullable() })),
  commandSchema('carPark.remove', z.object({ itemId: idSchema })),
] as const;
export type CarParkCommand = z.infer<(typeof carParkCommandSchemas)[number]>;

export const carParkDeltaSchemas = [
  z.object({ type: z.literal('carPark.itemSaved'), item: carParkItemSchema }),
  z.object({ type: z.literal('carPark.itemRemoved'), itemId: idSchema }),
] as const;
export type CarParkDelta = z.infer<(typeof carParkDeltaSchemas)[number]>;

/** The item as `viewer` may see it: an anonymous item's author is kept only for its author. */
export function itemFor(item: CarParkItem, viewer: Viewer): CarParkItem {
  return authoredFor(item, viewer);
}

export function projectCarPark(carPark: CarParkState, viewer: Viewer): CarParkState {
  const items: CarParkState['items'] = {};
  for (const [id, item] of Object.entries(carPark.items)) items[id] = itemFor(item, viewer);
  return { items };
}

/** The effects that tell every device about a saved item, redacting anonymous authors. */
function itemSaved(item: CarParkItem): Effect[] {
  return authoredEffects(item, (shown) => ({ type: 'carPark.itemSaved', item: shown }));
}

function withItem(state: RoomState, item: CarParkItem): RoomState {
  return { ...state, carPark: { items: { ...state.carPark.items, [item.id]: item } } };
}

export function reduceCarPark(
  state: RoomState,
  command: CarParkCommand,
  ctx: CommandContext,
): Reduction {
  const { actor, now } = ctx;
  switch (command.type) {
    case 'carPark.add': {
      if (state.carPark.items[command.id]) return fail(ErrorCode.CONFLICT, 'This item was already added.');
      if (Object.keys(state.carPark.items).length >= CAR_PARK_MAX_ITEMS) {
        return fail(ErrorCode.LIMIT_REACHED, `The car park is full (${CAR_PARK_MAX_ITEMS} items).`);
      }
      const { anonymous } = command.payload;
      const author = actor.memberId === null ? undefined : state.members[actor.memberId];
      const item: CarParkItem = {
        id: command.id,
        text: command.payload.text,
        authorId: actor.memberId,
        authorName: anonymous ? null : (author?.name ?? null),
        anonymous,
        createdAt: now,
        editedAt: null,
        outcome: null,
        outcomeAt: null,
        meeting: state.meeting.number,
      };
      return { ok: true, state: withItem(state, item), effects: itemSaved(item) };
    }
    case 'carPark.edit': {
      const item = state.carPark.items[command.payload.itemId];
      if (!item) return fail(ErrorCode.NOT_FOUND, 'That item is no longer in the car park.');
      if (actor.role !== 'facilitator' && item.authorId !== actor.memberId) {
        return fail(ErrorCode.FORBIDDEN, 'Only the person who added an item, or the facilitator, can change it.');
      }
      const edited: CarParkItem = { ...item, text: command.payload.text, editedAt: now };
      return { ok: true, state: withItem(state, edited), effects: itemSaved(edited) };
    }
    case 'carPark.setOutcome': {
      const item = state.carPark.items[command.payload.itemId];
      if (!item) return fail(ErrorCode.NOT_FOUND, 'That item is no longer in the car park.');
      const { outcome } = command.payload;
      const decided: CarParkItem = { ...item, outcome, outcomeAt: outcome ? now : null };
      return { ok: true, state: withItem(state, decided), effects: itemSaved(decided) };
    }
    case 'carPark.remove': {
      const { itemId } = command.payload;
      if (!state.carPark.items[itemId]) return fail(ErrorCode.NOT_FOUND, 'That item is no longer in the car park.');
      const { [itemId]: _removed, ...items } = state.carPark.items;
      return {
        ok: true,
        state: { ...state, carPark: { items } },
        effects: [{ to: EVERYONE, delta: { type: 'carPark.itemRemoved', itemId } }],
      };
    }
    default:
      return assertNever(command);
  }
}

export function applyCarParkDelta(carPark: CarParkState, delta: CarParkDelta): CarParkState {
  switch (delta.type) {
    case 'carPark.itemSaved':
      return { items: { ...carPark.items, [delta.item.id]: delta.item } };
    case 'carPark.itemRemoved': {
      const { [delta.itemId]: _removed, ...items } = carPark.items;
      return { items };
    }
    default:
      return assertNever(delta);
  }
}

/** Items in the order they were raised (ties broken by id, so every device agrees). */
export function sortedItems(carPark: CarParkState): CarParkItem[] {
  return Object.values(carPark.items).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}
