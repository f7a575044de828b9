import type { Theme, ValuesTreeState } from '@roundtable/shared';
import { useId } from 'react';
import { ConsoleLeaf } from './ConsoleLeaf.tsx';
import { LeafForm } from './LeafForm.tsx';
import { useLeaves } from './useValuesTree.ts';

/** The leaves: the shared values the group words together, recorded by the facilitator. */
export function LeavesEditor({ tree, themes }: { tree: ValuesTreeState; themes: readonly Theme[] }) {
  const leaves = useLeaves(tree);
  const headingId = useId();
  return (
    <section className="values-leaves-editor card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Shared values (the leaves)</h3>
      <p>Turn the themes the group chose into values everyone shares, in words worked out together.</p>
      <LeafForm themes={themes} />
      {leaves.length > 0 ? (
        <ul className="values-leaves" aria-label="Shared values">
          {leaves.map((leaf) => (
            <ConsoleLeaf key={leaf.id} leaf={leaf} themes={themes} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
