import type { GlossaryEntry } from '@roundtable/shared';
import { entryStatus } from './glossaryWords.ts';

/** Where a word stands, as a tag: in words, never by colour alone. */
export function WordStatus({ entry }: { entry: GlossaryEntry }) {
  const kind = entry.agreed ? 'is-agreed' : entry.meaning === null ? 'is-waiting' : 'is-suggested';
  return <p className={`word-status ${kind}`}>{entryStatus(entry)}</p>;
}
