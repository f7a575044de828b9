import type { RoomState } from '../../state.ts';
import {
  emptyColumns,
  GRID_COLUMNS,
  muchAffectedLittleInfluence,
  notesIn,
  orderedStakeholders,
  type GridColumn,
  type Quadrant,
  type Stakeholder,
  type StakeholdersState,
} from '../../tools/stakeholders.ts';
import type { FigureArea, ReportBlock, ReportFigure, ReportSection } from '../model.ts';
import { plural } from '../words.ts';

/** The grid's columns, as the stakeholder tool says them. */
export const COLUMN_WORDS: Record<GridColumn, string> = {
  needs: 'What they need to take part',
  barriers: 'What might stop them',
  solutions: 'How we could remove that',
};

const COLUMN_GAP: Record<GridColumn, string> = {
  needs: 'what they need',
  barriers: 'what might stop them',
  solutions: 'how to remove that',
};

export const QUADRANT_WORDS: Record<Quadrant, string> = {
  muchInfluenceMuchAffected: 'Much influence, much affected',
  muchInfluenceLittleAffected: 'Much influence, little affected',
  littleInfluenceMuchAffected: 'Much affected, little influence',
  littleInfluenceLittleAffected: 'Little influence, little affected',
};

/** The map read left to right, top to bottom: influence goes up, being affected goes right. */
const MAP_ORDER: readonly Quadrant[] = ['muchInfluenceLittleAffected', 'muchInfluenceMuchAffected', 'littleInfluenceLittleAffected', 'littleInfluenceMuchAffected'];
const NOT_INVOLVED = 'not yet involved';

/** "A, B and C". */
function inWords(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function listTable(state: StakeholdersState, stakeholders: Stakeholder[]): ReportBlock {
  return {
    kind: 'table',
    name: 'stakeholders',
    caption: 'Who to involve',
    columns: ['Stakeholder', 'Why involve them', 'What they bring', 'Small group', 'On the influence map', 'Involved yet'],
    rows: stakeholders.map((stakeholder) => [
      stakeholder.name,
      stakeholder.why ?? '',
      stakeholder.brings ?? '',
      (stakeholder.groupId && state.groups[stakeholder.groupId]?.name) || '',
      stakeholder.quadrant ? QUADRANT_WORDS[stakeholder.quadrant] : 'Not placed yet',
      stakeholder.involved ? 'Yes' : 'Not yet',
    ]),
  };
}

function gridTable(state: StakeholdersState, stakeholders: Stakeholder[]): ReportBlock {
  return {
    kind: 'table',
    name: 'stakeholder-notes',
    caption: 'Needs, barriers and solutions for each stakeholder',
    columns: ['Stakeholder', ...GRID_COLUMNS.map((column) => COLUMN_WORDS[column])],
    rows: stakeholders.map((stakeholder) => [
      stakeholder.name,
      ...GRID_COLUMNS.map((column) =>
        notesIn(state, stakeholder.id, column)
          .map((note) => note.text)
          .join('\n'),
      ),
    ]),
  };
}

/** The gaps in words: cells nobody wrote in, and the much affected with little influence. */
function gapBlocks(state: StakeholdersState, stakeholders: Stakeholder[]): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: 'Gaps to work on' }];
  const missing = stakeholders.flatMap((stakeholder) => {
    const empty = emptyColumns(state, stakeholder.id);
    return empty.length ? [`${stakeholder.name}: nothing yet on ${inWords(empty.map((column) => COLUMN_GAP[column]))}.`] : [];
  });
  blocks.push(
    missing.length
      ? { kind: 'paragraph', text: `The grid has gaps for ${plural(missing.length, 'stakeholder')}:` }
      : { kind: 'paragraph', text: 'Every stakeholder has notes in all three columns of the grid.' },
  );
  if (missing.length) blocks.push({ kind: 'list', items: missing });
  const unheard = muchAffectedLittleInfluence(state);
  blocks.push({
    kind: 'paragraph',
    text: unheard.length
      ? `Much affected by the work, with little influence over it: ${inWords(unheard.map((stakeholder) => stakeholder.name))}. These are the people co-production most needs to hear.`
      : 'Nobody was placed as much affected by the work with little influence over it.',
  });
  return blocks;
}

function influenceMap(stakeholders: Stakeholder[]): ReportFigure {
  const areas: FigureArea[] = MAP_ORDER.map((quadrant) => ({
    label: QUADRANT_WORDS[quadrant],
    entries: stakeholders.filter((stakeholder) => stakeholder.quadrant === quadrant).map((stakeholder) => ({ text: stakeholder.name, marked: !stakeholder.involved })),
    stressed: quadrant === 'littleInfluenceMuchAffected',
  }));
  const corner = ['Top left', 'Top right', 'Bottom left', 'Bottom right'];
  const said = areas.map((area, index) => {
    const who = area.entries.map((entry) => (entry.marked ? `${entry.text} (${NOT_INVOLVED})` : entry.text));
    return `${corner[index]}, ${area.label.toLowerCase()}: ${who.length ? inWords(who) : 'nobody'}.`;
  });
  return {
    kind: 'figure',
    caption: 'The influence map: how much say each stakeholder has, and how much the work affects them',
    alt: `A square in four parts. Influence over the work rises going up; how much the work affects them rises going right. ${said.join(' ')}`,
    sides: { top: 'Much influence over the work', bottom: 'Little influence', left: 'Little affected', right: 'Much affected by it' },
    areas,
    markedMeans: NOT_INVOLVED,
  };
}

/** Who the group wants to involve, the needs/barriers/solutions grid, its gaps and the influence map. */
export function stakeholdersSection(state: RoomState): ReportSection | null {
  const tool = state.stakeholders;
  const stakeholders = orderedStakeholders(tool);
  if (!stakeholders.length) return null;
  const involved = stakeholders.filter((stakeholder) => stakeholder.involved).length;
  const placed = stakeholders.filter((stakeholder) => stakeholder.quadrant !== null);
  const unplaced = stakeholders.filter((stakeholder) => stakeholder.quadrant === null);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: `The group listed ${plural(stakeholders.length, 'stakeholder')}; ${involved} ${involved === 1 ? 'is' : 'are'} involved in the work so far.` },
    listTable(tool, stakeholders),
    { kind: 'subheading', text: 'Needs, barriers and solutions' },
    gridTable(tool, stakeholders),
    ...gapBlocks(tool, stakeholders),
    { kind: 'subheading', text: 'Influence map' },
  ];
  if (placed.length) blocks.push(influenceMap(stakeholders));
  else blocks.push({ kind: 'paragraph', text: 'Nobody has been placed on the influence map yet.' });
  if (placed.length && unplaced.length) {
    blocks.push({ kind: 'paragraph', text: `Not on the map yet: ${inWords(unplaced.map((stakeholder) => stakeholder.name))}.` });
  }
  return { id: 'stakeholders', heading: 'Stakeholders', blocks };
}
