import type { Agreement } from '@roundtable/shared';
import { whenSaid } from '../../components/format.ts';
import { countsLine, DECISION_TEXT } from './agreementWords.ts';

/** Every wording of an agreement and every round on it, in a disclosure: the group's record. */
export function AgreementHistory({ agreement }: { agreement: Agreement }) {
  return (
    <details className="agreement-history">
      <summary>
        History<span className="visually-hidden">{` of “${agreement.text}”`}</span>
      </summary>
      <div className="stack">
        <h4>Words</h4>
        <ol className="history-list">
          {agreement.versions.map((version) => (
            <li key={version.number}>
              <span className="history-when">{`Version ${version.number}, meeting ${version.meeting}, ${whenSaid(version.at)}: `}</span>
              {version.text}
            </li>
          ))}
        </ol>
        {agreement.rounds.length > 0 ? (
          <>
            <h4>Times the group was asked</h4>
            <ol className="history-list">
              {agreement.rounds.map((round) => (
                <li key={round.number}>
                  <span className="history-when">{`Round ${round.number} on version ${round.version}, meeting ${round.meeting}, ${whenSaid(round.closedAt)}: `}</span>
                  {`${countsLine(round.counts)}. ${DECISION_TEXT[round.decision]}`}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {agreement.adoptedAt !== null ? <p>{`Agreed by the group ${whenSaid(agreement.adoptedAt)}.`}</p> : null}
      </div>
    </details>
  );
}
