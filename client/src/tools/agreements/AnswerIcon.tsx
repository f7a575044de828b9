import type { RoundAnswer } from '@roundtable/shared';

/** Each answer's picture on a 24 by 24 grid: a tick, a question mark, a cross. The words say the same. */
const PATHS: Record<RoundAnswer, string> = {
  agree: 'M4 12.5l5 5L20 6.5',
  notSure: 'M9 9a3 3 0 1 1 4.5 2.6c-.9.5-1.5 1.3-1.5 2.4v.5M12 18.5v.01',
  cannotAgree: 'M6 6l12 12M18 6L6 18',
};

export function AnswerIcon({ answer }: { answer: RoundAnswer }) {
  return (
    <svg className="consent-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={PATHS[answer]} />
    </svg>
  );
}
