import type { QueueSettings } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { ClearQueue } from './ClearQueue.tsx';
import { SOFT_LIMIT_CHOICES, softLimitText } from './queueWords.ts';
import { useOrderedHands } from './useQueue.ts';

/** Pause, clear, the time for each turn, the fair order and what the screen shows of the balance. */
export function QueueSettingsPanel() {
  const paused = useRoomView((view) => view?.queue.paused ?? false);
  const progressive = useRoomView((view) => view?.queue.progressive ?? false);
  const softLimitSeconds = useRoomView((view) => view?.queue.softLimitSeconds ?? null);
  const showBalance = useRoomView((view) => view?.queue.showBalance ?? false);
  const waiting = useOrderedHands().length;
  const saving = useHasPending('queue.setSettings');
  const { run, error } = useCommand();
  const ids = { heading: useId(), pause: useId(), limit: useId(), limits: useId(), fair: useId(), error: useId() };

  const save = (settings: Partial<QueueSettings>) => void run('queue.setSettings', settings);

  return (
    <section className="queue-settings panel stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Run the queue</h3>
      <div className="stack">
        <button
          type="button"
          className="button"
          aria-describedby={`${ids.pause} ${ids.error}`}
          onClick={() => save({ paused: !paused })}
        >
          {paused ? 'Let hands go up again' : 'Pause the queue'}
        </button>
        <p id={ids.pause} role="status" className={paused ? 'queue-paused' : 'hint'}>
          {paused ? 'The queue is paused. No new hands can go up. Hands already up keep their place.' : 'Hands can go up.'}
        </p>
      </div>
      <ClearQueue waiting={waiting} />
      <fieldset className="segmented segmented-small" aria-describedby={ids.limit}>
        <legend>Time for each turn</legend>
        <p id={ids.limit} className="hint">
          Past this time you see a calm “Over time”. Nobody is cut off.
        </p>
        <div className="segments">
          {SOFT_LIMIT_CHOICES.map((seconds) => (
            <label key={seconds ?? 'none'} className="segment">
              <input
                type="radio"
                name={ids.limits}
                checked={softLimitSeconds === seconds}
                onChange={() => save({ softLimitSeconds: seconds })}
              />
              <span>{softLimitText(seconds)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={progressive} aria-describedby={ids.fair} onChange={(event) => save({ progressive: event.target.checked })} />
        <span>Fair order: people who have spoken less go first</span>
      </label>
      <p id={ids.fair} className="hint">
        Among hands with the same card. Points of process and “Please explain” still come first.
      </p>
      <label className="check">
        <input type="checkbox" checked={showBalance} onChange={(event) => save({ showBalance: event.target.checked })} />
        <span>Show the screen how evenly people have spoken</span>
      </label>
      <Pending shown={saving} />
      <ErrorMessage id={ids.error} message={error} />
    </section>
  );
}
