import type { CheckInMark } from '@roundtable/shared';
import { memo } from 'react';
import { WhichAgreement } from './WhichAgreement.tsx';

interface PhoneCheckInRowProps {
  text: string;
  agreementId: string;
  mark: CheckInMark | undefined;
  onMark: (agreementId: string, mark: CheckInMark) => void;
}

const MARK_LABEL: Record<CheckInMark, string> = { works: 'Still works for me', talk: 'I want to talk about this' };

/** One agreement at a check-in on a phone, with its two big choices. */
export const PhoneCheckInRow = memo(function PhoneCheckInRow({ text, agreementId, mark, onMark }: PhoneCheckInRowProps) {
  const which = <WhichAgreement text={text} />;
  return (
    <li className={mark ? 'phone-check-in-row is-done stack' : 'phone-check-in-row stack'}>
      <p className="agreement-text">{text}</p>
      <div className="mark-buttons">
        {(['works', 'talk'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className={`mark-button mark-${choice}`}
            aria-pressed={mark === choice}
            onClick={() => mark !== choice && onMark(agreementId, choice)}
          >
            {`${MARK_LABEL[choice]} `}
            {which}
          </button>
        ))}
      </div>
    </li>
  );
});
