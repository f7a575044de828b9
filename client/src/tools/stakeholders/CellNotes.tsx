import type { GridNote } from '@roundtable/shared';
import { useState } from 'react';
import { NoteItem } from './NoteItem.tsx';
import { notesCount } from './stakeholderWords.ts';

/** Past this many notes a cell shows the first few and "Show all", so a full cell stays readable. */
export const CELL_NOTES_SHOWN = 5;

interface CellNotesProps {
  notes: readonly GridNote[];
  myMemberId: string | null;
  /** What the cell is, for the list's name: "What might stop them, for Funders". */
  label: string;
}

/** A cell's notes as a list, oldest first; long cells fold after a few. */
export function CellNotes({ notes, myMemberId, label }: CellNotesProps) {
  const [open, setOpen] = useState(false);
  if (notes.length === 0) return <p className="cell-empty">No notes yet.</p>;
  const folded = !open && notes.length > CELL_NOTES_SHOWN;
  const shown = folded ? notes.slice(0, CELL_NOTES_SHOWN) : notes;
  return (
    <>
      <ul className="cell-notes" aria-label={`${label}: ${notesCount(notes.length)}`}>
        {shown.map((note) => (
          <NoteItem key={note.id} note={note} mine={note.addedBy !== null && note.addedBy === myMemberId} />
        ))}
      </ul>
      {notes.length > CELL_NOTES_SHOWN ? (
        <button type="button" className="button button-small button-quiet" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `Show all ${notes.length} notes`}
        </button>
      ) : null}
    </>
  );
}
