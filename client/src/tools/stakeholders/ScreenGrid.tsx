import { GRID_COLUMNS, notesIn, type Stakeholder } from '@roundtable/shared';
import { COLUMN_LABEL } from './stakeholderWords.ts';
import { useGridNotes } from './useStakeholders.ts';

/** As many rows as stay readable from the back of a room. */
export const SCREEN_GRID_ROWS = 5;
/** Notes shown in one cell before "and N more". */
export const SCREEN_CELL_NOTES = 4;

interface ScreenGridProps {
  stakeholders: readonly Stakeholder[];
  highlightGaps: boolean;
}

/** The grid on the projector: a real table, the first rows, each cell's first notes. */
export function ScreenGrid({ stakeholders, highlightGaps }: ScreenGridProps) {
  const notes = useGridNotes();
  if (stakeholders.length === 0) return <p className="screen-empty">Nobody on the list yet.</p>;
  const shown = stakeholders.slice(0, SCREEN_GRID_ROWS);

  return (
    <>
      <table className="screen-grid">
        {/* The heading above says it on the screen; the caption names the table for a screen reader. */}
        <caption className="visually-hidden">What each group needs, what might stop them, and how we could remove that</caption>
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
          {shown.map((stakeholder) => (
            <tr key={stakeholder.id}>
              <th scope="row">{stakeholder.name}</th>
              {GRID_COLUMNS.map((column) => {
                const cell = notesIn({ notes }, stakeholder.id, column);
                if (cell.length === 0) {
                  return <td key={column} className={highlightGaps ? 'is-gap' : undefined}>{highlightGaps ? <span className="gap-words">No ideas yet</span> : null}</td>;
                }
                const more = cell.length - SCREEN_CELL_NOTES;
                return (
                  <td key={column}>
                    <ul className="screen-cell-notes">
                      {cell.slice(0, SCREEN_CELL_NOTES).map((note) => (
                        <li key={note.id}>{note.text}</li>
                      ))}
                    </ul>
                    {more > 0 ? <p className="screen-more">{`and ${more} more`}</p> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {stakeholders.length > shown.length ? <p className="screen-more">{`and ${stakeholders.length - shown.length} more on the list`}</p> : null}
    </>
  );
}
