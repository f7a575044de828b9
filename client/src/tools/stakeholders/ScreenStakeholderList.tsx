import type { Stakeholder } from '@roundtable/shared';

/** As many groups as stay readable from the back of a room. */
const SCREEN_LIST_MAX = 8;

/** The list on the projector: each group, why involve them and what they bring. */
export function ScreenStakeholderList({ stakeholders }: { stakeholders: readonly Stakeholder[] }) {
  if (stakeholders.length === 0) return <p className="screen-empty">Nobody on the list yet. Add a group from your phone: tap “Who to involve”.</p>;
  const shown = stakeholders.slice(0, SCREEN_LIST_MAX);
  return (
    <>
      <ul className="screen-stakeholder-list">
        {shown.map((stakeholder) => (
          <li key={stakeholder.id}>
            <span className="screen-stakeholder-name">{stakeholder.name}</span>
            {stakeholder.why ? <span className="screen-stakeholder-detail">{`Why: ${stakeholder.why}`}</span> : null}
            {stakeholder.brings ? <span className="screen-stakeholder-detail">{`They bring: ${stakeholder.brings}`}</span> : null}
          </li>
        ))}
      </ul>
      {stakeholders.length > shown.length ? <p className="screen-more">{`and ${stakeholders.length - shown.length} more`}</p> : null}
    </>
  );
}
