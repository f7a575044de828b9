import { closestCorners, DndContext, KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent, type DragOverEvent } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { ValuesTreeState } from '@roundtable/shared';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending } from '../../sync/optimistic.ts';
import { AddThemeForm } from './AddThemeForm.tsx';
import { NoteColumn } from './NoteColumn.tsx';
import { columnOf, moveToEnd, noteDrop, previewMove, ROOTS, type Columns } from './noteDrop.ts';
import { useColumns, useThemes } from './useValuesTree.ts';
import { VALUE_DRAG_INSTRUCTIONS, valueDragAnnouncements } from './valueDragWords.ts';

/**
 * The roots and the themes, for the facilitator: values move by drag (mouse, touch, or the
 * keyboard: Space, arrows, Space) or by each value's "Move to theme". While dragging only this
 * screen shows the new places; the drop sends one move, and Escape puts everything back.
 */
export function ThemeBoard({ tree }: { tree: ValuesTreeState }) {
  const themes = useThemes(tree);
  const live = useColumns(tree);
  const [preview, setPreview] = useState<Columns | null>(null);
  const shown = preview ?? live;
  const { run, error, clearError } = useCommand();
  const waiting = useHasPending('valuesTree.moveNote');
  const errorId = useId();
  const latest = useRef({ shown, live });
  useLayoutEffect(() => {
    latest.current = { shown, live };
  });
  const announcements = useMemo(() => valueDragAnnouncements(shown, live, tree.notes, tree.themes), [shown, live, tree.notes, tree.themes]);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onMove = useCallback(
    (noteId: string, column: string) => {
      const move = moveToEnd(latest.current.live, noteId, column);
      clearError();
      if (move) void run('valuesTree.moveNote', { noteId, ...move });
    },
    [run, clearError],
  );

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const current = latest.current.shown;
    const overId = String(over.id);
    const target = overId.startsWith('column:') ? overId.slice('column:'.length) : columnOf(current, overId);
    // Within a column the sortable list previews the order itself; only a change of column is ours.
    if (target !== null && target !== columnOf(current, String(active.id))) setPreview(previewMove(current, String(active.id), overId));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const activeId = String(active.id);
    const final = over ? previewMove(latest.current.shown, activeId, String(over.id)) : latest.current.shown;
    setPreview(null);
    const drop = noteDrop(final, latest.current.live, activeId);
    if (drop) void run('valuesTree.moveNote', { noteId: activeId, ...drop });
  }

  return (
    <div className="values-board-wrap stack">
      <h3>Group into themes</h3>
      <AddThemeForm />
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        accessibility={{ announcements, screenReaderInstructions: VALUE_DRAG_INSTRUCTIONS }}
        onDragStart={() => {
          clearError();
          setPreview(latest.current.live);
        }}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => setPreview(null)}
      >
        <div className="values-board">
          <NoteColumn column={ROOTS} theme={null} noteIds={shown[ROOTS] ?? []} notes={tree.notes} themes={themes} onMove={onMove} />
          {themes.map((theme) => (
            <NoteColumn key={theme.id} column={theme.id} theme={theme} noteIds={shown[theme.id] ?? []} notes={tree.notes} themes={themes} onMove={onMove} />
          ))}
        </div>
      </DndContext>
      <Pending shown={waiting} />
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
