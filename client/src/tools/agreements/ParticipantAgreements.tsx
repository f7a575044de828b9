import { useId, useRef } from 'react';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { suggestedBy } from './agreementWords.ts';
import { PhoneCheckIn } from './PhoneCheckIn.tsx';
import { PhoneExamples } from './PhoneExamples.tsx';
import { PhoneRound } from './PhoneRound.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import { useAdopted, useOpenCheckIn, useProposed } from './useAgreements.ts';
import { useStoredDraft } from './useStoredDraft.ts';

/**
 * Agreements on a phone: the question open now, the check-in when there is one, the group's
 * agreements, and a place to suggest one in the person's own words.
 */
export function ParticipantAgreements() {
  const roomId = useRoomView((view) => view?.id ?? '');
  const round = useRoomView((view) => view?.agreements.round ?? null);
  const examplesShown = useRoomView((view) => view?.agreements.examplesShown ?? false);
  const adopted = useAdopted();
  const proposed = useProposed();
  const checkIn = useOpenCheckIn();
  const [draft, setDraft] = useStoredDraft(roomKey('participant', roomId, 'draft:agreement'));
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ids = { heading: useId(), adopted: useId(), waiting: useId() };
  const waiting = proposed.filter((agreement) => agreement.id !== round?.agreementId);

  function startFrom(text: string) {
    setDraft((before) => ({ ...before, text }));
    textarea.current?.focus();
  }

  return (
    <section className="agreements-phone stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Agreements</h2>
      <p className="lead">How we agree to work together. The group decides them, in its own words.</p>
      {round ? <PhoneRound key={`${round.agreementId}:${round.number}`} round={round} /> : null}
      {checkIn ? <PhoneCheckIn checkIn={checkIn} /> : null}
      <section className="stack" aria-labelledby={ids.adopted}>
        <h3 id={ids.adopted}>Our agreements</h3>
        {adopted.length === 0 ? (
          <p>None yet. Suggest one below.</p>
        ) : (
          <ol className="phone-adopted">
            {adopted.map((agreement) => (
              <li key={agreement.id}>{agreement.text}</li>
            ))}
          </ol>
        )}
      </section>
      {waiting.length > 0 ? (
        <section className="stack" aria-labelledby={ids.waiting}>
          <h3 id={ids.waiting}>Suggestions waiting</h3>
          <ul className="phone-waiting">
            {waiting.map((agreement) => (
              <li key={agreement.id}>
                <p>{agreement.text}</p>
                <p className="agreement-meta">{suggestedBy(agreement, false)}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ProposeForm draft={draft} onDraftChange={setDraft} onPhone textareaRef={textarea} />
      {examplesShown ? <PhoneExamples onUse={startFrom} /> : null}
    </section>
  );
}
