import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { suggestedBy, supportText } from './definitionWords.ts';
import { SupportButton } from './SupportButton.tsx';
import { useMyMemberId, useOrderedProposals } from './useDefinitions.ts';

const NO_SUPPORTS: Record<string, string[]> = {};

/** The room's suggestions on a phone, each with how many support it and a Support button. */
export function PhoneProposals() {
  const proposals = useOrderedProposals();
  const myMemberId = useMyMemberId();
  const supports = useRoomView((view) => view?.definitions.supports ?? NO_SUPPORTS);
  const idPrefix = useId();
  if (proposals.length === 0) return <p>No suggestions yet. Yours could be the first.</p>;
  return (
    <ul className="phone-proposals" aria-label="Suggestions from the room">
      {proposals.map((proposal) => {
        const textId = `${idPrefix}-${proposal.id}`;
        const supported = myMemberId !== null && (supports[proposal.id] ?? []).includes(myMemberId);
        return (
          <li key={proposal.id} className={supported ? 'proposal-row is-supported' : 'proposal-row'}>
            <p id={textId} className="proposal-text">
              <GlossaryText text={proposal.text} />
            </p>
            <p className="proposal-meta">{`${supportText(proposal.supportCount)}${supported ? ', you included' : ''}. ${suggestedBy(proposal, myMemberId)}.`}</p>
            <SupportButton proposalId={proposal.id} supported={supported} describedBy={textId} />
          </li>
        );
      })}
    </ul>
  );
}
