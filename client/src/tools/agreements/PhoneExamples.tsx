import { EXAMPLE_AGREEMENTS } from '@roundtable/shared';
import { useId } from 'react';
import { WhichAgreement } from './WhichAgreement.tsx';

/** The examples the host chose to show: ideas to start from, each a tap away from the suggestion box. */
export function PhoneExamples({ onUse }: { onUse: (text: string) => void }) {
  const headingId = useId();
  return (
    <section className="phone-examples stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Ideas to start you off</h3>
      <p className="hint">These are only ideas. Change one into your own words, then send it as your suggestion.</p>
      <ul className="example-list">
        {EXAMPLE_AGREEMENTS.map((example) => (
          <li key={example} className="example stack">
            <p>{example}</p>
            <button type="button" className="button button-small" onClick={() => onUse(example)}>
              {'Use as a starting point '}
              <WhichAgreement text={example} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
