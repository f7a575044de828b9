import { FACILITATOR_MEMBER_ID, type CardAnswer, type DefinitionVersion, type Proposal, type Tally } from '@roundtable/shared';
import { count } from '../../components/format.ts';

/** The words on each answer, on phones, the console and the screen alike. */
export const ANSWER_LABEL: Record<CardAnswer, string> = {
  agree: 'Agree',
  notSure: 'Not sure',
  disagree: 'Disagree',
};

/** The same answers in a sentence ("3 agree"). */
const ANSWER_IN_TEXT: Record<CardAnswer, string> = {
  agree: 'agree',
  notSure: 'not sure',
  disagree: 'disagree',
};

/** The answers in the order they are shown everywhere. */
export const ANSWER_ORDER: readonly CardAnswer[] = ['agree', 'notSure', 'disagree'];

/** "3 agree, 1 not sure, 2 disagree". */
export function tallyText(tally: Tally): string {
  return ANSWER_ORDER.map((answer) => `${tally[answer]} ${ANSWER_IN_TEXT[answer]}`).join(', ');
}

/** The console's line about the round: "7 people have answered so far." */
export function respondentsText(respondents: number): string {
  if (respondents === 0) return 'Nobody has answered yet.';
  return `${count(respondents, 'person has', 'people have')} answered so far.`;
}

/** "5 answers" beside a card on the console. */
export function answersOnCard(answered: number): string {
  return answered === 0 ? 'No answers yet' : count(answered, 'answer', 'answers');
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** "14 March 2026": the day a wording was agreed, in the device's own time zone. */
export function agreedOn(ms: number): string {
  return dateFormat.format(new Date(ms));
}

/** "Version 2, agreed 14 March 2026". */
export function versionLabel(version: DefinitionVersion): string {
  return `Version ${version.number}, agreed ${agreedOn(version.adoptedAt)}`;
}

/** Who suggested some words, as this device may know it (`myMemberId` is null on the screen). */
export function suggestedBy(proposal: Proposal, myMemberId: string | null): string {
  if (myMemberId !== null && proposal.authorId === myMemberId) {
    return proposal.anonymous ? 'You suggested this (others do not see your name)' : 'You suggested this';
  }
  if (proposal.authorId === FACILITATOR_MEMBER_ID && !proposal.anonymous) return 'Suggested by the host';
  if (proposal.anonymous || !proposal.authorName) return 'Name not shown';
  return `Suggested by ${proposal.authorName}`;
}

/** "Supported by 3 people", or "No support yet". */
export function supportText(supportCount: number): string {
  return supportCount === 0 ? 'No support yet' : `Supported by ${count(supportCount, 'person', 'people')}`;
}
