import { newId } from '@roundtable/shared';
import { useId, useState } from 'react';
import { CopyField } from '../../components/CopyField.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useRoomView } from '../../sync/optimistic.ts';

/** The address of the read-only summary page for `token`. */
export function summaryLink(roomId: string, token: string): string {
  return `${window.location.origin}/r/${roomId}/${token}`;
}

/**
 * Sharing a read-only summary with everyone who took part: a link to hand on, names left out
 * unless chosen, and a way to stop (the link then opens nothing).
 */
export function SummaryShare({ roomId }: { roomId: string }) {
  const token = useRoomView((view) => view?.summary.token ?? null);
  const sharedWithNames = useRoomView((view) => view?.summary.includeNames ?? false);
  const [showNames, setShowNames] = useState(false);
  const { run, busy, error } = useCommand();
  const ids = { heading: useId(), hint: useId(), error: useId() };

  return (
    <section className="stack" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Share a summary with the group</h3>
      <p className="hint" id={ids.hint}>
        A page that works on a phone and shows what came of everyone’s ideas. Nobody can change anything on it.
      </p>
      {token ? (
        <>
          <CopyField label="Summary link" value={summaryLink(roomId, token)} what="summary link" hint="Send this link to everyone who took part." />
          <p>{sharedWithNames ? 'The summary shows the names people gave.' : 'The summary leaves out all names.'}</p>
          <div className="actions">
            <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && void run('summary.share', { token, includeNames: !sharedWithNames })}>
              {sharedWithNames ? 'Leave out names' : 'Show the names people gave'}
            </button>
            <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && void run('summary.stop', {})}>
              Stop sharing
            </button>
          </div>
        </>
      ) : (
        <>
          <label className="check">
            <input type="checkbox" checked={showNames} onChange={(event) => setShowNames(event.target.checked)} />
            <span>Show the names people gave</span>
          </label>
          <button
            type="button"
            className="button button-primary"
            aria-describedby={`${ids.hint} ${ids.error}`}
            aria-disabled={busy}
            onClick={() => !busy && void run('summary.share', { token: newId(), includeNames: showNames })}
          >
            Make a summary link
          </button>
        </>
      )}
      <ErrorMessage id={ids.error} message={error} />
    </section>
  );
}
