import type { RoomState } from '../../state.ts';
import type { ReportBlock, ReportSection, SectionContext } from '../model.ts';
import { plural, readableDate } from '../words.ts';

/** The meeting's own details: which meeting, when, and how many took part (names only if chosen). */
export function meetingSection(state: RoomState, ctx: SectionContext): ReportSection {
  const people = Object.values(state.members).filter((member) => member.role === 'participant');
  const date = readableDate(state.createdAt);
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: `Meeting ${state.meeting.number} of this group, held on ${date}.` },
    { kind: 'paragraph', text: `${plural(people.length, 'person', 'people')} took part from a phone.` },
  ];
  if (ctx.includeNames) {
    const names = people.flatMap((member) => (member.name ? [member.name] : [])).sort((a, b) => a.localeCompare(b, 'en'));
    const unnamed = people.length - names.length;
    if (names.length) blocks.push({ kind: 'paragraph', text: 'The names people gave:' }, { kind: 'list', items: names });
    if (unnamed) blocks.push({ kind: 'paragraph', text: `${plural(unnamed, 'person', 'people')} did not give a name.` });
  } else {
    blocks.push({ kind: 'paragraph', text: 'Names are left out of this report.' });
  }
  blocks.push({
    kind: 'table',
    name: 'meeting',
    caption: 'About this meeting',
    columns: ['Title', 'Meeting', 'Date', 'People who took part'],
    rows: [[state.title, String(state.meeting.number), date, String(people.length)]],
  });
  return { id: 'meeting', heading: 'About this meeting', blocks };
}
