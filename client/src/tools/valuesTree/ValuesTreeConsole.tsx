import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { LeavesEditor } from './LeavesEditor.tsx';
import { PhaseStepper } from './PhaseStepper.tsx';
import { RevealPanel } from './RevealPanel.tsx';
import { ThemeBoard } from './ThemeBoard.tsx';
import { TreeSettings } from './TreeSettings.tsx';
import { useThemes, useTree } from './useValuesTree.ts';
import { VotePanel } from './VotePanel.tsx';

/** The facilitator's values tree: the steps, the reveal, the themes, the vote and the shared values. */
export function ValuesTreeConsole() {
  const roomId = useRoomView((view) => view?.id);
  const tree = useTree();
  const themes = useThemes(tree);
  const headingId = useId();
  if (!roomId) return null;
  const { phase } = tree;
  return (
    <section className="values-console stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Values tree</h2>
      <p className="lead">Each person writes what matters to them. The group sorts the values into themes, votes, and agrees the values it shares.</p>
      <PhaseStepper phase={phase} />
      {tree.revealed ? null : <RevealPanel noteCount={tree.noteCount} />}
      <TreeSettings phonesMayMove={tree.phonesMayMove} votesPerPerson={tree.votesPerPerson} />
      {tree.revealed ? <ThemeBoard tree={tree} /> : null}
      {phase === 'vote' || phase === 'leaves' || tree.voters > 0 ? <VotePanel tree={tree} themes={themes} /> : null}
      {phase === 'leaves' || Object.keys(tree.leaves).length > 0 ? <LeavesEditor tree={tree} themes={themes} /> : null}
    </section>
  );
}
