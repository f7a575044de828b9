import type { CardAnswer } from '@roundtable/shared';

/** Each answer's picture as SVG path data on a 24 by 24 grid, drawn with a line. */
const ICON_PATH: Record<CardAnswer, string> = {
  agree: 'M4 12.5l5 5L20 6.5', // a tick
  notSure: 'M8.5 9a3.5 3.5 0 1 1 5 3.2c-.9.4-1.5 1.2-1.5 2.2v.6M12 18.5v.5', // a question mark
  disagree: 'M6 6l12 12M18 6L6 18', // a cross
};

/** A drawn picture beside an answer's words: the same on every phone, and never the only sign. */
export function AnswerIcon({ answer }: { answer: CardAnswer }) {
  return (
    <svg className="answer-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
      <path d={ICON_PATH[answer]} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
