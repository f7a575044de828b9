import { describeIssue, stakeholdersCommandSchemas } from '@roundtable/shared';
import type { z } from 'zod';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

function checkWith<T>(schema: z.ZodType<T>, typed: unknown): Checked<T> {
  const parsed = schema.safeParse(typed);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check what you wrote.') };
}

// The very schemas the server checks these with, taken from the commands.
const addPayload = stakeholdersCommandSchemas[0].shape.payload.shape;
const notePayload = stakeholdersCommandSchemas[4].shape.payload.shape;
const groupPayload = stakeholdersCommandSchemas[7].shape.payload.shape;

/** A stakeholder's name as it will be sent (trimmed), or why it cannot be. */
export const checkName = (typed: string) => checkWith(addPayload.name, typed);

/** "Why involve them" or "what they bring": trimmed, and null when left empty. */
export const checkDetail = (typed: string) => checkWith(addPayload.why, typed.trim() === '' ? null : typed);

export const checkNote = (typed: string) => checkWith(notePayload.text, typed);

export const checkGroupName = (typed: string) => checkWith(groupPayload.name, typed);
