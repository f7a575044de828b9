import type { PendingAdd } from './pending.ts';

/** An item this device added that is waiting to be sent. */
export function PendingAddView({ add }: { add: PendingAdd }) {
  return (
    <li className="item">
      <article className="item-card is-mine is-pending" aria-labelledby={`pending-${add.id}`}>
        <h3 id={`pending-${add.id}`} className="item-text">
          {add.text}
        </h3>
        <p className="item-meta">{add.anonymous ? 'You raised this (others will see it as anonymous)' : 'You raised this'}</p>
        <p className="pending">Waiting to send…</p>
      </article>
    </li>
  );
}
