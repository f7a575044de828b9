/**
 * Every error code the server can answer with. Codes are stable identifiers for programs;
 * the `message` that travels with a code is plain English for people.
 */
export const ErrorCode = {
  /** The message did not match the shared schema (wrong shape, too long, empty). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The sender's role may not do this, or it is not their item. */
  FORBIDDEN: 'FORBIDDEN',
  /** The thing the command names does not exist (any more). */
  NOT_FOUND: 'NOT_FOUND',
  /** The command would create something that already exists. */
  CONFLICT: 'CONFLICT',
  /** A room limit (for example the number of items) is reached. */
  LIMIT_REACHED: 'LIMIT_REACHED',
  /** Too many messages in a short time from one connection or address. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The client speaks an older or newer protocol: it must reload. */
  PROTOCOL_MISMATCH: 'PROTOCOL_MISMATCH',
  /** The link, key or code does not open any room. */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /** Storage is not reachable right now; nothing was changed. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** Something went wrong on the server; nothing was changed. */
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A refusal as a value: what every failed acknowledgement carries. */
export interface Failure {
  ok: false;
  code: ErrorCode;
  message: string;
}

export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, code, message };
}

/** Schema issues whose messages are written for people (the limits and checks in `shared/`). */
const READABLE_ISSUES = new Set(['too_big', 'too_small', 'invalid_format', 'custom']);

/**
 * The message to show for input that failed a schema: the first issue's own words when they were
 * written for people, otherwise `fallback` (never the validation library's wording).
 */
export function describeIssue(issues: readonly { code: string; message: string }[], fallback: string): string {
  const issue = issues[0];
  return issue && READABLE_ISSUES.has(issue.code) ? issue.message : fallback;
}
