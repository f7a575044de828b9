import type { CheckIn, CheckInMark } from '@roundtable/shared';
import { useCallback, useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { checkInProgress } from './phoneProgress.ts';
import { PhoneCheckInRow } from './PhoneCheckInRow.tsx';
import { useMyMarks } from './useAgreements.ts';

/** A check-in on a phone: each agreement with "Still works for me" or "I want to talk about this". */
export function PhoneCheckIn({ checkIn }: { checkIn: CheckIn }) {
  const agreements = useRoomView((view) => view?.agreements.agreements);
  const marks = useMyMarks();
  const waiting = useHasPending('agreements.checkIn');
  const { run, error, clearError } = useCommand();
  const ids = { heading: useId(), error: useId() };
  const progress = checkInProgress(checkIn, marks);
  const onMark = useCallback(
    (agreementId: string, mark: CheckInMark) => {
      clearError();
      void run('agreements.checkIn', { agreementId, mark });
    },
    [run, clearError],
  );

  return (
    <section className="phone-check-in stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Do our agreements still work for you?</h3>
      <p className="phone-anonymous">This is anonymous. The host sees only how many people want to talk about each one, never who.</p>
      <p role="status" className="check-in-progress">
        {progress.nextId === null
          ? `All ${progress.total} done. Thank you. You can change an answer until the host finishes.`
          : `${progress.done} of ${progress.total} done`}
      </p>
      <Pending shown={waiting} />
      <ol className="phone-check-in-list">
        {checkIn.agreementIds.map((id) => (
          <PhoneCheckInRow key={id} agreementId={id} text={agreements?.[id]?.text ?? ''} mark={marks[id]} onMark={onMark} />
        ))}
      </ol>
      <ErrorMessage id={ids.error} message={error} />
    </section>
  );
}
