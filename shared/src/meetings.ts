import { FACILITATOR_MEMBER_ID } from './audience.ts';
import { createRoomState, type RoomState } from './state.ts';
import type { CarParkItem } from './tools/carPark.ts';
import { initialDefinitions } from './tools/definitions.ts';
import { emptyValuesTree, type ValuesTreeState } from './tools/valuesTree.ts';

/**
 * The values tree a later meeting starts with: the revealed tree (notes, themes and the shared
 * values as leaves) without anyone's votes; a tree never revealed holds private notes only, and
 * starts afresh.
 */
function treeToKeep(tree: ValuesTreeState): ValuesTreeState {
  if (!tree.revealed) return emptyValuesTree();
  const { notes, noteCount, themes, leaves, votesPerPerson } = tree;
  return { ...emptyValuesTree(), revealed: true, phase: 'leaves', notes, noteCount, themes, leaves, votesPerPerson };
}

/**
 * Whether a parked item is still open: not yet dealt with (no outcome), kept for the next
 * meeting, or an action someone is still doing. Items dealt with today or found out of scope stay
 * in the meeting they belong to.
 */
export function carriesOver(item: CarParkItem): boolean {
  return item.outcome === null || item.outcome.kind === 'nextMeeting' || item.outcome.kind === 'action';
}

/**
 * The first state of the group's next meeting, started from `previous`: the same title, the next
 * meeting number, and what the group made that lasts: its adopted agreements (with their history),
 * its open car park items (with their outcomes so far and the meeting each came from), its
 * definition (every version) and deck of cards, its glossary, its stakeholders (list, grid notes
 * and map), and its values tree once revealed (without votes). Answers, rounds, the queue and
 * who is in the room start afresh; a returning phone becomes its old member again when it joins.
 * It opens on the agreements, since the first thing a meeting does is check they still work.
 */
export function nextMeetingState(previous: RoomState, id: string, now: number): RoomState {
  const fresh = createRoomState(id, previous.title, now);
  const agreements = Object.fromEntries(
    Object.entries(previous.agreements.agreements).filter(([, agreement]) => agreement.status === 'adopted'),
  );
  const items = Object.fromEntries(Object.entries(previous.carPark.items).filter(([, item]) => carriesOver(item)));
  const definition = previous.definitions.versions.at(-1);
  return {
    ...fresh,
    focus: Object.keys(agreements).length ? 'agreements' : 'welcome',
    meeting: { number: previous.meeting.number + 1, previousRoomId: previous.id },
    members: { [FACILITATOR_MEMBER_ID]: previous.members[FACILITATOR_MEMBER_ID] ?? fresh.members[FACILITATOR_MEMBER_ID]! },
    agreements: { ...fresh.agreements, agreements },
    carPark: { items },
    definitions: {
      ...initialDefinitions(),
      cards: previous.definitions.cards,
      versions: previous.definitions.versions,
      draft: { text: definition?.text ?? '', proposalIds: [], updatedAt: null },
    },
    glossary: previous.glossary,
    // Who to involve is the group's lasting work; which small group each phone sat in is not.
    stakeholders: { ...previous.stakeholders, memberGroups: {} },
    valuesTree: treeToKeep(previous.valuesTree),
    // What people need is asked afresh each meeting: needs change, and an answer is kept no longer than the meeting it was given for.
    access: fresh.access,
  };
}
