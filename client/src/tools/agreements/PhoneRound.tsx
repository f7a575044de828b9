import { ROUND_ANSWERS, type OpenRound, type RoundAnswer } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { ReadAloud } from '../../components/ReadAloud.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { roomKey } from '../../sync/keys.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { ANSWER_LABEL } from './agreementWords.ts';
import { AnswerIcon } from './AnswerIcon.tsx';
import { checkReason } from './checkAgreementText.ts';
import { answerStatus, reasonChanged } from './phoneProgress.ts';
import { useMyAnswer } from './useAgreements.ts';
import { useStoredDraft } from './useStoredDraft.ts';

const STATUS_TEXT = {
  none: 'Tap the answer that fits for you.',
  sending: 'Sending your answer…',
  counted: 'Your answer has been counted. You can change it until the host closes the question.',
} as const;

/** The question open now on a phone: the words, three big answers, and a reason if the person wants. */
export function PhoneRound({ round }: { round: OpenRound }) {
  const text = useRoomView((view) => view?.agreements.agreements[round.agreementId]?.text ?? '');
  const roomId = useRoomView((view) => view?.id ?? '');
  const mine = useMyAnswer();
  const sending = useHasPending('agreements.answer');
  const [draft, setDraft] = useStoredDraft(roomKey('participant', roomId, `draft:reason:${round.agreementId}:${round.number}`));
  const { run, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem();
  const ids = { heading: useId(), reason: useId(), hint: useId(), error: useId() };
  const status = answerStatus(mine, sending);
  useUnsavedText(draft.text.trim() !== '' && reasonChanged(mine, draft.text, draft.flag));

  function send(answer: RoundAnswer) {
    clear();
    clearError();
    const checked = checkReason(draft.text);
    if (!checked.ok) return show(checked.message);
    return void run('agreements.answer', { answer, reason: checked.reason, named: checked.reason !== null && draft.flag });
  }

  return (
    <section className="phone-round stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Can we agree this?</h3>
      <p className="phone-round-wording">{text}</p>
      <ReadAloud text={text} what="this agreement" />
      <p className="phone-anonymous">Answers are anonymous. Nobody sees who answered what.</p>
      <div className="consent-buttons" role="group" aria-labelledby={ids.heading}>
        {ROUND_ANSWERS.map((answer) => (
          <button
            key={answer}
            type="button"
            className={`consent-button consent-${answer}`}
            aria-pressed={mine?.answer === answer}
            aria-describedby={ids.error}
            onClick={() => send(answer)}
          >
            <AnswerIcon answer={answer} />
            <span>{ANSWER_LABEL[answer]}</span>
          </button>
        ))}
      </div>
      <p role="status" className={status === 'counted' ? 'consent-status is-counted' : 'consent-status'}>
        {STATUS_TEXT[status]}
      </p>
      <div className="field">
        <label htmlFor={ids.reason}>Want to say why? You don’t have to.</label>
        <p id={ids.hint} className="hint">
          Only the host sees reasons. Your name is not shown with it unless you choose.
        </p>
        <textarea
          id={ids.reason}
          rows={2}
          aria-describedby={`${ids.hint} ${ids.error}`}
          aria-invalid={problem ? true : undefined}
          value={draft.text}
          onChange={(event) => {
            clear();
            setDraft({ ...draft, text: event.target.value });
          }}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.flag} onChange={(event) => setDraft({ ...draft, flag: event.target.checked })} />
        <span>Show my name with my reason</span>
      </label>
      {mine && reasonChanged(mine, draft.text, draft.flag) ? (
        <button type="button" className="button" onClick={() => send(mine.answer)}>
          Send my reason
        </button>
      ) : null}
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
    </section>
  );
}
