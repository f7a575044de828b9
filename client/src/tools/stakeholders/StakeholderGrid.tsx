import { GRID_COLUMNS, notesIn } from '@roundtable/shared';
import { useId } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddNoteForm } from './AddNoteForm.tsx';
import { CellNotes } from './CellNotes.tsx';
import { COLUMN_LABEL } from './stakeholderWords.ts';
import { useGridNotes, useMyMemberId, useOrderedStakeholders } from './useStakeholders.ts';

/**
 * The grid on the console, as a real table: a row per stakeholder, headed by its name, and a
 * column for each question, so a screen reader says where each note is.
 */
export function StakeholderGrid() {
  const stakeholders = useOrderedStakeholders();
  const notes = useGridNotes();
  const myMemberId = useMyMemberId();
  const roomId = useRoomView((view) => view?.id ?? '');
  const role = useRoomStore((state) => state.me?.role ?? 'facilitator');
  const captionId = useId();

  if (stakeholders.length === 0) return <p>The grid fills in once there are stakeholders on the list.</p>;
  return (
    <div className="grid-scroll" role="region" aria-labelledby={captionId}>
      <table className="stakeholder-grid">
        <caption id={captionId}>The grid: what each group needs, what might stop them, and how we could remove that</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            {GRID_COLUMNS.map((column) => (
              <th key={column} scope="col">
                {COLUMN_LABEL[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((stakeholder) => (
            <tr key={stakeholder.id}>
              <th scope="row">{stakeholder.name}</th>
              {GRID_COLUMNS.map((column) => (
                <td key={column}>
                  <div className="cell stack">
                    <CellNotes notes={notesIn({ notes }, stakeholder.id, column)} myMemberId={myMemberId} label={`${COLUMN_LABEL[column]}, for ${stakeholder.name}`} />
                    <AddNoteForm
                      stakeholderId={stakeholder.id}
                      stakeholderName={stakeholder.name}
                      column={column}
                      draftKey={roomKey(role, roomId, `draft:stakeholderNote:${stakeholder.id}:${column}`)}
                    />
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
