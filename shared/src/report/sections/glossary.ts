import type { RoomState } from '../../state.ts';
import { sortedEntries } from '../../tools/glossary.ts';
import type { ReportSection } from '../model.ts';
import { plural } from '../words.ts';

/** The group's words and their plain meanings, alphabetically. */
export function glossarySection(state: RoomState): ReportSection | null {
  const entries = sortedEntries(state.glossary);
  if (!entries.length) return null;
  const agreed = entries.filter((entry) => entry.agreed).length;
  return {
    id: 'glossary',
    heading: 'Glossary',
    blocks: [
      { kind: 'paragraph', text: `${plural(entries.length, 'word')} in the glossary; the group agreed the meaning of ${agreed}.` },
      {
        kind: 'table',
        name: 'glossary',
        caption: 'Words and what they mean',
        columns: ['Word', 'Meaning', 'Agreed by the group'],
        rows: entries.map((entry) => [entry.term, entry.meaning ?? 'No meaning written yet', entry.agreed ? 'Yes' : 'Not yet']),
      },
    ],
  };
}
