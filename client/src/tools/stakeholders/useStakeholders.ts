import { orderedGroups, orderedStakeholders, type SmallGroup, type Stakeholder, type StakeholdersState } from '@roundtable/shared';
import { useMemo } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { useRoomView } from '../../sync/optimistic.ts';

const NONE: StakeholdersState['stakeholders'] = {};
const NO_GROUPS: StakeholdersState['groups'] = {};
const NO_NOTES: StakeholdersState['notes'] = {};

/** The stakeholders in the list's order, as this device will see them once its changes are sent. */
export function useOrderedStakeholders(): Stakeholder[] {
  const stakeholders = useRoomView((view) => view?.stakeholders.stakeholders ?? NONE);
  return useMemo(() => orderedStakeholders({ stakeholders }), [stakeholders]);
}

export function useOrderedGroups(): SmallGroup[] {
  const groups = useRoomView((view) => view?.stakeholders.groups ?? NO_GROUPS);
  return useMemo(() => orderedGroups({ groups }), [groups]);
}

/** Every note in the grid, for `notesIn` and `emptyColumns`. */
export function useGridNotes(): StakeholdersState['notes'] {
  return useRoomView((view) => view?.stakeholders.notes ?? NO_NOTES);
}

/** This device's member id, or null for the projector. */
export function useMyMemberId(): string | null {
  return useRoomStore((state) => state.me?.memberId ?? null);
}

/** The small group this person said they are in, or null. */
export function useMyGroupId(): string | null {
  const memberId = useMyMemberId();
  return useRoomView((view) => (memberId === null ? null : (view?.stakeholders.memberGroups[memberId] ?? null)));
}
