import type { GridNote } from '@roundtable/shared';
import { useId, useRef, useState } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { NoteEditor } from './NoteEditor.tsx';

interface NoteItemProps {
  note: GridNote;
  /** A note this device wrote: marked, so people find their own. */
  mine: boolean;
}

/** One note in a cell; its writer and the host can change or remove it. */
export function NoteItem({ note, mine }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const textId = useId();
  // The reducer's rule (its writer or the host), read here rather than tried with useRefusal: a full
  // grid shows up to 1,500 notes, and trying a command for each on every change would be slow.
  const mayChange = useRoomStore((state) => state.me?.role === 'facilitator') || mine;

  return (
    <li className={mine ? 'grid-note is-mine' : 'grid-note'}>
      <span id={textId} className="grid-note-text">
        {note.text}
      </span>
      {mine ? <span className="grid-note-mine"> (yours)</span> : null}
      {mayChange && !editing ? (
        <button ref={button} type="button" className="button button-small button-quiet grid-note-change" aria-describedby={textId} onClick={() => setEditing(true)}>
          Change
        </button>
      ) : null}
      {editing ? (
        <NoteEditor
          note={note}
          onClose={() => {
            setEditing(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      ) : null}
    </li>
  );
}
