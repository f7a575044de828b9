import { STAKEHOLDER_VIEWS, type StakeholderView } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';

const VIEW_LABEL: Record<StakeholderView, string> = {
  list: 'The list',
  grid: 'The grid',
  map: 'The influence map',
};

/** What the big screen shows of this tool, and whether it picks out the gaps. */
export function ScreenViewControls() {
  const view = useRoomView((room) => room?.stakeholders.view ?? 'list');
  const highlightGaps = useRoomView((room) => room?.stakeholders.highlightGaps ?? false);
  const { run, error } = useCommand();
  const waiting = useHasPending('stakeholders.setView');
  const errorId = useId();

  return (
    <div className="stack screen-view-controls">
      <fieldset className="segmented" aria-describedby={errorId}>
        <legend>On the big screen</legend>
        <div className="segments">
          {STAKEHOLDER_VIEWS.map((option) => (
            <label key={option} className="segment">
              <input
                type="radio"
                name="stakeholders-screen-view"
                value={option}
                checked={view === option}
                onChange={() => void run('stakeholders.setView', { view: option, highlightGaps })}
              />
              <span>{VIEW_LABEL[option]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={highlightGaps} onChange={(event) => void run('stakeholders.setView', { view, highlightGaps: event.target.checked })} />
        <span>Show the gaps on the screen</span>
      </label>
      <Pending shown={waiting} />
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
