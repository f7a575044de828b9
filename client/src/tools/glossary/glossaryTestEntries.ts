import type { GlossaryEntry } from '@roundtable/shared';

/** A glossary entry for tests: agreed with a meaning unless told otherwise. */
export function testEntry(term: string, overrides: Partial<GlossaryEntry> = {}): GlossaryEntry {
  const id = `entry-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.padEnd(10, '0');
  return { id, term, meaning: `What ${term} means.`, agreed: true, askedAt: 0, updatedAt: 0, ...overrides };
}
