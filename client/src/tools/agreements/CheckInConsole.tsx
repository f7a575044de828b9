import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { checkedInText } from './agreementWords.ts';
import { CheckInRow } from './CheckInRow.tsx';
import { StartCheckIn } from './StartCheckIn.tsx';
import { useAdopted, useOpenCheckIn, usePeopleOnPhones } from './useAgreements.ts';

/**
 * Revisiting the agreements: start a check-in, watch people check in, and record what the group
 * decides about each one someone wants to talk about. `offered` when the meeting's first-thing
 * offer already shows the start button.
 */
export function CheckInConsole({ offered }: { offered: boolean }) {
  const checkIn = useOpenCheckIn();
  const adopted = useAdopted();
  const people = usePeopleOnPhones();
  const { run, error } = useCommand();
  const headingId = useId();
  const errorId = useId();

  if (!checkIn) {
    if (offered || adopted.length === 0) return null;
    return (
      <section className="check-in-console stack" aria-labelledby={headingId}>
        <h3 id={headingId}>Check the agreements still work</h3>
        <p className="hint">Each person marks every agreement on their phone: it still works for them, or they want to talk about it.</p>
        <StartCheckIn primary={false} />
      </section>
    );
  }

  const flagged = checkIn.agreementIds.filter((id) => (checkIn.talk[id] ?? 0) > 0).length;
  return (
    <section className="check-in-console panel stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Checking the agreements</h3>
      <p className="check-in-count">{checkedInText(checkIn.done, people)}</p>
      <p>{flagged === 0 ? 'Nobody has asked to talk about an agreement yet.' : `${flagged} of ${checkIn.agreementIds.length} agreements to talk about.`}</p>
      <ul className="check-in-list">
        {checkIn.agreementIds.map((id) => (
          <CheckInRow key={id} agreementId={id} checkIn={checkIn} />
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button-primary" aria-describedby={errorId} onClick={() => void run('agreements.endCheckIn', {})}>
          Finish the check-in
        </button>
      </div>
      <ErrorMessage id={errorId} message={error} />
    </section>
  );
}
