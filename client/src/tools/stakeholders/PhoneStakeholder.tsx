import { GRID_COLUMNS, notesIn, type Stakeholder, type StakeholdersState } from '@roundtable/shared';
import { memo, useId, useState } from 'react';
import { CellNotes } from './CellNotes.tsx';
import { InvolvedCheck } from './InvolvedCheck.tsx';
import { PhoneNoteForm } from './PhoneNoteForm.tsx';
import { QuadrantChoice } from './QuadrantChoice.tsx';
import { StakeholderDetails } from './StakeholderDetails.tsx';
import { COLUMN_LABEL, notesCount } from './stakeholderWords.ts';

interface PhoneStakeholderProps {
  stakeholder: Stakeholder;
  notes: StakeholdersState['notes'];
  /** Its row belongs to this phone's small group. */
  ours: boolean;
  myMemberId: string | null;
  /** Where this room's unsent notes are kept: the stakeholder's id is added. */
  draftKeyPrefix: string;
}

/** One stakeholder on a phone: its name opens its notes, a form to add one, and its place on the map. */
export const PhoneStakeholder = memo(function PhoneStakeholder({ stakeholder, notes, ours, myMemberId, draftKeyPrefix }: PhoneStakeholderProps) {
  const [open, setOpen] = useState(false);
  const ids = { body: useId(), heading: useId() };
  const count = Object.values(notes).filter((note) => note.stakeholderId === stakeholder.id).length;
  return (
    <li className={ours ? 'phone-stakeholder is-ours' : 'phone-stakeholder'}>
      <article className="card stack" aria-labelledby={ids.heading}>
        <h3 id={ids.heading} className="phone-stakeholder-name">
          <button type="button" className="disclosure" aria-expanded={open} aria-controls={open ? ids.body : undefined} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            {stakeholder.name}
          </button>
        </h3>
        <p className="phone-stakeholder-meta">
          {ours ? <span className="tag tag-ours">Your group</span> : null}
          <span>{notesCount(count)}</span>
          {stakeholder.involved ? null : <span>, not yet involved</span>}
        </p>
        {open ? (
          <div id={ids.body} className="stack">
            <StakeholderDetails stakeholder={stakeholder} />
            {GRID_COLUMNS.map((column) => (
              <section key={column} className="phone-cell stack" aria-label={COLUMN_LABEL[column]}>
                <h4>{COLUMN_LABEL[column]}</h4>
                <CellNotes notes={notesIn({ notes }, stakeholder.id, column)} myMemberId={myMemberId} label={COLUMN_LABEL[column]} />
              </section>
            ))}
            <PhoneNoteForm stakeholderId={stakeholder.id} stakeholderName={stakeholder.name} draftKey={`${draftKeyPrefix}:${stakeholder.id}`} />
            <QuadrantChoice stakeholder={stakeholder} />
            <InvolvedCheck stakeholder={stakeholder} />
          </div>
        ) : null}
      </article>
    </li>
  );
});
