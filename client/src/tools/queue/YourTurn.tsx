import { useEffect, useState } from 'react';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { useRoomView } from '../../sync/optimistic.ts';
import { useMyMemberId } from './useQueue.ts';

/** A short buzz, a pause, another: felt in a pocket, not alarming. */
const VIBRATION_MS = [300, 150, 300];

interface Heard {
  /** The turn shown: the speaker's hand and start, or null when it is not this person's turn. */
  turn: string | null;
  /** Grows with each new turn of this person's, so the alert and the buzz happen once a turn. */
  serial: number;
}

/**
 * "It's your turn to speak", above whatever tool the phone has open: a large sign, one assertive
 * announcement and a buzz where the phone can. A turn already under way when the page opens is
 * shown but not announced again.
 */
export function YourTurn() {
  const myMemberId = useMyMemberId();
  const turn = useRoomView((view) => {
    const speaker = view?.queue.speaker;
    return speaker && myMemberId !== null && speaker.memberId === myMemberId ? `${speaker.handId}:${speaker.startedAt}` : null;
  });
  const [heard, setHeard] = useState<Heard>({ turn, serial: 0 });
  if (heard.turn !== turn) setHeard({ turn, serial: turn ? heard.serial + 1 : heard.serial });
  const announce = heard.serial > 0 && turn !== null;

  useEffect(() => {
    if (heard.serial > 0 && typeof navigator.vibrate === 'function') navigator.vibrate(VIBRATION_MS);
  }, [heard.serial]);

  return (
    <>
      <LiveMessage role="alert" className="visually-hidden" text={announce ? 'It’s your turn to speak.' : null} serial={heard.serial} />
      {turn ? (
        <div className="your-turn">
          <p className="your-turn-title">It’s your turn to speak</p>
          <p>Everyone is listening. Take your time.</p>
        </div>
      ) : null}
    </>
  );
}
