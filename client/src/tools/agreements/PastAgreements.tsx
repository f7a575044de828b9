import type { Agreement, AgreementsState } from '@roundtable/shared';
import { whenSaid } from '../../components/format.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AgreementHistory } from './AgreementHistory.tsx';

const NONE: Agreement[] = [];
const pastOnce = new WeakMap<AgreementsState['agreements'], Agreement[]>();

/** Dropped and retired agreements, newest change first: one list per version of the agreements. */
function pastOf(agreements: AgreementsState['agreements'] | undefined): Agreement[] {
  if (!agreements) return NONE;
  let list = pastOnce.get(agreements);
  if (!list) {
    list = Object.values(agreements)
      .filter((item) => item.status === 'dropped' || item.status === 'retired')
      .sort((a, b) => b.statusAt - a.statusAt);
    pastOnce.set(agreements, list);
  }
  return list;
}

/** Agreements the group let go of, kept in the record with their history, out of the way. */
export function PastAgreements() {
  const past = useRoomView((view) => pastOf(view?.agreements.agreements));
  if (past.length === 0) return null;
  return (
    <details className="past-agreements">
      <summary>{`Agreements the group let go (${past.length})`}</summary>
      <ul className="agreement-rows">
        {past.map((item) => (
          <li key={item.id} className="agreement-row stack">
            <p className="agreement-text">{item.text}</p>
            <p className="agreement-meta">
              {`${item.status === 'dropped' ? 'Dropped in a round' : 'No longer used, after a check-in'} ${whenSaid(item.statusAt)}`}
            </p>
            <AgreementHistory agreement={item} />
          </li>
        ))}
      </ul>
    </details>
  );
}
