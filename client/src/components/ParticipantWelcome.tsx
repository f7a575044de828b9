import { useRoomView } from '../sync/optimistic.ts';
import { NameForm } from './NameForm.tsx';
import { useMyName } from './useMyName.ts';

/** A phone's first visit to a room: a welcome and "What should we call you?". */
export function ParticipantWelcome({ onDone }: { onDone: () => void }) {
  const title = useRoomView((view) => view?.title ?? '');
  const name = useMyName();
  return (
    <div className="stack">
      <h1 className="welcome-title">Welcome to {title}</h1>
      <p className="lead">You can add things to share with the group from this phone. You do not need an account.</p>
      <NameForm current={name} firstVisit onDone={onDone} />
    </div>
  );
}
