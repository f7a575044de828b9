import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Theme, ValueNote } from '@roundtable/shared';
import { memo } from 'react';
import { MoveToTheme } from './MoveToTheme.tsx';
import { shortNote } from './valueDragWords.ts';
import { authorLabel } from './valueWords.ts';

interface ConsoleNoteProps {
  note: ValueNote;
  column: string;
  themes: readonly Theme[];
  onMove: (noteId: string, column: string) => void;
}

/** A grip of six dots: the handle's picture. */
const GRIP = 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01';

/** One value on the console: a handle to drag, its words, who wrote it, and "Move to theme". */
export const ConsoleNote = memo(function ConsoleNote({ note, column, themes, onMove }: ConsoleNoteProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: note.id,
    attributes: { roleDescription: 'value you can move' },
  });
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={isDragging ? 'values-note is-dragging' : 'values-note'} data-note-id={note.id}>
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        aria-label={`Drag to move “${shortNote(note.text)}”`}
        {...attributes}
        {...listeners}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={GRIP} />
        </svg>
      </button>
      <div className="values-note-body">
        <p className="values-note-text">{note.text}</p>
        <p className="values-note-author">{authorLabel(note)}</p>
        <MoveToTheme noteText={note.text} current={column} themes={themes} onMove={(to) => onMove(note.id, to)} />
      </div>
    </li>
  );
});
