import { currentDefinition, DEFINITION_TEXT_MAX } from '@roundtable/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending, useRoomView } from '../../sync/optimistic.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { ProposalChecklist } from './ProposalChecklist.tsx';
import { useMyMemberId, useOrderedProposals } from './useDefinitions.ts';
import { useDraftEditor } from './useDraftEditor.ts';
import { VersionHistory } from './VersionHistory.tsx';

const NO_VERSIONS: never[] = [];

/** Writing the group's definition with the room: the suggestions, the live draft, and recording it. */
export function DraftEditor() {
  const draft = useDraftEditor();
  const proposals = useOrderedProposals();
  const myMemberId = useMyMemberId();
  const versions = useRoomView((view) => view?.definitions.versions ?? NO_VERSIONS);
  const sending = useHasPending('definitions.setDraft');
  const adopt = useCommand();
  const ids = { heading: useId(), suggestions: useId(), text: useId(), hint: useId(), count: useId(), error: useId(), adoptError: useId() };
  const agreed = currentDefinition({ versions });

  async function record() {
    // The wording recorded is the room's draft, so what was just typed goes first.
    await draft.flush();
    await adopt.run('definitions.adopt', {});
  }

  return (
    <section className="draft-editor stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Our definition</h3>
      <section className="stack" aria-labelledby={ids.suggestions}>
        <h4 id={ids.suggestions}>{`Suggestions from the room (${proposals.length})`}</h4>
        <ProposalChecklist proposals={proposals} myMemberId={myMemberId} drawnOn={draft.proposalIds} onToggle={draft.toggleProposal} />
      </section>
      <div className="field">
        <label htmlFor={ids.text}>The definition, as the group writes it</label>
        <p id={ids.hint} className="hint">
          The screen and the phones show it as you type.
        </p>
        <textarea
          id={ids.text}
          className="draft-text"
          rows={5}
          aria-invalid={draft.error ? true : undefined}
          aria-describedby={`${ids.hint} ${ids.count} ${ids.error}`}
          value={draft.text}
          onChange={(event) => draft.onChange(event.target.value)}
          onFocus={draft.onFocus}
          onBlur={draft.onBlur}
        />
        <CharacterCount id={ids.count} length={draft.text.length} max={DEFINITION_TEXT_MAX} />
        <Pending shown={sending} />
        <ErrorMessage id={ids.error} message={draft.error} />
      </div>
      <div className="actions">
        <button type="button" className="button button-primary" aria-describedby={ids.adoptError} aria-disabled={adopt.busy} onClick={() => void record()}>
          {adopt.busy ? 'Recording…' : 'Record as our definition'}
        </button>
      </div>
      <ErrorMessage id={ids.adoptError} message={adopt.error} />
      <p role="status" className="note">
        {agreed ? `Agreed: version ${agreed.number}.` : ''}
      </p>
      <VersionHistory versions={versions} />
    </section>
  );
}
