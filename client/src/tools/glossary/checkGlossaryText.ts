import { describeIssue, glossaryCommandSchemas } from '@roundtable/shared';

/** The very schemas the server checks a word and a meaning with, taken from the commands. */
const termSchema = glossaryCommandSchemas[2].shape.payload.shape.term;
const meaningSchema = glossaryCommandSchemas[1].shape.payload.shape.meaning;

export type Checked = { ok: true; text: string } | { ok: false; message: string };

function check(schema: typeof termSchema, typed: string): Checked {
  const parsed = schema.safeParse(typed);
  if (parsed.success) return { ok: true, text: parsed.data };
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check what you wrote.') };
}

/** A word as it will be sent (trimmed), or why it cannot be: empty or too long. */
export const checkTerm = (typed: string): Checked => check(termSchema, typed);

/** A meaning as it will be sent (trimmed), or why it cannot be: empty or too long. */
export const checkMeaning = (typed: string): Checked => check(meaningSchema, typed);
