import type { GlossaryEntry } from '@roundtable/shared';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { useCommand } from '../../components/useCommand.ts';

interface RemoveWordProps {
  entry: GlossaryEntry;
  /** The id of the word's heading, so "Remove" says which word it removes. */
  describedBy: string;
  /** Moves focus somewhere calm before the word, and this button with it, leaves the list. */
  beforeRemoving: () => void;
}

/** "Remove", then "Remove this word for everyone?". */
export function RemoveWord({ entry, describedBy, beforeRemoving }: RemoveWordProps) {
  const { run, busy, error } = useCommand();
  return (
    <ConfirmAction
      label="Remove"
      className="remove-item"
      describedBy={describedBy}
      question={`Remove “${entry.term}” and its meaning for everyone? This cannot be undone.`}
      confirmLabel="Yes, remove it"
      busyLabel="Removing…"
      keepLabel="Keep it"
      busy={busy}
      error={error}
      onConfirm={async () => {
        beforeRemoving();
        return (await run('glossary.remove', { entryId: entry.id })) !== 'failed';
      }}
    />
  );
}
