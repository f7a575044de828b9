import { agreementsCommandSchemas, describeIssue } from '@roundtable/shared';

/** The very schema the server checks an agreement's words with, taken from the propose command. */
const agreementTextSchema = agreementsCommandSchemas[0].shape.payload.shape.text;
/** The schema for a reason given with an answer. */
const reasonSchema = agreementsCommandSchemas[4].shape.payload.shape.reason;

export type CheckedText = { ok: true; text: string } | { ok: false; message: string };

/** The words as they will be sent (trimmed), or why they cannot be: empty or too long. */
export function checkAgreementText(typed: string): CheckedText {
  const parsed = agreementTextSchema.safeParse(typed);
  if (parsed.success) return { ok: true, text: parsed.data };
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check what you wrote.') };
}

/** A reason as it will be sent: null when left empty. */
export function checkReason(typed: string): { ok: true; reason: string | null } | { ok: false; message: string } {
  if (typed.trim() === '') return { ok: true, reason: null };
  const parsed = reasonSchema.safeParse(typed);
  if (parsed.success) return { ok: true, reason: parsed.data };
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check your reason.') };
}
