import type { CheckIn } from '@roundtable/shared';
import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { OUTCOME_TEXT, talkText } from './agreementWords.ts';
import { RewordForm } from './RewordForm.tsx';
import { WhichAgreement } from './WhichAgreement.tsx';

interface CheckInRowProps {
  agreementId: string;
  checkIn: CheckIn;
}

/** One agreement at a check-in: how many want to talk about it, and what the group decides. */
export function CheckInRow({ agreementId, checkIn }: CheckInRowProps) {
  const agreement = useRoomView((view) => view?.agreements.agreements[agreementId]);
  const roomId = useRoomView((view) => view?.id ?? '');
  const [rewording, setRewording] = useState(false);
  const { run, busy, error, clearError } = useCommand();
  const errorId = useId();
  if (!agreement) return null;
  const talk = checkIn.talk[agreementId] ?? 0;
  const outcome = checkIn.outcomes[agreementId];
  const which = <WhichAgreement text={agreement.text} />;

  function resolve(chosen: 'kept' | 'retired') {
    clearError();
    void run('agreements.resolve', { agreementId, outcome: chosen });
  }

  return (
    <li className={talk > 0 ? 'check-in-row is-flagged stack' : 'check-in-row stack'}>
      <p className="agreement-text">{agreement.text}</p>
      <p className={talk > 0 ? 'check-in-talk is-flagged' : 'check-in-talk'}>{talkText(talk)}</p>
      {outcome ? <p className="check-in-outcome">{`Decided: ${OUTCOME_TEXT[outcome]}`}</p> : null}
      {rewording ? (
        <RewordForm
          current={agreement.text}
          draftKey={roomKey('facilitator', roomId, `draft:agreement:${agreement.id}`)}
          label="The new words"
          hint="The new words wait as a proposal, ready to ask the group again."
          saveLabel="Save the new words"
          busy={busy}
          error={error}
          onCancel={() => setRewording(false)}
          onSave={async (text) => {
            const result = await run('agreements.resolve', { agreementId, outcome: 'reworded', text });
            if (result === 'failed') return false;
            setRewording(false);
            return true;
          }}
        />
      ) : outcome ? null : (
        <div className="actions">
          <button type="button" className="button button-small" aria-describedby={errorId} onClick={() => resolve('kept')}>
            {'Keep it '}
            {which}
          </button>
          <button type="button" className="button button-small" onClick={() => setRewording(true)}>
            {'Change the words '}
            {which}
          </button>
          <button type="button" className="button button-quiet button-small" aria-describedby={errorId} onClick={() => resolve('retired')}>
            {'Stop using it '}
            {which}
          </button>
        </div>
      )}
      <ErrorMessage id={errorId} message={rewording ? null : error} />
    </li>
  );
}
