import type { Proposal } from '@roundtable/shared';
import { suggestedBy } from './definitionWords.ts';
import { ProposalCheckRow } from './ProposalCheckRow.tsx';

interface ProposalChecklistProps {
  proposals: readonly Proposal[];
  myMemberId: string | null;
  /** The suggestions the draft draws on. */
  drawnOn: readonly string[];
  onToggle: (proposalId: string, drawnOn: boolean) => void;
}

/** The suggestions on the console, each with its support, a box to mark it as drawn on, and Remove. */
export function ProposalChecklist({ proposals, myMemberId, drawnOn, onToggle }: ProposalChecklistProps) {
  if (proposals.length === 0) return <p>No suggestions yet. People add them on their phones.</p>;
  return (
    <ul className="proposal-checklist" aria-label="Suggestions for the definition">
      {proposals.map((proposal) => (
        <ProposalCheckRow
          key={proposal.id}
          proposal={proposal}
          by={suggestedBy(proposal, myMemberId)}
          checked={drawnOn.includes(proposal.id)}
          onToggle={onToggle}
        />
      ))}
    </ul>
  );
}
