import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { useRefusal } from '../../sync/useRefusal.ts';
import { CARD_LABEL, consoleName, softLimitText } from './queueWords.ts';
import { SpeakingTimer } from './SpeakingTimer.tsx';
import { useOrderedHands } from './useQueue.ts';

const FLOOR_COMMANDS = ['queue.next', 'queue.pick', 'queue.endTurn'] as const;

/**
 * Who has the floor and for how long, with "Next speaker" and "End turn". Both buttons stay in
 * place when the reducer would refuse them, so focus is never lost; pressed then, they say why.
 */
export function SpeakerPanel() {
  const speaker = useRoomView((view) => view?.queue.speaker ?? null);
  const softLimitSeconds = useRoomView((view) => view?.queue.softLimitSeconds ?? null);
  const [first] = useOrderedHands();
  const waiting = useHasPending(FLOOR_COMMANDS);
  const cannotNext = useRefusal('queue.next', {});
  const cannotEnd = useRefusal('queue.endTurn', {});
  const { run, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { heading: useId(), next: useId(), error: useId() };

  function next() {
    clear();
    clearError();
    if (cannotNext) show(cannotNext);
    else void run('queue.next', {});
  }

  function endTurn() {
    clear();
    clearError();
    if (cannotEnd) show(cannotEnd);
    else void run('queue.endTurn', {});
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
          aria-disabled={cannotNext !== null || undefined}
          aria-describedby={`${ids.next} ${ids.error}`}
          onClick={next}
        >
          Next speaker
        </button>
        <button type="button" className="button" aria-disabled={cannotEnd !== null || undefined} aria-describedby={ids.error} onClick={endTurn}>
          End turn
        </button>
      </div>
      <p id={ids.next} className="hint">
        {first ? `Next in line: ${consoleName(first.name)} (${CARD_LABEL[first.card]}).` : cannotNext}
      </p>
      <Pending shown={waiting} />
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
    </section>
  );
}
