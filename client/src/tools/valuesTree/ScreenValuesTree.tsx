import { notesOf } from '@roundtable/shared';
import { useMemo } from 'react';
import { treeDescription } from './treeDescription.ts';
import { TreeDrawing } from './TreeDrawing.tsx';
import { treeLayout } from './treeLayout.ts';
import { useLeaves, useNotesByColumn, useThemes, useTree } from './useValuesTree.ts';
import { PHASE_LABEL, themeDetail, writtenSoFar } from './valueWords.ts';

/** The values tree on the projector: a drawn tree that grows as the group works, every word also in its description. */
export function ScreenValuesTree() {
  const tree = useTree();
  const themes = useThemes(tree);
  const leaves = useLeaves(tree);
  const { roots, byTheme } = useNotesByColumn(tree, themes);
  const totals = tree.votesRevealed ? tree.totals : null;

  const { layout, description } = useMemo(() => {
    // The roots hold every value: first those not yet sorted, then each theme's, in the trunk's order.
    const notes = [...roots, ...themes.flatMap((theme) => byTheme.get(theme.id) ?? [])];
    const noteCounts = new Map(themes.map((theme) => [theme.id, notesOf({ notes: tree.notes }, theme.id).length]));
    const placed = treeLayout({
      notes: notes.map((note) => ({ id: note.id, text: note.text, name: note.authorName })),
      themes: themes.map((theme) => ({ id: theme.id, name: theme.name, detail: themeDetail(noteCounts.get(theme.id) ?? 0, totals ? (totals[theme.id] ?? 0) : undefined) })),
      leaves: leaves.map((leaf) => ({ id: leaf.id, text: leaf.text })),
      trunkStarted: tree.phase !== 'reflect' && tree.phase !== 'roots',
    });
    return { layout: placed, description: treeDescription({ revealed: tree.revealed, noteCount: tree.noteCount, notes, themes, noteCounts, totals, leaves }) };
  }, [roots, byTheme, themes, leaves, totals, tree.notes, tree.phase, tree.revealed, tree.noteCount]);

  return (
    <div className="screen-values">
      <div className="screen-values-head">
        <h2>Our values tree</h2>
        <p className="screen-values-phase">{PHASE_LABEL[tree.phase]}</p>
      </div>
      <TreeDrawing layout={layout} title="Our values tree" description={description} rootsMessage={tree.revealed ? null : writtenSoFar(tree.noteCount)} />
    </div>
  );
}
