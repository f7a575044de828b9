import { useId, useState } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { count } from '../../components/format.ts';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { checkPastedList } from './checkText.ts';
import { useStoredText } from './useStoredText.ts';

type DeckSource = 'starter' | 'empty' | 'list';

const SOURCE_LABEL: Record<DeckSource, string> = {
  starter: 'The starter cards about co-production',
  empty: 'An empty deck',
  list: 'My own list',
};

/** "Start again with": the starter deck, an empty deck or a pasted list. Asks first when people have answered. */
export function StartAgain() {
  const roomId = useRoomView((view) => view?.id ?? '');
  const respondents = useRoomView((view) => view?.definitions.respondents ?? 0);
  const [source, setSource] = useState<DeckSource>('list');
  const [list, setList] = useStoredText(roomKey('facilitator', roomId, 'draft:definitionsList'));
  const { problem, show, clear } = useProblem();
  const { run, busy, error, clearError } = useCommand();
  const [done, setDone] = useState('');
  const ids = { heading: useId(), list: useId(), hint: useId(), error: useId() };
  useUnsavedText(source === 'list' && list.trim() !== '');

  const checked = source === 'list' ? checkPastedList(list) : null;
  const listProblem = checked && !checked.ok ? checked.message : null;

  async function replace(): Promise<boolean> {
    if (busy) return false;
    setDone('');
    if (listProblem) {
      show(listProblem);
      return false;
    }
    const payload = source === 'list' ? ({ from: 'list', text: list } as const) : { from: source };
    const result = await run('definitions.replaceDeck', payload);
    if (result === 'failed') return false;
    if (source === 'list') setList((now) => (now === list ? '' : now));
    setDone('The deck has been replaced.');
    return true;
  }

  return (
    <section className="start-again stack" aria-labelledby={ids.heading}>
      <h4 id={ids.heading}>Start again with a new deck</h4>
      <fieldset className="choices">
        <legend>Start again with</legend>
        {(Object.keys(SOURCE_LABEL) as DeckSource[]).map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="deck-source" value={option} checked={source === option} onChange={() => setSource(option)} />
            <span>{SOURCE_LABEL[option]}</span>
          </label>
        ))}
      </fieldset>
      {source === 'list' ? (
        <div className="field">
          <label htmlFor={ids.list}>Your statements</label>
          <p id={ids.hint} className="hint">
            Paste or type one statement on each line.
          </p>
          <textarea
            id={ids.list}
            rows={6}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${ids.hint} ${ids.error}`}
            value={list}
            onChange={(event) => {
              setList(event.target.value);
              setDone('');
              clear();
              clearError();
            }}
          />
        </div>
      ) : null}
      <ErrorMessage id={ids.error} message={problem?.message ?? (respondents > 0 ? null : error)} serial={problem?.serial} />
      {respondents > 0 ? (
        <ConfirmAction
          label="Start again"
          className="start-again-confirm stack"
          question={listProblem ?? `This clears the answers of ${count(respondents, 'person', 'people')}. Start again with the new deck?`}
          confirmLabel={listProblem ? null : 'Yes, start again'}
          busyLabel="Starting again…"
          keepLabel="Keep the deck"
          busy={busy}
          error={error}
          onConfirm={replace}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button" aria-describedby={ids.error} aria-disabled={busy} onClick={() => void replace()}>
            {busy ? 'Starting again…' : 'Start again'}
          </button>
        </div>
      )}
      <p role="status" className="note">
        {done}
      </p>
    </section>
  );
}
