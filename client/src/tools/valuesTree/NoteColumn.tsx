import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Theme, ValueNote } from '@roundtable/shared';
import { useId } from 'react';
import { ConsoleNote } from './ConsoleNote.tsx';
import { columnDropId } from './noteDrop.ts';
import { ThemeTools } from './ThemeTools.tsx';
import { valuesCount } from './valueWords.ts';

interface NoteColumnProps {
  /** A theme id, or ROOTS. */
  column: string;
  theme: Theme | null;
  noteIds: readonly string[];
  notes: Readonly<Record<string, ValueNote>>;
  themes: readonly Theme[];
  onMove: (noteId: string, column: string) => void;
}

/** The roots or one theme: a place to drop values, with the theme's own tools. */
export function NoteColumn({ column, theme, noteIds, notes, themes, onMove }: NoteColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(column) });
  const headingId = useId();
  const title = theme ? theme.name : 'Roots: not in a theme yet';
  const shown = noteIds.flatMap((id) => notes[id] ?? []);
  return (
    <section ref={setNodeRef} className={isOver ? 'values-column is-over' : 'values-column'} aria-labelledby={headingId} data-column={column}>
      <h4 id={headingId}>
        {title} <span className="values-column-count">({valuesCount(shown.length)})</span>
      </h4>
      {theme ? <ThemeTools theme={theme} themes={themes} /> : null}
      <SortableContext id={columnDropId(column)} items={shown.map((note) => note.id)} strategy={verticalListSortingStrategy}>
        {shown.length === 0 ? (
          <p className="values-column-empty">{theme ? 'Drag values here, or use “Move to theme” on a value.' : 'Every value is in a theme.'}</p>
        ) : (
          <ul className="values-notes" aria-label={`Values in ${title}`}>
            {shown.map((note) => (
              <ConsoleNote key={note.id} note={note} column={column} themes={themes} onMove={onMove} />
            ))}
          </ul>
        )}
      </SortableContext>
    </section>
  );
}
