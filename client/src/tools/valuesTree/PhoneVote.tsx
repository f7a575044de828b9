import { votesUsed, type Theme, type ValuesTreeState } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { VoteResults } from './VoteResults.tsx';
import { voteSteps, votesLeftText } from './valueWords.ts';

interface PhoneVoteProps {
  tree: ValuesTreeState;
  themes: readonly Theme[];
  memberId: string | null;
}

/** Votes to give to the themes, with − and + on each. Only this person sees their votes. */
export function PhoneVote({ tree, themes, memberId }: PhoneVoteProps) {
  const mine = (memberId === null ? undefined : tree.votes[memberId]) ?? {};
  const used = votesUsed(mine);
  const { run, error, clearError } = useCommand();
  const ids = { heading: useId(), left: useId(), error: useId() };

  function give(themeId: string, count: number) {
    clearError();
    void run('valuesTree.vote', { themeId, count });
  }

  return (
    <section className="values-phone-vote stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Vote for the themes that matter most</h3>
      <p id={ids.left} className="values-votes-left" aria-live="polite">
        {votesLeftText(used, tree.votesPerPerson)}
      </p>
      <p className="hint">You can give more than one vote to a theme. Nobody else sees your votes.</p>
      <ul className="values-vote-list">
        {themes.map((theme) => {
          const count = mine[theme.id] ?? 0;
          const steps = voteSteps(count, used, tree.votesPerPerson);
          return (
            <li key={theme.id} className="values-vote-row">
              <span className="values-vote-name">{theme.name}</span>
              <button
                type="button"
                className="button values-vote-step"
                aria-label={`One vote fewer for ${theme.name}`}
                aria-disabled={!steps.fewer}
                aria-describedby={ids.error}
                onClick={() => steps.fewer && give(theme.id, count - 1)}
              >
                −
              </button>
              <span className="values-vote-count">{`${count} ${count === 1 ? 'vote' : 'votes'}`}</span>
              <button
                type="button"
                className="button values-vote-step"
                aria-label={`One more vote for ${theme.name}`}
                aria-disabled={!steps.more}
                aria-describedby={`${ids.left} ${ids.error}`}
                onClick={() => steps.more && give(theme.id, count + 1)}
              >
                +
              </button>
            </li>
          );
        })}
      </ul>
      <ErrorMessage id={ids.error} message={error} />
      {tree.votesRevealed ? <VoteResults themes={themes} totals={tree.totals} /> : null}
    </section>
  );
}
