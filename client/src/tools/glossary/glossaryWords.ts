import type { GlossaryEntry } from '@roundtable/shared';
import { count } from '../../components/format.ts';

/** Where a word stands, as its label says it on phones and the console. */
export function entryStatus(entry: GlossaryEntry): string {
  if (entry.agreed) return 'Agreed by the group';
  return entry.meaning === null ? 'Waiting for a meaning' : 'Meaning suggested, not agreed yet';
}

/** "3 words, 1 waiting for a meaning." */
export function glossarySummary(entries: readonly GlossaryEntry[]): string {
  if (!entries.length) return 'No words yet.';
  const waiting = entries.filter((entry) => entry.meaning === null).length;
  return `${count(entries.length, 'word', 'words')}${waiting ? `, ${waiting} waiting for a meaning` : ''}.`;
}

/** The id of an entry's heading in the page, so a link or a refusal can take someone there. */
export function entryHeadingId(entryId: string): string {
  return `glossary-entry-${entryId}`;
}
