import { ACCESS_NEEDS, ACCESS_OTHER_MAX, type AccessNeed } from '@roundtable/shared';
import { useEffect, useId, useMemo, useRef, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { roomKey } from '../../sync/keys.ts';
import { useRoomView } from '../../sync/optimistic.ts';
import { ACCESS_NEED_WORDS } from './accessWords.ts';
import { useNeedsDraft, type NeedsDraft } from './useNeedsDraft.ts';

interface AccessNeedsFormProps {
  /** The first time it is asked it offers "Skip"; later, "Cancel". */
  firstVisit: boolean;
  /** Opened by a button press, so the question takes focus; asked unprompted, it leaves focus alone. */
  takeFocus: boolean;
  /** Called once the answer is sent or waiting to send, or when they skip or cancel. */
  onDone: () => void;
}

const NOTHING: NeedsDraft = { needs: [], other: '' };

/** "Is there anything you need to take part today?": ticks and own words, for the host only. */
export function AccessNeedsForm({ firstVisit, takeFocus, onDone }: AccessNeedsFormProps) {
  const roomId = useRoomView((view) => view?.id ?? '');
  const memberId = useRoomStore((state) => state.me?.memberId ?? null);
  const entry = useRoomView((view) => (memberId === null ? undefined : view?.access.needs[memberId]));
  const given = useMemo<NeedsDraft>(() => (entry ? { needs: entry.needs, other: entry.other ?? '' } : NOTHING), [entry]);
  const { draft, setDraft, discard } = useNeedsDraft(roomKey('participant', roomId, 'draft:access'), given);
  const { problem, show, clear } = useProblem();
  const { run, busy, error, clearError } = useCommand();
  const ids = { heading: useId(), hint: useId(), otherHint: useId(), error: useId() };
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  function change(next: NeedsDraft) {
    setDraft(next);
    clear();
    clearError();
  }

  function toggle(need: AccessNeed, ticked: boolean) {
    change({ ...draft, needs: ticked ? [...draft.needs, need] : draft.needs.filter((other) => other !== need) });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const other = draft.other.trim();
    if (other.length > ACCESS_OTHER_MAX) {
      show(`“Anything else” can be up to ${ACCESS_OTHER_MAX} characters.`);
      return;
    }
    const needs = ACCESS_NEEDS.filter((need) => draft.needs.includes(need));
    if (needs.join() === given.needs.join() && other === given.other.trim()) {
      discard();
      onDone();
      return;
    }
    const result = await run('access.setNeeds', { needs, other: other || null });
    if (result === 'failed') return;
    discard();
    onDone();
  }

  function leave() {
    discard();
    onDone();
  }

  return (
    <form className="access-form card stack" aria-labelledby={ids.heading} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h2 id={ids.heading} ref={heading} tabIndex={-1}>
        Is there anything you need to take part today?
      </h2>
      <p id={ids.hint} className="hint">
        Only the host will see this. Tick as many as you like, or none.
      </p>
      <fieldset className="choices access-choices" aria-describedby={ids.hint}>
        <legend className="visually-hidden">What you need</legend>
        {ACCESS_NEEDS.map((need) => (
          <label key={need} className="check access-check">
            <input type="checkbox" checked={draft.needs.includes(need)} onChange={(event) => toggle(need, event.target.checked)} />
            <span>{ACCESS_NEED_WORDS[need]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${ids.heading}-other`}>Anything else</label>
        <p id={ids.otherHint} className="hint">
          In your own words. Up to {ACCESS_OTHER_MAX} characters.
        </p>
        <textarea
          id={`${ids.heading}-other`}
          rows={3}
          aria-invalid={problem || error ? true : undefined}
          aria-describedby={`${ids.otherHint} ${ids.error}`}
          value={draft.other}
          onChange={(event) => change({ ...draft, other: event.target.value })}
        />
        <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Tell the host
        </button>
        <button type="button" className="button" onClick={leave}>
          {firstVisit ? 'Skip' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
