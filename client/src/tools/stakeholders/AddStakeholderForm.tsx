import { STAKEHOLDER_TEXT_MAX } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { useRoomStore } from '../../store/roomStore.ts';
import { usePendingIds } from '../../sync/optimistic.ts';
import { refusalOf } from '../../sync/useRefusal.ts';
import { CharacterCount } from '../carPark/CharacterCount.tsx';
import { checkDetail, checkName } from './checkStakeholderText.ts';
import { useStoredFields } from './useStoredFields.ts';

const EMPTY = { name: '', why: '', brings: '' };
type Field = keyof typeof EMPTY;

interface AddStakeholderFormProps {
  /** Where this room's unsent words are kept on the device. */
  draftKey: string;
}

/** "Add someone to involve": a name, why they matter and what they bring. Typed words survive a reload. */
export function AddStakeholderForm({ draftKey }: AddStakeholderFormProps) {
  const [draft, setDraft] = useStoredFields(draftKey, EMPTY);
  const { run, busy, error, clearError, queuedId } = useCommand();
  const { problem, show, clear } = useProblem<Field>();
  const [added, setAdded] = useState<{ name: string; result: 'saved' | 'queued' } | null>(null);
  const pendingIds = usePendingIds();
  const ids = { heading: useId(), name: useId(), why: useId(), brings: useId(), whyCount: useId(), bringsCount: useId(), error: useId() };
  useUnsavedText(Object.values(draft).some((value) => value.trim() !== ''));

  function update(field: Field, value: string) {
    setDraft((now) => ({ ...now, [field]: value }));
    setAdded(null);
    clear();
    clearError();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const name = checkName(draft.name);
    if (!name.ok) return show(name.message, 'name');
    const why = checkDetail(draft.why);
    if (!why.ok) return show(why.message, 'why');
    const brings = checkDetail(draft.brings);
    if (!brings.ok) return show(brings.message, 'brings');
    const payload = { name: name.value, why: why.value, brings: brings.value };
    // Already on the list, or the list is full: the reducer's own words, before anything is sent.
    const refusal = refusalOf(useRoomStore.getState(), 'stakeholders.add', payload);
    if (refusal) return show(refusal, 'name');
    const result = await run('stakeholders.add', payload);
    if (result === 'failed') return;
    // Keep anything typed while waiting.
    setDraft((now) => (now.name.trim() === name.value ? EMPTY : now));
    setAdded({ name: name.value, result });
  }

  const waiting = added?.result === 'queued' && queuedId !== null && pendingIds.has(queuedId);
  const note = busy ? 'Adding…' : waiting ? 'Saved on this device. Waiting to send…' : added ? `Added “${added.name}”.` : '';
  const invalid = (field: Field) => (problem?.field === field || (field === 'name' && error) ? true : undefined);

  return (
    <form className="add-stakeholder card stack" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h3 id={ids.heading}>Add someone to involve</h3>
      <div className="field">
        <label htmlFor={ids.name}>Who? (a group of people, such as “carers” or “bus companies”)</label>
        <input
          id={ids.name}
          type="text"
          name="name"
          autoComplete="off"
          aria-invalid={invalid('name')}
          aria-describedby={ids.error}
          value={draft.name}
          onChange={(event) => update('name', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.why}>Why should they be involved? (you can leave this empty)</label>
        <textarea
          id={ids.why}
          name="why"
          rows={2}
          aria-invalid={invalid('why')}
          aria-describedby={`${ids.whyCount} ${ids.error}`}
          value={draft.why}
          onChange={(event) => update('why', event.target.value)}
        />
        <CharacterCount id={ids.whyCount} length={draft.why.trim().length} max={STAKEHOLDER_TEXT_MAX} />
      </div>
      <div className="field">
        <label htmlFor={ids.brings}>What do they bring? (you can leave this empty)</label>
        <textarea
          id={ids.brings}
          name="brings"
          rows={2}
          aria-invalid={invalid('brings')}
          aria-describedby={`${ids.bringsCount} ${ids.error}`}
          value={draft.brings}
          onChange={(event) => update('brings', event.target.value)}
        />
        <CharacterCount id={ids.bringsCount} length={draft.brings.trim().length} max={STAKEHOLDER_TEXT_MAX} />
      </div>
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Add to the list
        </button>
        <p role="status" className="note">
          {note}
        </p>
      </div>
    </form>
  );
}
