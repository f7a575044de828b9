import { assertNever, FACILITATOR_MEMBER_ID, type CarParkItem, type Outcome } from '@roundtable/shared';
import { calendarDate } from '../../components/format.ts';

/** What happens to an item, in plain words. */
export function outcomeText(outcome: Outcome | null): string {
  if (outcome === null) return 'Not decided yet';
  switch (outcome.kind) {
    case 'today':
      return 'Dealt with today';
    case 'nextMeeting':
      return 'The group will look at this at the next meeting';
    case 'action':
      return `Action: ${outcome.owner} will do this by ${calendarDate(outcome.due)}`;
    case 'outOfScope':
      return `Not for this group to decide: ${outcome.reason}`;
    default:
      return assertNever(outcome);
  }
}

/** Whether this device's member raised the item. */
export function isMine(item: CarParkItem, myMemberId: string | null): boolean {
  return myMemberId !== null && item.authorId === myMemberId;
}

/**
 * Who raised the item, as this device may know it. `myMemberId` is null on the screen. Phones and
 * the screen call the person running the workshop "the host", whatever the console is named.
 */
export function raisedBy(item: CarParkItem, myMemberId: string | null): string {
  if (isMine(item, myMemberId)) return item.anonymous ? 'You raised this (others do not see your name)' : 'You raised this';
  if (item.authorId === FACILITATOR_MEMBER_ID && !item.anonymous) return 'Raised by the host';
  if (item.anonymous || !item.authorName) return 'Name not shown';
  return `Raised by ${item.authorName}`;
}

/** "3 items. 2 still to decide.": how the car park stands, for the line above the list. */
export function carParkSummary(total: number, undecided: number): string {
  if (total === 0) return 'Nothing in the car park yet.';
  const items = `${total} ${total === 1 ? 'item' : 'items'}.`;
  if (undecided === 0) return `${items} All decided.`;
  return `${items} ${undecided} still to decide.`;
}

/** Where an item carried over from an earlier meeting came from; empty for this meeting's items. */
export function fromMeeting(item: Pick<CarParkItem, 'meeting'>, thisMeeting: number): string {
  return item.meeting < thisMeeting ? `from meeting ${item.meeting}` : '';
}
