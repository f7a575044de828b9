import { definitionsCommandSchemas, describeIssue, pastedStatementsSchema } from '@roundtable/shared';
import type { z } from 'zod';

export type CheckedText = { ok: true; text: string } | { ok: false; message: string };

function checkWith(schema: z.ZodType<string, string>, typed: string): CheckedText {
  const parsed = schema.safeParse(typed);
  if (parsed.success) return { ok: true, text: parsed.data };
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check what you wrote.') };
}

// The very schemas the server checks these with, taken from the commands.
const cardTextSchema = definitionsCommandSchemas[1].shape.payload.shape.text;
const proposalTextSchema = definitionsCommandSchemas[9].shape.payload.shape.text;

/** A card's statement as it will be sent (trimmed), or why it cannot be. */
export const checkCardText = (typed: string) => checkWith(cardTextSchema, typed);

/** Words for the group's definition as they will be sent (trimmed), or why they cannot be. */
export const checkProposalText = (typed: string) => checkWith(proposalTextSchema, typed);

/** A pasted list of statements, or the plain message that says which line is wrong. */
export const checkPastedList = (typed: string) => checkWith(pastedStatementsSchema, typed);
