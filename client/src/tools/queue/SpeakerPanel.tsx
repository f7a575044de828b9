import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { CARD_LABEL, consoleName, softLimitText } from './queueWords.ts';
import { SpeakingTimer } from './SpeakingTimer.tsx';
import { useHasPendingOf, useOrderedHands } from './useQueue.ts';

const FLOOR_COMMANDS = ['queue.next', 'queue.pick', 'queue.endTurn'] as const;

/**
 * Who has the floor and for how long, with "Next speaker" and "End turn". Both buttons stay in
 * place when there is nothing for them to do, so focus is never lost; they say why instead.
 */
export function SpeakerPanel() {
  const speaker = useRoomView((view) => view?.queue.speaker ?? null);
  const softLimitSeconds = useRoomView((view) => view?.queue.softLimitSeconds ?? null);
  const hands = useOrderedHands();
  const waiting = useHasPendingOf(FLOOR_COMMANDS);
  const { run, error, clearError } = useCommand();
  const [first] = hands;
  const ids = { heading: useId(), next: useId(), error: useId() };

  function next() {
    clearError();
    if (first) void run('queue.next', {});
  }

  function endTurn() {
    clearError();
    if (speaker) void run('queue.endTurn', {});
  }

  return (
    <section className="speaker-panel stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Speaking now</h3>
      {/* Announced when the floor changes hands; the timer beside it is not. */}
      <p role="status" className="speaker-name">
        {speaker ? (
          <>
            {consoleName(speaker.name)} <span className={`card-tag card-${speaker.card}`}>{CARD_LABEL[speaker.card]}</span>
          </>
        ) : (
          'Nobody is speaking.'
        )}
      </p>
      {speaker ? <SpeakingTimer startedAt={speaker.startedAt} softLimitSeconds={softLimitSeconds} showOverTime /> : null}
      {softLimitSeconds !== null ? <p className="hint">{`Time for each turn: ${softLimitText(softLimitSeconds)}.`}</p> : null}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={first ? undefined : true}
          aria-describedby={`${ids.next} ${ids.error}`}
          onClick={next}
        >
          Next speaker
        </button>
        <button type="button" className="button" aria-disabled={speaker ? undefined : true} aria-describedby={ids.error} onClick={endTurn}>
          End turn
        </button>
      </div>
      <p id={ids.next} className="hint">
        {first ? `Next in line: ${consoleName(first.name)} (${CARD_LABEL[first.card]}).` : 'Nobody is waiting to speak.'}
      </p>
      {waiting ? <p className="pending">Waiting to send…</p> : null}
      <ErrorMessage id={ids.error} message={error} />
    </section>
  );
}
