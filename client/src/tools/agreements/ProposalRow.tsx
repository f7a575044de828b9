import type { Agreement } from '@roundtable/shared';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { useRefusal } from '../../sync/useRefusal.ts';
import { AgreementHistory } from './AgreementHistory.tsx';
import { suggestedBy } from './agreementWords.ts';
import { RewordForm } from './RewordForm.tsx';
import { WhichAgreement } from './WhichAgreement.tsx';

/** A proposal waiting for the group, with "Ask the group", "Change the words" and "Take back". */
export function ProposalRow({ agreement, onAsk }: { agreement: Agreement; onAsk: () => void }) {
  const roomId = useRoomView((view) => view?.id ?? '');
  const [rewording, setRewording] = useState(false);
  const { run, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const reword = useCommand();
  const roundRefusal = useRefusal('agreements.openRound', { agreementId: agreement.id });
  const textId = useId();
  const errorId = useId();
  const canWithdraw = agreement.rounds.length === 0;
  const which = <WhichAgreement text={agreement.text} />;

  function openRound() {
    clearError();
    clear();
    // The reducer's reason (another round is open) is shown rather than sending what it refuses.
    if (roundRefusal) show(roundRefusal);
    else {
      onAsk();
      void run('agreements.openRound', { agreementId: agreement.id });
    }
  }

  return (
    <li className="agreement-row stack">
      <p id={textId} className="agreement-text">
        {agreement.text}
      </p>
      <p className="agreement-meta">
        {suggestedBy(agreement, true)}
        {agreement.versions.length > 1 ? ` · version ${agreement.versions.length}` : ''}
      </p>
      {rewording ? (
        <RewordForm
          current={agreement.text}
          draftKey={roomKey('facilitator', roomId, `draft:agreement:${agreement.id}`)}
          label="New words"
          hint="Change the words as the group wants them. The group can then be asked again."
          saveLabel="Save the new words"
          busy={reword.busy}
          error={reword.error}
          onCancel={() => setRewording(false)}
          onSave={async (text) => {
            const result = await reword.run('agreements.reword', { agreementId: agreement.id, text });
            if (result === 'failed') return false;
            setRewording(false);
            return true;
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button button-primary button-small" aria-describedby={errorId} aria-disabled={roundRefusal !== null || undefined} onClick={openRound}>
            {'Ask the group '}
            {which}
          </button>
          <button type="button" className="button button-small" onClick={() => setRewording(true)}>
            {'Change the words '}
            {which}
          </button>
          {canWithdraw ? (
            <button type="button" className="button button-quiet button-small" aria-describedby={errorId} onClick={() => void run('agreements.withdraw', { agreementId: agreement.id })}>
              {'Take back '}
              {which}
            </button>
          ) : null}
        </div>
      )}
      <ErrorMessage id={errorId} message={problem?.message ?? error} serial={problem?.serial} />
      {agreement.rounds.length > 0 || agreement.versions.length > 1 ? <AgreementHistory agreement={agreement} /> : null}
    </li>
  );
}
