import { EXAMPLE_AGREEMENTS } from '@roundtable/shared';
import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { ScreenCheckIn } from './ScreenCheckIn.tsx';
import { ScreenRound } from './ScreenRound.tsx';
import { useAdopted, useOpenCheckIn } from './useAgreements.ts';

/**
 * Agreements on the projector: the question open now with its counts, or the check-in, or the
 * group's agreements in order. Counts only, never who answered what, and no reasons.
 */
export function ScreenAgreements() {
  const round = useRoomView((view) => view?.agreements.round ?? null);
  const examplesShown = useRoomView((view) => view?.agreements.examplesShown ?? false);
  const adopted = useAdopted();
  const checkIn = useOpenCheckIn();
  const ids = { heading: useId(), examples: useId() };

  if (round) return <ScreenRound round={round} />;
  if (checkIn) return <ScreenCheckIn checkIn={checkIn} />;
  return (
    <div className="screen-agreements">
      <section aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>Our agreements</h2>
        {adopted.length === 0 ? (
          <p className="screen-empty">No agreements yet. Suggest one from your phone.</p>
        ) : (
          <ol className={adopted.length > 6 ? 'screen-agreement-list is-long' : 'screen-agreement-list'}>
            {adopted.map((agreement) => (
              <li key={agreement.id}>{agreement.text}</li>
            ))}
          </ol>
        )}
      </section>
      {examplesShown ? (
        <section className="screen-examples" aria-labelledby={ids.examples}>
          <h2 id={ids.examples}>Ideas to start from</h2>
          <p className="screen-examples-note">Only ideas: put them in our own words on your phone.</p>
          <ul>
            {EXAMPLE_AGREEMENTS.map((example) => (
              <li key={example}>{example}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
