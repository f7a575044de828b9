import type { RoomState } from '../../state.ts';
import { sortedItems, type Outcome } from '../../tools/carPark.ts';
import type { ReportSection, SectionContext } from '../model.ts';
import { plural, readableIsoDate } from '../words.ts';

/** What the group decided for an item, as a reader would say it. */
export function outcomeWords(outcome: Outcome | null): string {
  if (outcome === null) return 'Not decided yet';
  switch (outcome.kind) {
    case 'today':
      return 'Dealt with in the meeting';
    case 'nextMeeting':
      return 'Kept for the next meeting';
    case 'action':
      return 'Someone will act on it';
    case 'outOfScope':
      return `Not for this group: ${outcome.reason}`;
  }
}

/** "5 points were parked: 2 dealt with in the meeting, 3 not decided yet." */
function summaryOf(outcomes: (Outcome | null)[]): string {
  const count = (kind: Outcome['kind'] | null) => outcomes.filter((outcome) => (outcome?.kind ?? null) === kind).length;
  const parts = [
    [count('today'), 'dealt with in the meeting'],
    [count('nextMeeting'), 'kept for the next meeting'],
    [count('action'), 'with someone acting on them'],
    [count('outOfScope'), 'not for this group'],
    [count(null), 'not decided yet'],
  ] as const;
  const said = parts.filter(([number]) => number > 0).map(([number, words]) => `${number} ${words}`);
  return `${plural(outcomes.length, 'point was', 'points were')} parked to come back to: ${said.join(', ')}.`;
}

/** Every parked item with its outcome, owner and date, in the order raised. */
export function carParkSection(state: RoomState, ctx: SectionContext): ReportSection | null {
  const items = sortedItems(state.carPark);
  if (!items.length) return null;
  return {
    id: 'carPark',
    heading: 'Car park',
    blocks: [
      { kind: 'paragraph', text: summaryOf(items.map((item) => item.outcome)) },
      {
        kind: 'table',
        name: 'car-park',
        caption: 'Points parked and what happens to each',
        columns: ['Point', ...(ctx.includeNames ? ['Raised by'] : []), 'Meeting', 'What happens', 'Who will do it', 'By when'],
        rows: items.map((item) => {
          const action = item.outcome?.kind === 'action' ? item.outcome : null;
          return [
            item.text,
            ...(ctx.includeNames ? [ctx.nameOf(item.anonymous ? null : item.authorName)] : []),
            String(item.meeting),
            outcomeWords(item.outcome),
            action ? action.owner : '',
            action ? readableIsoDate(action.due) : '',
          ];
        }),
      },
    ],
  };
}
