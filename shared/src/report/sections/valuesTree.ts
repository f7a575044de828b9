import type { RoomState } from '../../state.ts';
import { notesOf, orderedLeaves, orderedThemes, type ValuesTreeState } from '../../tools/valuesTree.ts';
import { treeLeafFrom, treeThemeText, type ReportBlock, type ReportSection, type ReportTreeFigure, type SectionContext } from '../model.ts';
import { plural } from '../words.ts';

const NOT_IN_A_THEME = 'Not in a theme';

/** The tree in numbers and names, for the picture and its words. */
function treeFigure(tree: ValuesTreeState, written: number): ReportTreeFigure {
  const themeName = (id: string) => tree.themes[id]?.name ?? '';
  const themes = orderedThemes(tree).map((theme) => ({
    name: theme.name,
    values: notesOf(tree, theme.id).length,
    votes: tree.votesRevealed ? (tree.totals[theme.id] ?? 0) : null,
  }));
  const leaves = orderedLeaves(tree).map((leaf) => ({ text: leaf.text, from: leaf.themeIds.map(themeName).filter(Boolean) }));
  const roots = { written, unsorted: tree.revealed ? notesOf(tree, null).length : written };
  const said = [
    `A tree. At its roots, ${plural(written, 'value', 'values')} people wrote${roots.unsorted && themes.length ? `, ${roots.unsorted} of them in no theme yet` : ''}.`,
    themes.length
      ? `The trunk branches into ${plural(themes.length, 'theme')}: ${themes.map(treeThemeText).join('; ')}.`
      : 'The trunk has no themes yet.',
    leaves.length
      ? `At the top, ${plural(leaves.length, 'shared value')} as leaves: ${leaves.map((leaf) => `“${leaf.text}”${leaf.from.length ? `, ${treeLeafFrom(leaf)}` : ''}`).join('; ')}.`
      : 'No shared values have grown as leaves yet.',
  ];
  return { kind: 'treeFigure', caption: 'Our values tree: the values at the roots, the themes on the trunk, the shared values as leaves', alt: said.join(' '), roots, themes, leaves };
}

/** Every value written, theme by theme and then those in no theme; names only when chosen. */
function rootsTable(tree: ValuesTreeState, ctx: SectionContext): ReportBlock {
  const groups = [...orderedThemes(tree).map((theme) => ({ name: theme.name, notes: notesOf(tree, theme.id) })), { name: NOT_IN_A_THEME, notes: notesOf(tree, null) }];
  return {
    kind: 'table',
    name: 'values',
    caption: 'Every value people wrote, and the theme it was sorted into',
    columns: ['Value', 'Theme', ...(ctx.includeNames ? ['Written by'] : [])],
    rows: groups.flatMap((group) => group.notes.map((note) => [note.text, group.name, ...(ctx.includeNames ? [ctx.nameOf(note.anonymous ? null : note.authorName)] : [])])),
  };
}

/** The values tree: the roots (every value), the themes with their values and votes (once shown), and the shared values. */
export function valuesTreeSection(state: RoomState, ctx: SectionContext): ReportSection | null {
  const tree = state.valuesTree;
  const themes = orderedThemes(tree);
  if (!tree.noteCount && !themes.length && !orderedLeaves(tree).length) return null;
  const figure = treeFigure(tree, tree.noteCount);
  const blocks: ReportBlock[] = [figure, { kind: 'subheading', text: 'The roots: what people value' }];
  if (tree.revealed) {
    blocks.push({ kind: 'paragraph', text: `People wrote ${plural(tree.noteCount, 'value')}.` }, rootsTable(tree, ctx));
  } else {
    // Before the reveal each value belongs to its writer alone, so the report gives only how many.
    blocks.push({ kind: 'paragraph', text: `People wrote ${plural(tree.noteCount, 'value')}. They were not shown to the group, so they stay private.` });
  }
  blocks.push({ kind: 'subheading', text: 'The trunk: our themes' });
  if (!themes.length) blocks.push({ kind: 'paragraph', text: 'The values were not sorted into themes.' });
  if (themes.length && !tree.votesRevealed) blocks.push({ kind: 'paragraph', text: 'The votes for each theme were not shown.' });
  themes.forEach((theme, index) => {
    blocks.push({ kind: 'paragraph', text: treeThemeText(figure.themes[index]!) });
    const notes = notesOf(tree, theme.id);
    if (notes.length) blocks.push({ kind: 'list', items: notes.map((note) => note.text) });
  });
  blocks.push({ kind: 'subheading', text: 'The leaves: our shared values' });
  if (figure.leaves.length) {
    const said = (leaf: ReportTreeFigure['leaves'][number]) => (leaf.from.length ? `${leaf.text} (${treeLeafFrom(leaf)})` : leaf.text);
    blocks.push({ kind: 'list', items: figure.leaves.map(said) });
  } else {
    blocks.push({ kind: 'paragraph', text: 'The group has not worded its shared values yet.' });
  }
  return { id: 'valuesTree', heading: 'Values tree', blocks };
}
