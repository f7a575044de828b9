import type { Stakeholder } from '@roundtable/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useProblem } from '../../components/useProblem.ts';
import { useUnsavedText } from '../../components/unsavedText.ts';
import { checkDetail, checkName } from './checkStakeholderText.ts';

interface EditStakeholderFormProps {
  stakeholder: Stakeholder;
  onClose: () => void;
}

type Field = 'name' | 'why' | 'brings';

/** Changes a stakeholder's name, why they matter and what they bring, in place. */
export function EditStakeholderForm({ stakeholder, onClose }: EditStakeholderFormProps) {
  const [fields, setFields] = useState({ name: stakeholder.name, why: stakeholder.why ?? '', brings: stakeholder.brings ?? '' });
  const { run, busy, error, clearError } = useCommand();
  const { problem, show, clear } = useProblem<Field>();
  const nameField = useRef<HTMLInputElement>(null);
  const ids = { name: useId(), why: useId(), brings: useId(), error: useId() };
  useUnsavedText(fields.name !== stakeholder.name || fields.why !== (stakeholder.why ?? '') || fields.brings !== (stakeholder.brings ?? ''));

  useEffect(() => nameField.current?.focus(), []);

  function update(field: Field, value: string) {
    setFields((now) => ({ ...now, [field]: value }));
    clear();
    clearError();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const name = checkName(fields.name);
    if (!name.ok) return show(name.message, 'name');
    const why = checkDetail(fields.why);
    if (!why.ok) return show(why.message, 'why');
    const brings = checkDetail(fields.brings);
    if (!brings.ok) return show(brings.message, 'brings');
    const result = await run('stakeholders.edit', { stakeholderId: stakeholder.id, name: name.value, why: why.value, brings: brings.value });
    if (result !== 'failed') onClose();
  }

  const invalid = (field: Field) => (problem?.field === field || (field === 'name' && error) ? true : undefined);
  return (
    <form className="edit-stakeholder stack" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={ids.name}>Who</label>
        <input
          ref={nameField}
          id={ids.name}
          type="text"
          autoComplete="off"
          aria-invalid={invalid('name')}
          aria-describedby={ids.error}
          value={fields.name}
          onChange={(event) => update('name', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.why}>Why they should be involved</label>
        <textarea id={ids.why} rows={2} aria-invalid={invalid('why')} aria-describedby={ids.error} value={fields.why} onChange={(event) => update('why', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.brings}>What they bring</label>
        <textarea id={ids.brings} rows={2} aria-invalid={invalid('brings')} aria-describedby={ids.error} value={fields.brings} onChange={(event) => update('brings', event.target.value)} />
      </div>
      <ErrorMessage id={ids.error} message={problem?.message ?? error} serial={problem?.serial} />
      <div className="actions">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          Save the changes
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
