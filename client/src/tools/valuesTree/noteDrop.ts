import { notesOf, orderedThemes, type ValuesTreeState } from '@roundtable/shared';

/** The column key of the notes not yet in a theme. Theme ids never clash with it: ids are 8+ characters. */
export const ROOTS = 'roots';

/** Note ids in order, by column: the roots and each theme. */
export type Columns = Readonly<Record<string, readonly string[]>>;

/** The drag-and-drop id of a column, told apart from note ids by its colon. */
export const columnDropId = (column: string) => `column:${column}`;

export const columnKey = (themeId: string | null) => themeId ?? ROOTS;

/** The roots and every theme's notes, in order, as the room has them. */
export function columnsOf(tree: Pick<ValuesTreeState, 'notes' | 'themes'>): Columns {
  const columns: Record<string, readonly string[]> = { [ROOTS]: notesOf(tree, null).map((note) => note.id) };
  for (const theme of orderedThemes(tree)) columns[theme.id] = notesOf(tree, theme.id).map((note) => note.id);
  return columns;
}

export function columnOf(columns: Columns, noteId: string): string | null {
  return Object.keys(columns).find((column) => columns[column]?.includes(noteId)) ?? null;
}

/** Where a drop target is: over a column itself means its end. */
function placeOf(columns: Columns, overId: string): { column: string; index: number } | null {
  if (overId.startsWith('column:')) {
    const column = overId.slice('column:'.length);
    const list = columns[column];
    return list ? { column, index: list.length } : null;
  }
  const column = columnOf(columns, overId);
  return column === null ? null : { column, index: columns[column]?.indexOf(overId) ?? 0 };
}

/**
 * The columns as shown while a note is dragged over `overId` (a note or a column): the note takes
 * that place. Only this screen sees it; nothing is sent until the drop. The same object when the
 * note would not move.
 */
export function previewMove(columns: Columns, activeId: string, overId: string): Columns {
  const from = columnOf(columns, activeId);
  const target = placeOf(columns, overId);
  if (from === null || target === null || overId === activeId) return columns;
  const source = columns[from] ?? [];
  const without = source.filter((id) => id !== activeId);
  if (from === target.column) {
    // Within a column the note takes the place of the one it is over, as a sortable list does.
    const index = Math.min(target.index, without.length);
    if (source.indexOf(activeId) === index) return columns;
    return { ...columns, [from]: [...without.slice(0, index), activeId, ...without.slice(index)] };
  }
  const into = columns[target.column] ?? [];
  return { ...columns, [from]: without, [target.column]: [...into.slice(0, target.index), activeId, ...into.slice(target.index)] };
}

/** The one move a drop sends. */
export interface NoteDrop {
  themeId: string | null;
  afterNoteId: string | null;
}

/**
 * The move for a note dropped where `shown` (the preview) has it, sent to the tree as it is now
 * (`live`), where notes and themes may have changed meanwhile. The note goes after the nearest
 * note above it that is still in that column. Null when nothing should move: it is where it was,
 * or the note or its new theme has gone.
 */
export function noteDrop(shown: Columns, live: Columns, activeId: string): NoteDrop | null {
  const column = columnOf(shown, activeId);
  const liveColumn = columnOf(live, activeId);
  if (column === null || liveColumn === null || !live[column]) return null;
  const present = new Set((live[column] ?? []).filter((id) => id !== activeId));
  const list = shown[column] ?? [];
  const above = list.slice(0, list.indexOf(activeId)).reverse().find((id) => present.has(id)) ?? null;
  if (liveColumn === column) {
    const here = live[column] ?? [];
    const nowAbove = here[here.indexOf(activeId) - 1] ?? null;
    if (nowAbove === above) return null;
  }
  return { themeId: column === ROOTS ? null : column, afterNoteId: above };
}

/** The move for "Move to theme": to the end of the chosen column. */
export function moveToEnd(live: Columns, noteId: string, column: string): NoteDrop | null {
  if (columnOf(live, noteId) === column || !live[column]) return null;
  return { themeId: column === ROOTS ? null : column, afterNoteId: live[column]?.at(-1) ?? null };
}
