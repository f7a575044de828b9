import { useId, useMemo } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddStakeholderForm } from './AddStakeholderForm.tsx';
import { JoinGroupChoice } from './JoinGroupChoice.tsx';
import { PhoneStakeholder } from './PhoneStakeholder.tsx';
import { groupFirst } from './stakeholderOrder.ts';
import { stakeholdersSummary } from './stakeholderWords.ts';
import { useGridNotes, useMyGroupId, useMyMemberId, useOrderedGroups, useOrderedStakeholders } from './useStakeholders.ts';

/**
 * The phone's "Who to involve": which small group I am in, the list with my group's rows first,
 * notes for the grid, places on the map, and a form to add someone.
 */
export function ParticipantStakeholders() {
  const roomId = useRoomView((view) => view?.id);
  const role = useRoomStore((state) => state.me?.role);
  const stakeholders = useOrderedStakeholders();
  const groups = useOrderedGroups();
  const notes = useGridNotes();
  const myMemberId = useMyMemberId();
  const myGroupId = useMyGroupId();
  const ordered = useMemo(() => groupFirst(stakeholders, myGroupId), [stakeholders, myGroupId]);
  const ids = { heading: useId(), list: useId() };
  if (!roomId || !role) return null;
  const myGroup = groups.find((group) => group.id === myGroupId);

  return (
    <section className="stakeholders-phone stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Who to involve</h2>
      <p className="lead">Who should be part of this work, what they need to take part, and what might stop them.</p>
      {groups.length ? <JoinGroupChoice groups={groups} myGroupId={myGroupId} /> : null}
      <p id={ids.list} className="summary">
        {stakeholdersSummary(stakeholders.length, stakeholders.filter((one) => !one.involved).length)}
        {myGroup ? ` Your group’s rows come first.` : ''}
      </p>
      {ordered.length ? (
        <ul className="phone-stakeholders" aria-label={myGroup ? `Stakeholders, ${myGroup.name}’s first` : 'Stakeholders'}>
          {ordered.map((stakeholder) => (
            <PhoneStakeholder
              key={stakeholder.id}
              stakeholder={stakeholder}
              notes={notes}
              ours={myGroupId !== null && stakeholder.groupId === myGroupId}
              myMemberId={myMemberId}
              draftKeyPrefix={roomKey(role, roomId, 'draft:stakeholderNote')}
            />
          ))}
        </ul>
      ) : null}
      <AddStakeholderForm draftKey={roomKey(role, roomId, 'draft:stakeholder')} />
    </section>
  );
}
