import type { Hand } from '@roundtable/shared';
import { useState } from 'react';
import { CARD_LABEL, consoleName } from './queueWords.ts';
import { useOrderedHands } from './useQueue.ts';

interface Heard {
  hands: Hand[];
  known: ReadonlySet<string>;
  text: string;
  serial: number;
}

const idsOf = (hands: Hand[]) => new Set(hands.map((hand) => hand.id));

/**
 * Tells a facilitator using a screen reader, politely, when a hand goes up. It never moves focus.
 * The hands already up when the console opens are not announced.
 */
export function HandAnnouncer() {
  const hands = useOrderedHands();
  const [heard, setHeard] = useState<Heard>(() => ({ hands, known: idsOf(hands), text: '', serial: 0 }));

  if (heard.hands !== hands) {
    // Guests' hands are added from this console, so only hands from phones are news here.
    const fresh = hands.filter((hand) => !heard.known.has(hand.id) && hand.memberId !== null);
    const [first] = fresh;
    const text = fresh.length === 1 && first ? `Hand up: ${consoleName(first.name)}, ${CARD_LABEL[first.card]}.` : `${fresh.length} new hands up.`;
    setHeard({ hands, known: idsOf(hands), text: fresh.length ? text : heard.text, serial: fresh.length ? heard.serial + 1 : heard.serial });
  }

  return (
    <p role="status" className="visually-hidden">
      {heard.text ? <span key={heard.serial}>{heard.text}</span> : null}
    </p>
  );
}
