import {
  cardsByDivision,
  orderedCards,
  orderedProposals,
  type DefinitionCard,
  type DefinitionsState,
  type Proposal,
} from '@roundtable/shared';
import { useRoomStore } from '../../store/roomStore.ts';
import { useRoomView } from '../../sync/optimistic.ts';

const NO_CARDS: DefinitionCard[] = [];
const NO_PROPOSALS: Proposal[] = [];

/** One sort per version of what it sorts, shared by every component that asks for it. */
function sortedOnce<K extends object, T>(sort: (key: K) => T[]) {
  const cache = new WeakMap<K, T[]>();
  return (key: K): T[] => {
    let list = cache.get(key);
    if (!list) {
      list = sort(key);
      cache.set(key, list);
    }
    return list;
  };
}

const byDeck = sortedOnce((cards: DefinitionsState['cards']) => orderedCards({ cards }));
const byProposal = sortedOnce((proposals: DefinitionsState['proposals']) => orderedProposals({ proposals }));
// Division depends on the cards and the counts together; the tallies object is replaced with either.
const byDivision = sortedOnce((definitions: DefinitionsState) => cardsByDivision(definitions));

/** The deck in its order. The array stays the same object until the cards change. */
export function useOrderedCards(): DefinitionCard[] {
  return useRoomView((view) => (view ? byDeck(view.definitions.cards) : NO_CARDS));
}

/** The deck with the most divided cards first (meaningful once the answers are shown). */
export function useCardsByDivision(): DefinitionCard[] {
  return useRoomView((view) => (view ? byDivision(view.definitions) : NO_CARDS));
}

/** The suggestions for the group's definition, in the order made. */
export function useOrderedProposals(): Proposal[] {
  return useRoomView((view) => (view ? byProposal(view.definitions.proposals) : NO_PROPOSALS));
}

/** This device's member id, or null on the screen. */
export function useMyMemberId(): string | null {
  return useRoomStore((state) => state.me?.memberId ?? null);
}

/** The whole definitions part of the room, for views that use most of it. */
export function useDefinitionsState(): DefinitionsState | null {
  return useRoomView((view) => view?.definitions ?? null);
}
