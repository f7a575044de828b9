import type { QueueState } from '@roundtable/shared';
import { balanceSummary } from './queueWords.ts';

/**
 * How evenly people have spoken, for the projector: one bar per person, largest first, with no
 * names. The bars are a picture of the sentence above them, which is what screen readers get.
 */
export function BalanceChart({ balance }: { balance: QueueState['balance'] }) {
  const most = Math.max(1, ...balance.map((share) => share.speakingMs));
  return (
    <figure className="balance">
      <figcaption>
        <h2 className="balance-heading">How evenly people have spoken</h2>
        <p className="balance-summary">{balanceSummary(balance)}</p>
      </figcaption>
      {balance.length > 0 ? (
        <div className="balance-bars" aria-hidden="true">
          {balance.map((share, rank) => (
            // Anonymous numbers in size order: a bar has no identity but its rank, and holds no state.
            <div key={rank} className="balance-bar" style={{ height: `${(share.speakingMs / most) * 100}%` }} />
          ))}
        </div>
      ) : null}
    </figure>
  );
}
