import { carParkCommandSchemas, describeIssue } from '@roundtable/shared';

/** The very schema the server checks an item's text with, taken from the add command. */
const itemTextSchema = carParkCommandSchemas[0].shape.payload.shape.text;

export type CheckedText = { ok: true; text: string } | { ok: false; message: string };

/** An item's text as it will be sent (trimmed), or why it cannot be: empty or too long. */
export function checkItemText(typed: string): CheckedText {
  const parsed = itemTextSchema.safeParse(typed);
  if (parsed.success) return { ok: true, text: parsed.data };
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check what you wrote.') };
}
