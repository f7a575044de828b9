import type { ValuesTreeState } from '@roundtable/shared';
import { useId, useMemo } from 'react';
import { MyNoteRow } from './MyNoteRow.tsx';

/** The values I have written, and who can see them. */
export function MyNotes({ tree, memberId }: { tree: ValuesTreeState; memberId: string | null }) {
  const headingId = useId();
  const mine = useMemo(
    () => Object.values(tree.notes).filter((note) => memberId !== null && note.authorId === memberId).sort((a, b) => a.createdAt - b.createdAt),
    [tree.notes, memberId],
  );
  return (
    <section className="values-mine stack" aria-labelledby={headingId}>
      <h3 id={headingId}>My values</h3>
      <p className="values-privacy">{tree.revealed ? 'Everyone can see these now.' : 'Only you can see these until the host shows them.'}</p>
      {mine.length === 0 ? (
        <p>You have not written any yet.</p>
      ) : (
        <ul className="values-my-notes">
          {mine.map((note) => (
            <MyNoteRow key={note.id} note={note} />
          ))}
        </ul>
      )}
    </section>
  );
}
