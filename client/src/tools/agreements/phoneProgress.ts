import type { CheckIn, CheckInMark, RoundAnswerRecord } from '@roundtable/shared';

/** Where this phone's answer in the open round stands. */
export type AnswerStatus = 'none' | 'sending' | 'counted';

/**
 * `mine` is this person's answer as the phone shows it (sent or not); `sending` whether an answer
 * is still waiting for the server. Only an answer the server has acknowledged is "counted", so the
 * phone never says so while the answer could still be lost.
 */
export function answerStatus(mine: RoundAnswerRecord | undefined, sending: boolean): AnswerStatus {
  if (!mine) return 'none';
  return sending ? 'sending' : 'counted';
}

/** Whether the reason as typed now differs from what was sent with the answer, so it needs sending. */
export function reasonChanged(mine: RoundAnswerRecord | undefined, typed: string, named: boolean): boolean {
  const reason = typed.trim();
  const sent = mine?.reason ?? '';
  if (reason !== sent) return true;
  return reason !== '' && named !== (mine?.named ?? false);
}

export interface CheckInProgress {
  /** How many of the agreements this person has marked. */
  done: number;
  total: number;
  /** The first agreement still to mark, in the group's order, or null when all are. */
  nextId: string | null;
}

/** How far this person is through the check-in. Marks for agreements no longer checked are not counted. */
export function checkInProgress(checkIn: CheckIn, marks: Readonly<Record<string, CheckInMark>>): CheckInProgress {
  const done = checkIn.agreementIds.filter((id) => id in marks).length;
  const nextId = checkIn.agreementIds.find((id) => !(id in marks)) ?? null;
  return { done, total: checkIn.agreementIds.length, nextId };
}
