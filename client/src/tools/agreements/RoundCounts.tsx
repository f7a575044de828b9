import { ROUND_ANSWERS, type RoundCounts as Counts } from '@roundtable/shared';
import { answeredText, COUNT_LABEL } from './agreementWords.ts';

interface RoundCountsProps {
  counts: Counts;
  /** Phones connected now, or null when not known. */
  people: number | null;
  className: string;
}

/**
 * The answers so far as bars with numbers, filling in as people answer. Counts only: nobody's
 * answer is ever linked to them. Each bar's length is its share of the answers given.
 */
export function RoundCounts({ counts, people, className }: RoundCountsProps) {
  const answered = counts.agree + counts.notSure + counts.cannotAgree;
  return (
    <div className={`round-counts ${className}`}>
      <p className="round-answered">{answeredText(answered, people)}</p>
      <ul className="round-bars">
        {ROUND_ANSWERS.map((answer) => (
          <li key={answer} className={`round-bar consent-${answer}`}>
            <span className="round-bar-label">
              <strong className="round-bar-number">{counts[answer]}</strong> {COUNT_LABEL[answer]}
            </span>
            <span className="round-bar-track" aria-hidden="true">
              <span className="round-bar-fill" style={{ width: `${answered ? (100 * counts[answer]) / answered : 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
