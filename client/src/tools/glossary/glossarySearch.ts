import type { GlossaryEntry } from '@roundtable/shared';
import { count } from '../../components/format.ts';

/** Lower case without accents, so "cafe" finds "Café" and "ÉTÉ" finds "été". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** The words of a search, folded; none for an empty or blank search. */
export function searchWords(query: string): string[] {
  return folded(query).split(/\s+/).filter(Boolean);
}

/**
 * The entries whose word or meaning holds every word of the search, in any case, in the order
 * given. Every word anywhere rather than the exact phrase: people rarely type a phrase as written.
 */
export function searchEntries(entries: readonly GlossaryEntry[], query: string): readonly GlossaryEntry[] {
  const words = searchWords(query);
  if (!words.length) return entries;
  return entries.filter((entry) => {
    const text = folded(`${entry.term}\n${entry.meaning ?? ''}`);
    return words.every((word) => text.includes(word));
  });
}

/** What the search found, in words ("2 of 5 words match “care”."), or '' with no search. */
export function searchResultText(found: number, total: number, query: string): string {
  const shown = query.trim();
  if (!searchWords(query).length) return '';
  if (found === 0) return `No words match “${shown}”.`;
  return `${found} of ${count(total, 'word', 'words')} ${found === 1 ? 'matches' : 'match'} “${shown}”.`;
}
