import { VOTES_PER_PERSON_MAX } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending } from '../../sync/optimistic.ts';

interface TreeSettingsProps {
  phonesMayMove: boolean;
  votesPerPerson: number;
}

const VOTE_CHOICES = Array.from({ length: VOTES_PER_PERSON_MAX }, (_, index) => index + 1);

/** Whether phones may sort values too, and how many votes each person has. */
export function TreeSettings({ phonesMayMove, votesPerPerson }: TreeSettingsProps) {
  const { run, error, clearError } = useCommand();
  const waiting = useHasPending('valuesTree.setSettings');
  const ids = { votes: useId(), error: useId() };

  function save(next: TreeSettingsProps) {
    clearError();
    void run('valuesTree.setSettings', next);
  }

  return (
    <fieldset className="values-settings" aria-describedby={ids.error}>
      <legend>How people take part</legend>
      <label className="check">
        <input type="checkbox" checked={phonesMayMove} onChange={(event) => save({ phonesMayMove: event.target.checked, votesPerPerson })} />
        <span>Let phones move values too</span>
      </label>
      <div className="field values-votes-field">
        <label htmlFor={ids.votes}>Votes for each person</label>
        <select id={ids.votes} value={votesPerPerson} onChange={(event) => save({ phonesMayMove, votesPerPerson: Number(event.target.value) })}>
          {VOTE_CHOICES.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
      </div>
      <Pending shown={waiting} />
      <ErrorMessage id={ids.error} message={error} />
    </fieldset>
  );
}
