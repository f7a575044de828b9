import type { RoomState } from '../state.ts';
import { NAME_NOT_SHOWN, type Report, type ReportOptions, type ReportSection, type SectionContext } from './model.ts';
import { agreementsSection } from './sections/agreements.ts';
import { carParkSection } from './sections/carPark.ts';
import { definitionsSection } from './sections/definitions.ts';
import { glossarySection } from './sections/glossary.ts';
import { meetingSection } from './sections/meeting.ts';
import { stakeholdersSection } from './sections/stakeholders.ts';
import { turnTakingSection } from './sections/turnTaking.ts';
import { valuesTreeSection } from './sections/valuesTree.ts';
import { isoDate, readableDate } from './words.ts';

/**
 * One module per tool, in the order a reader meets them. Each gives its section, or null when the
 * tool was not used. A new tool adds its module here.
 */
const TOOL_SECTIONS: ((state: RoomState, ctx: SectionContext) => ReportSection | null)[] = [
  agreementsSection,
  carParkSection,
  turnTakingSection,
  definitionsSection,
  glossarySection,
  stakeholdersSection,
  valuesTreeSection,
];

/**
 * The report of a meeting, from the room's whole state (see `model.ts`). Pure: the same state
 * and options give the same report.
 */
export function buildReport(state: RoomState, options: ReportOptions): Report {
  const ctx: SectionContext = {
    ...options,
    nameOf: (name) => (options.includeNames && name ? name : NAME_NOT_SHOWN),
  };
  const meeting = meetingSection(state, ctx);
  const tools = TOOL_SECTIONS.flatMap((section) => section(state, ctx) ?? []);
  if (!tools.length) meeting.blocks.push({ kind: 'paragraph', text: 'Nothing was recorded with the meeting’s tools yet.' });
  return {
    title: state.title,
    meetingNumber: state.meeting.number,
    date: readableDate(state.createdAt),
    isoDate: isoDate(state.createdAt),
    madeOn: readableDate(options.now),
    participants: Object.values(state.members).filter((member) => member.role === 'participant').length,
    namesIncluded: options.includeNames,
    sections: [meeting, ...tools],
  };
}
