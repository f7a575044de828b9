import type { GlossaryEntry } from '@roundtable/shared';
import { termKey } from '@roundtable/shared';

/** A run of text: plain, or a word from the glossary with its agreed meaning. */
export type TextPart = { kind: 'text'; text: string } | { kind: 'term'; text: string; entry: GlossaryEntry };

/** Letters and digits in any script: a term only counts as a whole word between other characters. */
const WORD_CHARACTER = '[\\p{L}\\p{N}]';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the agreed words, longest first so "care plan" wins over "care". Null when no
 * word is agreed yet. Spaces in a term match any run of spaces, as `termKey` treats them.
 */
export function termPattern(entries: readonly GlossaryEntry[]): { pattern: RegExp; byKey: Map<string, GlossaryEntry> } | null {
  const agreed = entries.filter((entry) => entry.agreed && entry.meaning);
  if (!agreed.length) return null;
  const byKey = new Map(agreed.map((entry) => [termKey(entry.term), entry]));
  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => key.split(' ').map(escape).join('\\s+'));
  const pattern = new RegExp(`(?<!${WORD_CHARACTER})(?:${alternatives.join('|')})(?!${WORD_CHARACTER})`, 'giu');
  return { pattern, byKey };
}

/** Splits `text` into plain runs and agreed words. Every occurrence is marked, in any case. */
export function splitByTerms(text: string, matcher: ReturnType<typeof termPattern>): TextPart[] {
  if (!matcher || !text) return [{ kind: 'text', text }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const entry = matcher.byKey.get(termKey(match[0]));
    if (!entry) continue;
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'term', text: match[0], entry });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
