import type { SmallGroup, Stakeholder } from '@roundtable/shared';
import { memo, useId, useRef, useState } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useRefusal } from '../../sync/useRefusal.ts';
import { EditStakeholderForm } from './EditStakeholderForm.tsx';
import { GroupSelect } from './GroupSelect.tsx';
import { InvolvedCheck } from './InvolvedCheck.tsx';
import { PlaceSelect } from './PlaceSelect.tsx';
import { StakeholderDetails } from './StakeholderDetails.tsx';

interface ConsoleStakeholderRowProps {
  stakeholder: Stakeholder;
  groups: readonly SmallGroup[];
}

/** One stakeholder on the console's list: what it is, its small group, its place on the map, and changes. */
export const ConsoleStakeholderRow = memo(function ConsoleStakeholderRow({ stakeholder, groups }: ConsoleStakeholderRowProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const remove = useCommand();
  const nameId = useId();
  const payload = { stakeholderId: stakeholder.id, name: stakeholder.name, why: stakeholder.why, brings: stakeholder.brings };
  const mayEdit = useRefusal('stakeholders.edit', payload) === null;
  const mayRemove = useRefusal('stakeholders.remove', { stakeholderId: stakeholder.id }) === null;

  return (
    <li className="stakeholder-row">
      <article className="card stack" aria-labelledby={nameId}>
        <h4 id={nameId} className="stakeholder-name">
          {stakeholder.name}
        </h4>
        <StakeholderDetails stakeholder={stakeholder} />
        <div className="stakeholder-settings">
          {groups.length > 0 ? <GroupSelect stakeholder={stakeholder} groups={groups} /> : null}
          <PlaceSelect stakeholder={stakeholder} />
          <InvolvedCheck stakeholder={stakeholder} />
        </div>
        {editing ? (
          <EditStakeholderForm
            stakeholder={stakeholder}
            onClose={() => {
              setEditing(false);
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <div className="actions">
            {mayEdit ? (
              <button ref={editButton} type="button" className="button button-small button-quiet" aria-describedby={nameId} onClick={() => setEditing(true)}>
                Change
              </button>
            ) : null}
            {mayRemove ? (
              <ConfirmAction
                label="Remove"
                className="remove-stakeholder"
                describedBy={nameId}
                question={`Remove “${stakeholder.name}” for everyone? Its notes in the grid go too. This cannot be undone.`}
                confirmLabel="Yes, remove it"
                busyLabel="Removing…"
                keepLabel="Keep it"
                busy={remove.busy}
                error={remove.error}
                onConfirm={async () => (await remove.run('stakeholders.remove', { stakeholderId: stakeholder.id })) !== 'failed'}
              />
            ) : null}
          </div>
        )}
      </article>
    </li>
  );
});
