import { emptyColumns, QUADRANTS, type GridColumn, type Quadrant, type Stakeholder, type StakeholdersState } from '@roundtable/shared';

/** The droppable id of the tray of stakeholders not on the map yet. */
export const UNPLACED = 'unplaced';

/**
 * The list for one phone: the rows of its small group first, then the rest, each part in the
 * list's own order. With no group, the list as it is.
 */
export function groupFirst(stakeholders: readonly Stakeholder[], groupId: string | null): Stakeholder[] {
  if (groupId === null) return [...stakeholders];
  return [...stakeholders.filter((one) => one.groupId === groupId), ...stakeholders.filter((one) => one.groupId !== groupId)];
}

/**
 * The place a chip dropped over `overId` goes to: a quadrant, or null for the unplaced tray.
 * Undefined when the drop changes nothing: over nothing, over something else, or where it was.
 */
export function dropPlace(current: Quadrant | null, overId: string | null): Quadrant | null | undefined {
  if (overId === null) return undefined;
  const place = overId === UNPLACED ? null : (QUADRANTS as readonly string[]).includes(overId) ? (overId as Quadrant) : undefined;
  return place === current ? undefined : place;
}

/** A stakeholder with the columns nobody has written in yet. */
export interface Gap {
  stakeholder: Stakeholder;
  columns: GridColumn[];
}

/** Every stakeholder with at least one empty column, in the list's order. */
export function gapsOf(state: Pick<StakeholdersState, 'notes'>, stakeholders: readonly Stakeholder[]): Gap[] {
  return stakeholders
    .map((stakeholder) => ({ stakeholder, columns: emptyColumns(state, stakeholder.id) }))
    .filter((gap) => gap.columns.length > 0);
}

/** The stakeholders in each place on the map, and those not placed yet, in the list's order. */
export function byPlace(stakeholders: readonly Stakeholder[]): Record<Quadrant | typeof UNPLACED, Stakeholder[]> {
  const places: Record<Quadrant | typeof UNPLACED, Stakeholder[]> = {
    muchInfluenceMuchAffected: [],
    muchInfluenceLittleAffected: [],
    littleInfluenceMuchAffected: [],
    littleInfluenceLittleAffected: [],
    unplaced: [],
  };
  for (const stakeholder of stakeholders) places[stakeholder.quadrant ?? UNPLACED].push(stakeholder);
  return places;
}
