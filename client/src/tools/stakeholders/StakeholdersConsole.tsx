import { useId } from 'react';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AddStakeholderForm } from './AddStakeholderForm.tsx';
import { AddStartersButton } from './AddStartersButton.tsx';
import { ConsoleStakeholderRow } from './ConsoleStakeholderRow.tsx';
import { InfluenceMap } from './InfluenceMap.tsx';
import { ScreenViewControls } from './ScreenViewControls.tsx';
import { SmallGroupsPanel } from './SmallGroupsPanel.tsx';
import { StakeholderGrid } from './StakeholderGrid.tsx';
import { stakeholdersSummary } from './stakeholderWords.ts';
import { useOrderedGroups, useOrderedStakeholders } from './useStakeholders.ts';

/**
 * The facilitator's stakeholders: who to involve and why, small groups, the grid of needs,
 * barriers and ways round them, the influence map, and what the big screen shows.
 */
export function StakeholdersConsole() {
  const roomId = useRoomView((view) => view?.id ?? '');
  const stakeholders = useOrderedStakeholders();
  const groups = useOrderedGroups();
  const ids = { heading: useId(), list: useId(), grid: useId() };
  if (!roomId) return null;
  const notInvolved = stakeholders.filter((one) => !one.involved).length;

  return (
    <section className="stakeholders-console stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Stakeholders</h2>
      <p className="lead">Who to involve, what they need to take part, what might stop them, and who has a say.</p>
      <ScreenViewControls />
      <section className="stack" aria-labelledby={ids.list}>
        <h3 id={ids.list}>Who to involve</h3>
        <p className="summary">{stakeholdersSummary(stakeholders.length, notInvolved)}</p>
        <AddStartersButton />
        {stakeholders.length ? (
          <ul className="stakeholder-rows" aria-labelledby={ids.list}>
            {stakeholders.map((stakeholder) => (
              <ConsoleStakeholderRow key={stakeholder.id} stakeholder={stakeholder} groups={groups} />
            ))}
          </ul>
        ) : null}
        <AddStakeholderForm draftKey={roomKey('facilitator', roomId, 'draft:stakeholder')} />
      </section>
      <SmallGroupsPanel />
      <section className="stack" aria-labelledby={ids.grid}>
        <h3 id={ids.grid}>What they need, and what might stop them</h3>
        <StakeholderGrid />
      </section>
      <InfluenceMap />
    </section>
  );
}
