import type { OpenRound } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { RewordForm } from './RewordForm.tsx';
import { RoundCounts } from './RoundCounts.tsx';
import { RoundReasons } from './RoundReasons.tsx';
import { usePeopleOnPhones } from './useAgreements.ts';

interface RoundConsoleProps {
  round: OpenRound;
  /** Where focus goes once the round is closed and this panel goes. */
  fallback: RefObject<HTMLElement | null>;
  /** True once if this console opened the round: its "Ask the group" button has gone, so focus comes here. */
  claimFocus: () => boolean;
}

/** The round open now: its words, the counts filling in, the reasons, and closing it with the group's decision. */
export function RoundConsole({ round, fallback, claimFocus }: RoundConsoleProps) {
  const agreement = useRoomView((view) => view?.agreements.agreements[round.agreementId]);
  const roomId = useRoomView((view) => view?.id ?? '');
  const people = usePeopleOnPhones();
  const [rewording, setRewording] = useState(false);
  const { run, busy, error, clearError } = useCommand();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const errorId = useId();

  useEffect(() => {
    if (claimFocus()) heading.current?.focus();
  }, [claimFocus]);
  if (!agreement) return null;

  async function close(decision: 'adopted' | 'dropped' | 'undecided'): Promise<boolean> {
    clearError();
    fallback.current?.focus();
    return (await run('agreements.closeRound', { decision })) !== 'failed';
  }

  return (
    <section className="round-console panel stack" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>{`Asking the group now (round ${round.number})`}</h3>
      <p className="round-wording">{agreement.text}</p>
      <p className="hint">Everyone answers on their phone. Nobody can see who answered what.</p>
      <RoundCounts counts={round.counts} people={people} className="round-counts-console" />
      <RoundReasons />
      <h4>What did the group decide?</h4>
      {rewording ? (
        <RewordForm
          current={agreement.text}
          draftKey={roomKey('facilitator', roomId, `draft:agreement:${agreement.id}`)}
          label="The new words"
          hint="The round closes and the new words wait as a proposal, ready to ask the group again."
          saveLabel="Close with the new words"
          busy={busy}
          error={error}
          onCancel={() => setRewording(false)}
          onSave={async (text) => {
            fallback.current?.focus();
            return (await run('agreements.closeRound', { decision: 'reworded', text })) !== 'failed';
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button button-primary" aria-describedby={errorId} onClick={() => void close('adopted')}>
            Agreed: add it to our agreements
          </button>
          <button type="button" className="button" onClick={() => setRewording(true)}>
            Change the words
          </button>
          <button type="button" className="button button-quiet" aria-describedby={errorId} onClick={() => void close('undecided')}>
            Close without deciding
          </button>
          <ConfirmAction
            label="Drop it"
            className="round-drop"
            question="Drop this agreement? It stays in the record as dropped."
            confirmLabel="Yes, drop it"
            keepLabel="Keep asking"
            error={null}
            onConfirm={() => close('dropped')}
          />
        </div>
      )}
      <ErrorMessage id={errorId} message={rewording ? null : error} />
    </section>
  );
}
