import type { GridColumn, Quadrant } from '@roundtable/shared';

/** The grid's column headers, on every device. */
export const COLUMN_LABEL: Record<GridColumn, string> = {
  needs: 'What they need to take part',
  barriers: 'What might stop them',
  solutions: 'How we could remove that',
};

/** Each column said as a gap: "Nobody has said yet ..." */
export const COLUMN_GAP: Record<GridColumn, string> = {
  needs: 'what they need',
  barriers: 'what might stop them',
  solutions: 'how to remove that',
};

/** The four places on the influence map, short, for chips, headings and choices. */
export const QUADRANT_LABEL: Record<Quadrant, string> = {
  muchInfluenceMuchAffected: 'Much influence, much affected',
  muchInfluenceLittleAffected: 'Much influence, little affected',
  littleInfluenceMuchAffected: 'Much affected, little influence',
  littleInfluenceLittleAffected: 'Little influence, little affected',
};

/** The same places in everyday words, under each choice on a phone. */
export const QUADRANT_HINT: Record<Quadrant, string> = {
  muchInfluenceMuchAffected: 'They have a big say in the work, and it changes things a lot for them.',
  muchInfluenceLittleAffected: 'They have a big say in the work, but it does not change much for them.',
  littleInfluenceMuchAffected: 'The work changes things a lot for them, but they have little say in it.',
  littleInfluenceLittleAffected: 'They have little say, and it does not change much for them.',
};

/** The map read left to right, top to bottom: influence goes up, being affected goes right. */
export const MAP_ORDER: readonly Quadrant[] = [
  'muchInfluenceLittleAffected',
  'muchInfluenceMuchAffected',
  'littleInfluenceLittleAffected',
  'littleInfluenceMuchAffected',
];

export const AXIS = {
  top: 'Much influence over the work',
  bottom: 'Little influence',
  left: 'Little affected',
  right: 'Much affected by it',
} as const;

export const NOT_INVOLVED = 'not yet involved';

/** "1 note", "3 notes". */
export const notesCount = (count: number) => `${count} ${count === 1 ? 'note' : 'notes'}`;

/** "3 stakeholders, 1 not yet involved." */
export function stakeholdersSummary(count: number, notInvolved: number): string {
  if (count === 0) return 'No stakeholders yet.';
  const listed = `${count} ${count === 1 ? 'stakeholder' : 'stakeholders'}`;
  return notInvolved ? `${listed}, ${notInvolved} not yet involved.` : `${listed}.`;
}

/** "A, B and C". */
export function inWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
