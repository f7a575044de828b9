import { ROUND_ANSWERS, type RoundReason } from '@roundtable/shared';
import { useRoomView } from '../../sync/optimistic.ts';
import { COUNT_LABEL } from './agreementWords.ts';

const NO_REASONS: Record<string, RoundReason> = {};

/** The reasons people gave in the open round: the host's alone, with a name only where the person gave it. */
export function RoundReasons() {
  const reasons = useRoomView((view) => view?.agreements.roundReasons ?? NO_REASONS);
  const list = Object.entries(reasons).sort(
    ([a, first], [b, second]) => ROUND_ANSWERS.indexOf(first.answer) - ROUND_ANSWERS.indexOf(second.answer) || Number(a) - Number(b),
  );
  return (
    <div className="round-reasons stack">
      <h4>Reasons given</h4>
      <p className="hint">Only you see these. Share them with the group in your own words if it helps.</p>
      {list.length === 0 ? (
        <p>No reasons yet.</p>
      ) : (
        <ul className="reason-list">
          {list.map(([key, reason]) => (
            <li key={key} className="reason">
              <span className={`reason-answer consent-${reason.answer}`}>{`${capitalised(COUNT_LABEL[reason.answer])}: `}</span>
              <span className="reason-text">{reason.text}</span>
              <span className="reason-who">{reason.name ? ` (${reason.name})` : ' (name not shown)'}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
