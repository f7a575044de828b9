import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { ScreenGaps } from './ScreenGaps.tsx';
import { ScreenGrid } from './ScreenGrid.tsx';
import { ScreenMap } from './ScreenMap.tsx';
import { ScreenStakeholderList } from './ScreenStakeholderList.tsx';
import { useOrderedStakeholders } from './useStakeholders.ts';

const HEADING = { list: 'Who to involve', grid: 'What they need, and what might stop them', map: 'Who has influence' } as const;

/** The stakeholders on the projector: the list, the grid or the influence map, as the host chooses, and the gaps if asked. */
export function ScreenStakeholders() {
  const view = useRoomView((room) => room?.stakeholders.view ?? 'list');
  const highlightGaps = useRoomView((room) => room?.stakeholders.highlightGaps ?? false);
  const stakeholders = useOrderedStakeholders();
  const headingId = useId();
  return (
    <section className={`screen-stakeholders screen-stakeholders-${view}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="screen-tool-heading">
        {HEADING[view]}
      </h2>
      {view === 'list' ? <ScreenStakeholderList stakeholders={stakeholders} /> : null}
      {view === 'grid' ? <ScreenGrid stakeholders={stakeholders} highlightGaps={highlightGaps} /> : null}
      {view === 'map' ? <ScreenMap stakeholders={stakeholders} highlightGaps={highlightGaps} /> : null}
      {highlightGaps ? <ScreenGaps stakeholders={stakeholders} showEmptyCells={view !== 'grid'} /> : null}
    </section>
  );
}
