import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { BalanceChart } from './BalanceChart.tsx';
import { CARD_LABEL, screenName, softLimitText } from './queueWords.ts';
import { SpeakingTimer } from './SpeakingTimer.tsx';
import { useOrderedHands } from './useQueue.ts';

/** As many names as stay readable from the back of a room beside the speaker. */
const SCREEN_NEXT_MAX = 5;

/** The queue on the projector: who speaks now and for how long, who is next, and the balance. */
export function ScreenQueue() {
  const speaker = useRoomView((view) => view?.queue.speaker ?? null);
  const paused = useRoomView((view) => view?.queue.paused ?? false);
  const softLimitSeconds = useRoomView((view) => view?.queue.softLimitSeconds ?? null);
  const showBalance = useRoomView((view) => view?.queue.showBalance ?? false);
  const balance = useRoomView((view) => view?.queue.balance);
  const hands = useOrderedHands();
  const ids = { now: useId(), next: useId() };
  const next = hands.slice(0, SCREEN_NEXT_MAX);

  return (
    <div className="screen-queue">
      {paused ? <p className="screen-paused">The queue is paused. Hands can’t go up just now.</p> : null}
      <div className="screen-queue-columns">
        <section className="screen-now" aria-labelledby={ids.now}>
          <h2 id={ids.now}>Speaking now</h2>
          {speaker ? (
            <>
              <p className="screen-speaker">{screenName(speaker.name)}</p>
              <p className="screen-card">{CARD_LABEL[speaker.card]}</p>
              <SpeakingTimer startedAt={speaker.startedAt} softLimitSeconds={softLimitSeconds} showOverTime={false} className="screen-timer" />
              {softLimitSeconds !== null ? <p className="screen-limit">{`Time for each turn: ${softLimitText(softLimitSeconds)}`}</p> : null}
            </>
          ) : (
            <p className="screen-speaker-none">Nobody is speaking just now.</p>
          )}
        </section>
        <section className="screen-next" aria-labelledby={ids.next}>
          <h2 id={ids.next}>Next in line</h2>
          {next.length === 0 ? (
            <p className="screen-next-empty">Nobody is waiting. To speak, tap Hands up on your phone.</p>
          ) : (
            <ol className="screen-next-list">
              {next.map((hand) => (
                <li key={hand.id}>
                  <span className="screen-next-name">{screenName(hand.name)}</span>
                  <span className="screen-card">{CARD_LABEL[hand.card]}</span>
                </li>
              ))}
            </ol>
          )}
          {hands.length > next.length ? <p className="screen-more">{`and ${hands.length - next.length} more`}</p> : null}
        </section>
      </div>
      {showBalance && balance ? <BalanceChart balance={balance} /> : null}
    </div>
  );
}
