import { useRoomStore } from '../store/roomStore.ts';
import { count } from './format.ts';

/** "12 people on phones, 1 screen". Not a live region: joins would interrupt all the time. */
export function PresenceSummary() {
  const presence = useRoomStore((state) => state.presence);
  if (!presence) return null;
  return (
    <p className="presence">
      {`${count(presence.participants, 'person', 'people')} on phones, ${count(presence.screens, 'screen', 'screens')}`}
    </p>
  );
}
