import { currentDefinition, type DefinitionVersion, type Proposal } from '@roundtable/shared';
import { useMemo } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { agreedOn, supportText } from './definitionWords.ts';
import { useOrderedProposals } from './useDefinitions.ts';

/** As many suggestions as fit beside the draft and stay readable. */
const SCREEN_MAX_PROPOSALS = 5;

const NO_VERSIONS: DefinitionVersion[] = [];

/** The most supported suggestions first; equal support in the order made. */
function mostSupported(proposals: readonly Proposal[]): Proposal[] {
  return [...proposals].sort((a, b) => b.supportCount - a.supportCount).slice(0, SCREEN_MAX_PROPOSALS);
}

/** The group's definition on the projector: the live draft, the agreed wording, the most supported words. */
export function ScreenDefinitionStage() {
  const draft = useRoomView((view) => view?.definitions.draft.text ?? '');
  const versions = useRoomView((view) => view?.definitions.versions ?? NO_VERSIONS);
  const proposals = useOrderedProposals();
  const top = useMemo(() => mostSupported(proposals), [proposals]);
  const agreed = currentDefinition({ versions });
  const drafting = draft.trim() !== '' && draft.trim() !== agreed?.text;

  return (
    <div className="screen-definition">
      {drafting || !agreed ? (
        <section className="screen-draft" aria-labelledby="screen-draft-heading">
          <h2 id="screen-draft-heading">Our definition, as we write it</h2>
          <p className="screen-draft-text">{drafting ? <GlossaryText text={draft} interactive={false} /> : 'Suggest words on your phone.'}</p>
        </section>
      ) : null}
      {agreed ? (
        <section className="screen-agreed" aria-labelledby="screen-agreed-heading">
          <h2 id="screen-agreed-heading">Our agreed definition</h2>
          <p className="screen-agreed-text">
            <GlossaryText text={agreed.text} interactive={false} />
          </p>
          <p className="screen-agreed-date">{`Agreed on ${agreedOn(agreed.adoptedAt)}`}</p>
        </section>
      ) : null}
      {top.length > 0 ? (
        <section className="screen-proposals" aria-labelledby="screen-proposals-heading">
          <h2 id="screen-proposals-heading">Your suggestions</h2>
          <ul>
            {top.map((proposal) => (
              <li key={proposal.id}>
                <span className="screen-proposal-text">
                  <GlossaryText text={proposal.text} interactive={false} />
                </span>
                <span className="screen-proposal-support">{supportText(proposal.supportCount)}</span>
              </li>
            ))}
          </ul>
          {proposals.length > top.length ? <p className="screen-more">{`and ${proposals.length - top.length} more`}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
