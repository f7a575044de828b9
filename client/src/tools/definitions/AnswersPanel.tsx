import { useId } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { useRefusal } from '../../sync/useRefusal.ts';
import { respondentsText } from './definitionWords.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { useCardsByDivision } from './useDefinitions.ts';

const NO_TALLIES = {};

/** The round of answers on the console: how many have answered, show or hide the answers, the results. */
export function AnswersPanel() {
  const respondents = useRoomView((view) => view?.definitions.respondents ?? 0);
  const revealed = useRoomView((view) => view?.definitions.revealed ?? false);
  const tallies = useRoomView((view) => view?.definitions.tallies ?? NO_TALLIES);
  const cards = useCardsByDivision();
  const clearRefusal = useRefusal('definitions.clearAnswers', {});
  const reveal = useCommand();
  const clearing = useCommand();
  const waiting = useHasPending('definitions.setRevealed');
  const ids = { heading: useId(), error: useId() };

  return (
    <section className="answers-panel stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Answers</h3>
      <p className="answers-progress">{respondentsText(respondents)}</p>
      <p className="hint">
        {revealed
          ? 'Everyone can see how the room answered. Nobody sees who gave which answer.'
          : 'Answers are hidden from the screen and the phones until you show them, so nobody follows the crowd.'}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          aria-describedby={ids.error}
          onClick={() => void reveal.run('definitions.setRevealed', { revealed: !revealed })}
        >
          {revealed ? 'Hide the answers' : 'Show the answers'}
        </button>
        <ConfirmAction
          label="Clear all answers"
          className="clear-answers stack"
          question={clearRefusal ?? 'Clear everyone’s answers? People can then answer the cards again. This cannot be undone.'}
          confirmLabel={clearRefusal ? null : 'Yes, clear them'}
          busyLabel="Clearing…"
          keepLabel="Keep the answers"
          busy={clearing.busy}
          error={clearing.error}
          onConfirm={async () => (await clearing.run('definitions.clearAnswers', {})) !== 'failed'}
        />
      </div>
      <Pending shown={waiting} />
      <ErrorMessage id={ids.error} message={reveal.error} />
      {revealed ? (
        cards.length === 0 ? (
          <p>There are no cards in the deck.</p>
        ) : (
          <ResultsTable cards={cards} tallies={tallies} caption="How the room answered, the most divided cards first" />
        )
      ) : null}
    </section>
  );
}
