import type { Hand } from '@roundtable/shared';
import { useState } from 'react';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { handNews } from './queueWords.ts';
import { useOrderedHands } from './useQueue.ts';

interface Heard {
  hands: Hand[];
  text: string;
  serial: number;
}

/**
 * Tells a facilitator using a screen reader, politely, when a hand goes up, and when a hand
 * switches to a card that jumps the line ("Point of process", "Please explain that"). It never
 * moves focus. The hands already up when the console opens are not announced.
 */
export function HandAnnouncer() {
  const hands = useOrderedHands();
  const [heard, setHeard] = useState<Heard>(() => ({ hands, text: '', serial: 0 }));

  if (heard.hands !== hands) {
    const news = handNews(heard.hands, hands);
    setHeard({ hands, text: news ?? heard.text, serial: news ? heard.serial + 1 : heard.serial });
  }

  return <LiveMessage className="visually-hidden" text={heard.text} serial={heard.serial} />;
}
