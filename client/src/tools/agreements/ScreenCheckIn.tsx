import type { CheckIn } from '@roundtable/shared';
import { useId } from 'react';
import { count } from '../../components/format.ts';
import { useRoomView } from '../../sync/optimistic.ts';

/** A check-in on the projector: how many have checked in, and which agreements people want to talk about. */
export function ScreenCheckIn({ checkIn }: { checkIn: CheckIn }) {
  const agreements = useRoomView((view) => view?.agreements.agreements);
  const headingId = useId();
  const flagged = checkIn.agreementIds.filter((id) => (checkIn.talk[id] ?? 0) > 0);
  return (
    <section className="screen-check-in" aria-labelledby={headingId}>
      <h2 id={headingId}>Do our agreements still work for everyone?</h2>
      <p className="screen-checked-in">{`${count(checkIn.done, 'person has', 'people have')} checked in`}</p>
      {flagged.length === 0 ? (
        <p className="screen-empty">Nobody has asked to talk about an agreement yet. Check in on your phone.</p>
      ) : (
        <>
          <h3>To talk about</h3>
          <ul className="screen-flagged">
            {flagged.map((id) => (
              <li key={id}>
                <span className="screen-flagged-text">{agreements?.[id]?.text ?? ''}</span>
                <span className="screen-flagged-count">{`${count(checkIn.talk[id] ?? 0, 'person wants', 'people want')} to talk about this`}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
