import type { Theme, ValueNote, ValuesTreeState } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { MoveToTheme } from './MoveToTheme.tsx';
import { moveToEnd, ROOTS } from './noteDrop.ts';
import { useColumns, useNotesByColumn } from './useValuesTree.ts';
import { authorLabel, valuesCount } from './valueWords.ts';

interface NoteListProps {
  title: string;
  column: string;
  notes: readonly ValueNote[];
  themes: readonly Theme[];
  onMove: ((noteId: string, column: string) => void) | null;
}

function NoteList({ title, column, notes, themes, onMove }: NoteListProps) {
  const headingId = useId();
  return (
    <section className="values-phone-theme" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {title} <span className="values-column-count">({valuesCount(notes.length)})</span>
      </h4>
      {notes.length ? (
        <ul className="values-phone-notes">
          {notes.map((note) => (
            <li key={note.id} className="values-phone-note">
              <p className="values-note-text">{note.text}</p>
              <p className="values-note-author">{authorLabel(note)}</p>
              {onMove ? <MoveToTheme noteText={note.text} current={column} themes={themes} onMove={(to) => onMove(note.id, to)} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** The tree as lists: each theme with its values, then the values not yet in a theme. */
export function PhoneTree({ tree, themes }: { tree: ValuesTreeState; themes: readonly Theme[] }) {
  const { roots, byTheme } = useNotesByColumn(tree, themes);
  const live = useColumns(tree);
  const { run, error, clearError } = useCommand();
  const errorId = useId();
  function onMove(noteId: string, column: string) {
    clearError();
    const move = moveToEnd(live, noteId, column);
    if (move) void run('valuesTree.moveNote', { noteId, ...move });
  }
  const mover = tree.phonesMayMove ? onMove : null;
  return (
    <div className="values-phone-tree stack">
      <p>{tree.phonesMayMove ? 'You can move values into themes with “Move to theme”.' : 'The host is sorting the values into themes.'}</p>
      {themes.map((theme) => (
        <NoteList key={theme.id} title={theme.name} column={theme.id} notes={byTheme.get(theme.id) ?? []} themes={themes} onMove={mover} />
      ))}
      <NoteList title="Not in a theme yet" column={ROOTS} notes={roots} themes={themes} onMove={mover} />
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
