import type { Leaf, Theme, ValueNote } from '@roundtable/shared';
import { authorLabel, themeDetail, writtenSoFar } from './valueWords.ts';

interface DescribedTree {
  revealed: boolean;
  noteCount: number;
  notes: readonly ValueNote[];
  themes: readonly Theme[];
  noteCounts: ReadonlyMap<string, number>;
  /** Vote totals, or null while they are hidden. */
  totals: Readonly<Record<string, number>> | null;
  leaves: readonly Leaf[];
}

/** The whole tree in words, every value in full: what the drawing cuts short is here. */
export function treeDescription(tree: DescribedTree): string {
  if (!tree.revealed) return `${writtenSoFar(tree.noteCount)}. They stay hidden until the host shows them.`;
  const parts: string[] = [];
  if (tree.leaves.length) parts.push(`Shared values, the leaves: ${tree.leaves.map((leaf) => leaf.text).join('; ')}.`);
  if (tree.themes.length) {
    const themes = tree.themes.map((theme) => `${theme.name} (${themeDetail(tree.noteCounts.get(theme.id) ?? 0, tree.totals ? (tree.totals[theme.id] ?? 0) : undefined)})`);
    parts.push(`Themes on the trunk: ${themes.join('; ')}.`);
  }
  parts.push(
    tree.notes.length
      ? `Values at the roots: ${tree.notes.map((note) => `${note.text} (${authorLabel(note)})`).join('; ')}.`
      : 'No values at the roots.',
  );
  return parts.join(' ');
}
