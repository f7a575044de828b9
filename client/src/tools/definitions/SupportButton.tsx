import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

interface SupportButtonProps {
  proposalId: string;
  supported: boolean;
  /** The words' id, so the button says what it supports. */
  describedBy: string;
}

/** "Support": pressed while this person supports the words; another tap takes the support back. */
export function SupportButton({ proposalId, supported, describedBy }: SupportButtonProps) {
  const { run, error } = useCommand();
  const errorId = useId();
  return (
    <>
      <button
        type="button"
        className="button button-small support-button"
        aria-pressed={supported}
        aria-describedby={`${describedBy} ${errorId}`}
        onClick={() => void run('definitions.support', { proposalId, supported: !supported })}
      >
        Support
      </button>
      <ErrorMessage id={errorId} message={error} />
    </>
  );
}
