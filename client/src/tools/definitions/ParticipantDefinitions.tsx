import { useId } from 'react';
import { roomKey } from '../../sync/keys.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { AgreedDefinition } from './AgreedDefinition.tsx';
import { PhoneCards } from './PhoneCards.tsx';
import { PhoneProposals } from './PhoneProposals.tsx';
import { ProposeForm } from './ProposeForm.tsx';

/** The phone's cards: answering the statements, or helping write the group's definition, as the host chooses. */
export function ParticipantDefinitions() {
  const roomId = useRoomView((view) => view?.id);
  const role = useRoomStore((state) => state.me?.role);
  const stage = useRoomView((view) => view?.definitions.stage ?? 'cards');
  const draft = useRoomView((view) => view?.definitions.draft.text ?? '');
  const ids = { heading: useId(), draft: useId(), suggestions: useId() };
  if (!roomId || !role) return null;

  if (stage === 'cards') {
    return (
      <section className="definitions-phone stack" aria-labelledby={ids.heading}>
        <h2 id={ids.heading}>Cards</h2>
        <AgreedDefinition />
        <PhoneCards />
      </section>
    );
  }

  return (
    <section className="definitions-phone stack" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Writing our definition</h2>
      <AgreedDefinition />
      <section className="live-draft stack" aria-labelledby={ids.draft}>
        <h3 id={ids.draft}>What the host is writing</h3>
        <p className="live-draft-text">{draft.trim() ? <GlossaryText text={draft} /> : 'Nothing written yet.'}</p>
      </section>
      <ProposeForm draftKey={roomKey(role, roomId, 'draft:definitions')} />
      <section className="stack" aria-labelledby={ids.suggestions}>
        <h3 id={ids.suggestions}>Suggestions from the room</h3>
        <PhoneProposals />
      </section>
    </section>
  );
}
