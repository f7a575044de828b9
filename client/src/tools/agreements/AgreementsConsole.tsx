import { useCallback, useId, useRef } from 'react';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { AdoptedList } from './AdoptedList.tsx';
import { CheckInConsole } from './CheckInConsole.tsx';
import { ExamplesToggle } from './ExamplesToggle.tsx';
import { FollowOnOffer } from './FollowOnOffer.tsx';
import { NextMeeting } from './NextMeeting.tsx';
import { PastAgreements } from './PastAgreements.tsx';
import { ProposalRow } from './ProposalRow.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import { RoundConsole } from './RoundConsole.tsx';
import { useAdopted, useOpenCheckIn, useProposed } from './useAgreements.ts';
import { useStoredDraft } from './useStoredDraft.ts';

/**
 * The facilitator's agreements: the group's suggestions, asking the group about one, the agreed
 * list in the group's order, examples if the group is stuck, check-ins, and the next meeting.
 */
export function AgreementsConsole() {
  const roomId = useRoomView((view) => view?.id ?? '');
  const meeting = useRoomView((view) => view?.meeting.number ?? 1);
  const round = useRoomView((view) => view?.agreements.round ?? null);
  const checkedThisMeeting = useRoomView((view) => view?.agreements.checkIns.some((checkIn) => checkIn.meeting === meeting) ?? false);
  const [draft, setDraft] = useStoredDraft(roomKey('facilitator', roomId, 'draft:agreement'));
  const proposed = useProposed();
  const adopted = useAdopted();
  const checkIn = useOpenCheckIn();
  const heading = useRef<HTMLHeadingElement>(null);
  /** "Ask the group" leaves the list as its round opens, taking focus with it: the round's heading gets it. */
  const askedHere = useRef(false);
  const claimRoundFocus = useCallback(() => {
    const asked = askedHere.current;
    askedHere.current = false;
    return asked;
  }, []);
  const ids = { heading: useId(), proposals: useId(), adopted: useId() };
  if (!roomId) return null;
  const offerCheckIn = meeting > 1 && !checkedThisMeeting && !checkIn && adopted.length > 0;
  const waiting = proposed.filter((agreement) => agreement.id !== round?.agreementId);

  return (
    <section className="agreements-console stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} ref={heading} tabIndex={-1}>
        Agreements
      </h2>
      <p className="lead">How the group agrees to work together, in its own words.</p>
      {offerCheckIn ? <FollowOnOffer meeting={meeting} /> : null}
      {round ? <RoundConsole round={round} fallback={heading} claimFocus={claimRoundFocus} /> : null}
      <CheckInConsole offered={offerCheckIn} />
      <section className="stack" aria-labelledby={ids.proposals}>
        <h3 id={ids.proposals}>Suggestions waiting</h3>
        {waiting.length === 0 ? (
          <p>No suggestions waiting. People can suggest one from their phone.</p>
        ) : (
          <ul className="agreement-rows" aria-labelledby={ids.proposals}>
            {waiting.map((agreement) => (
              <ProposalRow key={agreement.id} agreement={agreement} onAsk={() => (askedHere.current = true)} />
            ))}
          </ul>
        )}
        <ProposeForm draft={draft} onDraftChange={setDraft} onPhone={false} />
      </section>
      <section className="stack" aria-labelledby={ids.adopted}>
        <h3 id={ids.adopted}>Our agreements</h3>
        <AdoptedList />
        <PastAgreements />
      </section>
      <ExamplesToggle />
      <NextMeeting />
    </section>
  );
}
