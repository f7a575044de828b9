import type { Theme, ValuesTreeState } from '@roundtable/shared';
import { useId } from 'react';
import { ReadAloud } from '../../components/ReadAloud.tsx';
import { growsFrom } from './growsFrom.ts';
import { useLeaves } from './useValuesTree.ts';

/** The values the group shares, as the host records them. */
export function PhoneLeaves({ tree, themes }: { tree: ValuesTreeState; themes: readonly Theme[] }) {
  const leaves = useLeaves(tree);
  const headingId = useId();
  return (
    <section className="values-phone-leaves stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Our shared values</h3>
      {leaves.length === 0 ? (
        <p>The group is working out its shared values together. They will show here.</p>
      ) : (
        <ul className="values-leaves">
          {leaves.map((leaf) => (
            <li key={leaf.id} className="values-leaf card">
              <p className="values-leaf-text">{leaf.text}</p>
              <ReadAloud text={leaf.text} what="this value" />
              <p className="values-leaf-from">{growsFrom(leaf, themes)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
