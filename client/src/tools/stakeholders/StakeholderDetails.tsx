import type { Stakeholder } from '@roundtable/shared';

/** Why a stakeholder matters and what they bring, when someone has said. */
export function StakeholderDetails({ stakeholder }: { stakeholder: Stakeholder }) {
  if (!stakeholder.why && !stakeholder.brings) return null;
  return (
    <dl className="stakeholder-details">
      {stakeholder.why ? (
        <div>
          <dt>Why involve them</dt>
          <dd>{stakeholder.why}</dd>
        </div>
      ) : null}
      {stakeholder.brings ? (
        <div>
          <dt>What they bring</dt>
          <dd>{stakeholder.brings}</dd>
        </div>
      ) : null}
    </dl>
  );
}
