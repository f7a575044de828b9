import type { Proposal } from '@roundtable/shared';
import { useId } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { supportText } from './definitionWords.ts';

interface ProposalCheckRowProps {
  proposal: Proposal;
  by: string;
  checked: boolean;
  onToggle: (proposalId: string, drawnOn: boolean) => void;
}

/** One suggestion on the console: its words, support and author, drawn on or not, and Remove. */
export function ProposalCheckRow({ proposal, by, checked, onToggle }: ProposalCheckRowProps) {
  const { run, busy, error } = useCommand();
  const textId = useId();
  return (
    <li className={checked ? 'proposal-row is-drawn-on' : 'proposal-row'}>
      <p id={textId} className="proposal-text">
        <GlossaryText text={proposal.text} />
      </p>
      <p className="proposal-meta">{`${supportText(proposal.supportCount)}. ${by}.`}</p>
      <label className="check">
        <input type="checkbox" checked={checked} aria-describedby={textId} onChange={(event) => onToggle(proposal.id, event.target.checked)} />
        <span>The draft uses these words</span>
      </label>
      <ConfirmAction
        label="Remove"
        className="remove-proposal"
        describedBy={textId}
        question="Remove these words for everyone? This cannot be undone."
        confirmLabel="Yes, remove them"
        busyLabel="Removing…"
        keepLabel="Keep them"
        busy={busy}
        error={error}
        onConfirm={async () => (await run('definitions.removeProposal', { proposalId: proposal.id })) !== 'failed'}
      />
    </li>
  );
}
