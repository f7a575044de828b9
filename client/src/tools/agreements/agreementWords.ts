import { FACILITATOR_MEMBER_ID, type Agreement, type CheckInOutcome, type RoundAnswer, type RoundDecision } from '@roundtable/shared';
import { count } from '../../components/format.ts';

/** The three answers in a round, in the words a phone's buttons and the counts use. */
export const ANSWER_LABEL: Record<RoundAnswer, string> = {
  agree: 'I agree',
  notSure: 'I’m not sure',
  cannotAgree: 'I can’t agree',
};

/** The answers as counts are read: "3 agree". */
export const COUNT_LABEL: Record<RoundAnswer, string> = {
  agree: 'agree',
  notSure: 'not sure',
  cannotAgree: 'can’t agree',
};

/** What the group decided at the end of a round, as the history tells it. */
export const DECISION_TEXT: Record<RoundDecision, string> = {
  adopted: 'The group agreed it.',
  reworded: 'The group changed the words.',
  dropped: 'The group let it go.',
  undecided: 'Closed without a decision.',
};

/** What happened to an agreement at a check-in. */
export const OUTCOME_TEXT: Record<CheckInOutcome, string> = {
  kept: 'Kept as it is',
  reworded: 'New words, to ask the group again',
  retired: 'No longer used',
};

/** "9 of 14 have answered"; with nobody connected to count against, "9 have answered". */
export function answeredText(answered: number, people: number | null): string {
  if (people === null || people < answered) return `${count(answered, 'person has', 'people have')} answered`;
  return `${answered} of ${people} have answered`;
}

/** "3 of 12 people have checked in", or without a total, "3 people have checked in". */
export function checkedInText(done: number, people: number | null): string {
  if (people === null || people < done) return `${count(done, 'person has', 'people have')} checked in`;
  return `${done} of ${count(people, 'person has', 'people have')} checked in`;
}

/** "2 want to talk about this", or that nobody does. */
export function talkText(talk: number): string {
  if (talk === 0) return 'Nobody wants to talk about this';
  return `${count(talk, 'person wants', 'people want')} to talk about this`;
}

/** A round's counts in one line, for the history: "5 agree, 1 not sure, 0 can’t agree". */
export function countsLine(counts: Record<RoundAnswer, number>): string {
  return `${counts.agree} ${COUNT_LABEL.agree}, ${counts.notSure} ${COUNT_LABEL.notSure}, ${counts.cannotAgree} ${COUNT_LABEL.cannotAgree}`;
}

/** Ordinal places for the drag words and the Move buttons: "1st", "2nd", "3rd", "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** An agreement's words shortened for a button's hidden name, so long ones do not drown a screen reader. */
export function shortText(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Who suggested an agreement, as the console (`forHost`) or a phone says it. */
export function suggestedBy(agreement: Pick<Agreement, 'authorId' | 'authorName' | 'anonymous'>, forHost: boolean): string {
  if (agreement.authorId === FACILITATOR_MEMBER_ID) return forHost ? 'Written by you for the group' : 'Written by the host for the group';
  if (agreement.anonymous || agreement.authorName === null) return 'Suggested by someone (name not shown)';
  return `Suggested by ${agreement.authorName}`;
}
