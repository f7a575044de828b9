import { emptyValuesTree, notesOf, orderedLeaves, orderedThemes, type Leaf, type Theme, type ValueNote, type ValuesTreeState } from '@roundtable/shared';
import { useMemo } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { columnsOf, type Columns } from './noteDrop.ts';

const EMPTY = emptyValuesTree();

/** The values tree as this device sees it (its own pending changes folded in). */
export function useTree(): ValuesTreeState {
  return useRoomView((view) => view?.valuesTree ?? EMPTY);
}

export function useThemes(tree: ValuesTreeState): Theme[] {
  return useMemo(() => orderedThemes({ themes: tree.themes }), [tree.themes]);
}

export function useLeaves(tree: ValuesTreeState): Leaf[] {
  return useMemo(() => orderedLeaves({ leaves: tree.leaves }), [tree.leaves]);
}

export function useColumns(tree: ValuesTreeState): Columns {
  return useMemo(() => columnsOf({ notes: tree.notes, themes: tree.themes }), [tree.notes, tree.themes]);
}

/** Notes by column, in order: the roots first, then each theme. */
export function useNotesByColumn(tree: ValuesTreeState, themes: readonly Theme[]): { roots: ValueNote[]; byTheme: Map<string, ValueNote[]> } {
  return useMemo(() => {
    const byTheme = new Map(themes.map((theme) => [theme.id, notesOf({ notes: tree.notes }, theme.id)]));
    return { roots: notesOf({ notes: tree.notes }, null), byTheme };
  }, [tree.notes, themes]);
}

/** This device's member id: null on the console and the screen. */
export function useMyMemberId(): string | null {
  return useRoomStore((state) => state.me?.memberId ?? null);
}
