import { describeIssue, outcomeSchema, type Outcome, type OutcomeKind } from '@roundtable/shared';

/** The outcome editor's choice: a kind of outcome, or none yet. */
export type OutcomeChoice = OutcomeKind | 'none';
/** The outcome editor's typed fields. */
export type OutcomeField = 'owner' | 'due' | 'reason';

export type BuiltOutcome = { ok: true; value: Outcome | null } | { ok: false; message: string; field: OutcomeField | null };

const FIELDS: readonly string[] = ['owner', 'due', 'reason'] satisfies OutcomeField[];

function isField(key: unknown): key is OutcomeField {
  return typeof key === 'string' && FIELDS.includes(key);
}

/**
 * The outcome to send for what the editor holds, checked with the shared schema, or the first
 * problem and the field it is about (so that field alone is marked invalid).
 */
export function buildOutcome(choice: OutcomeChoice, typed: Record<OutcomeField, string>): BuiltOutcome {
  if (choice === 'none') return { ok: true, value: null };
  // An empty field gets words about what to do, rather than the schema's "too short".
  if (choice === 'action' && !typed.owner.trim()) return { ok: false, message: 'Please write who will do it.', field: 'owner' };
  if (choice === 'action' && !typed.due) {
    return { ok: false, message: 'Please choose the date it should be done by.', field: 'due' };
  }
  const candidate =
    choice === 'action'
      ? { kind: choice, owner: typed.owner, due: typed.due }
      : choice === 'outOfScope'
        ? { kind: choice, reason: typed.reason }
        : { kind: choice };
  const parsed = outcomeSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const key = parsed.error.issues[0]?.path[0];
  return { ok: false, message: describeIssue(parsed.error.issues, 'Please check the details.'), field: isField(key) ? key : null };
}
