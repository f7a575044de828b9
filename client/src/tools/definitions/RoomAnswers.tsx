import { emptyTally, type Tally } from '@roundtable/shared';
import { ANSWER_LABEL, ANSWER_ORDER } from './definitionWords.ts';
import { TallyBar } from './TallyBar.tsx';

/** How the room answered one card, on a phone once the host has shown the answers. */
export function RoomAnswers({ tally = emptyTally() }: { tally?: Tally }) {
  const max = Math.max(tally.agree, tally.notSure, tally.disagree);
  return (
    <div className="room-answers">
      <p className="room-answers-heading">How the room answered</p>
      <dl className="room-answers-list">
        {ANSWER_ORDER.map((answer) => (
          <div key={answer} className={`room-answer results-${answer}`}>
            <dt>{ANSWER_LABEL[answer]}</dt>
            <dd>
              <TallyBar value={tally[answer]} max={max} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
