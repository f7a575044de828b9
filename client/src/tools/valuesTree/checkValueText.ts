import { describeIssue, valuesTreeCommandSchemas } from '@roundtable/shared';

/** The very schemas the server checks with, taken from the add commands. */
const schemas = {
  note: valuesTreeCommandSchemas[1].shape.payload.shape.text,
  theme: valuesTreeCommandSchemas[5].shape.payload.shape.name,
  leaf: valuesTreeCommandSchemas[14].shape.payload.shape.text,
};

export type CheckedText = { ok: true; text: string } | { ok: false; message: string };

/** Typed words as they will be sent (trimmed), or why they cannot be: empty or too long. */
export function checkValueText(kind: keyof typeof schemas, typed: string): CheckedText {
  const parsed = schemas[kind].safeParse(typed);
  if (parsed.success) return { ok: true, text: parsed.data };
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check what you wrote.') };
}
