import type { CardAnswer } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { AnswerIcon } from './AnswerIcon.tsx';
import { ANSWER_LABEL, ANSWER_ORDER } from './definitionWords.ts';

interface AnswerButtonsProps {
  cardId: string;
  /** This person's answer to the card, or null. */
  answer: CardAnswer | null;
  /** The statement's id, so each button says which card it answers. */
  describedBy: string;
}

/**
 * Agree, Not sure and Disagree as three big buttons. The answer given is pressed; another tap
 * changes it, and a tap on the pressed one takes it back.
 */
export function AnswerButtons({ cardId, answer, describedBy }: AnswerButtonsProps) {
  const { run, error } = useCommand();
  const errorId = useId();
  return (
    <div className="answer-buttons-wrap">
      <div className="answer-buttons" role="group" aria-label="Your answer">
        {ANSWER_ORDER.map((option) => (
          <button
            key={option}
            type="button"
            className={`answer-button answer-${option}`}
            aria-pressed={answer === option}
            aria-describedby={`${describedBy} ${errorId}`}
            onClick={() => void run('definitions.answer', { cardId, answer: answer === option ? null : option })}
          >
            <AnswerIcon answer={option} />
            <span>{ANSWER_LABEL[option]}</span>
          </button>
        ))}
      </div>
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
