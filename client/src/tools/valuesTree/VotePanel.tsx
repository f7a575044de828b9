import type { Theme, ValuesTreeState } from '@roundtable/shared';
import { useId } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { VoteResults } from './VoteResults.tsx';
import { votersText } from './valueWords.ts';

/** The vote, for the facilitator: how many have voted, results shown or hidden, and a fresh start. */
export function VotePanel({ tree, themes }: { tree: ValuesTreeState; themes: readonly Theme[] }) {
  const show = useCommand();
  const clear = useCommand();
  const ids = { heading: useId(), error: useId() };
  return (
    <section className="values-vote-panel card stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Vote</h3>
      <p>Each person has {tree.votesPerPerson} {tree.votesPerPerson === 1 ? 'vote' : 'votes'} to give to the themes on their phone.</p>
      <p className="values-voters" aria-live="polite">
        {votersText(tree.voters)}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          aria-describedby={ids.error}
          onClick={() => void show.run('valuesTree.revealVotes', { revealed: !tree.votesRevealed })}
        >
          {tree.votesRevealed ? 'Hide results' : 'Show results'}
        </button>
        <ConfirmAction
          label="Clear votes"
          className="values-clear-votes"
          question="Clear everyone’s votes, so people can vote again from the start? This cannot be undone."
          confirmLabel={tree.voters === 0 ? null : 'Clear the votes'}
          keepLabel="Keep the votes"
          busy={clear.busy}
          error={clear.error}
          onConfirm={async () => (await clear.run('valuesTree.clearVotes', {})) !== 'failed'}
        />
      </div>
      <ErrorMessage id={ids.error} message={show.error} />
      {tree.votesRevealed ? <VoteResults themes={themes} totals={tree.totals} /> : <p>The results stay hidden until you show them.</p>}
    </section>
  );
}
