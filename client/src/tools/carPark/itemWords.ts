import { assertNever, type CarParkItem, type Outcome } from '@roundtable/shared';
import { calendarDate } from '../../components/format.ts';

/** What happens to an item, in plain words. */
export function outcomeText(outcome: Outcome | null): string {
  if (outcome === null) return 'No outcome yet';
  switch (outcome.kind) {
    case 'today':
      return 'Dealt with today';
    case 'nextMeeting':
      return 'The group will look at this at the next meeting';
    case 'action':
      return `Action: ${outcome.owner} will do this by ${calendarDate(outcome.due)}`;
    case 'outOfScope':
      return `Out of scope: ${outcome.reason}`;
    default:
      return assertNever(outcome);
  }
}

/** Whether this device's member raised the item. */
export function isMine(item: CarParkItem, myMemberId: string | null): boolean {
  return myMemberId !== null && item.authorId === myMemberId;
}

/** Who raised the item, as this device may know it. */
export function raisedBy(item: CarParkItem, myMemberId: string | null): string {
  if (isMine(item, myMemberId)) return item.anonymous ? 'You raised this (others see it as anonymous)' : 'You raised this';
  if (item.anonymous || !item.authorName) return 'Raised anonymously';
  return `Raised by ${item.authorName}`;
}
