import type { OpenRound } from '@roundtable/shared';
import { useId } from 'react';
import { useRoomStore } from '../../store/roomStore.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { RoundCounts } from './RoundCounts.tsx';

/** The question open now on the projector: the words, and the answers filling in as bars. Counts only. */
export function ScreenRound({ round }: { round: OpenRound }) {
  const text = useRoomView((view) => view?.agreements.agreements[round.agreementId]?.text ?? '');
  const people = useRoomStore((state) => state.presence?.participants ?? null);
  const headingId = useId();
  return (
    <section className="screen-round" aria-labelledby={headingId}>
      <h2 id={headingId}>Can we agree this?</h2>
      <p className="screen-round-wording">{text}</p>
      <RoundCounts counts={round.counts} people={people} className="round-counts-screen" />
      <p className="screen-round-note">Answer on your phone. Nobody sees who answered what.</p>
    </section>
  );
}
