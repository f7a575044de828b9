import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { useCommand } from '../../components/useCommand.ts';

interface RemoveItemProps {
  itemId: string;
  /** The id of the item's text, so "Remove" says which item it removes. */
  describedBy: string;
}

/**
 * "Remove", then "Remove this item for everyone?". The item leaves the list as soon as the
 * removal is queued; the list then moves focus to the next item (see useItemFocus), and a later
 * refusal shows in the "not sent" list.
 */
export function RemoveItem({ itemId, describedBy }: RemoveItemProps) {
  const { run, busy, error } = useCommand();
  return (
    <ConfirmAction
      label="Remove"
      className="remove-item"
      describedBy={describedBy}
      question="Remove this item for everyone? This cannot be undone."
      confirmLabel="Yes, remove it"
      busyLabel="Removing…"
      keepLabel="Keep it"
      busy={busy}
      error={error}
      onConfirm={async () => (await run('carPark.remove', { itemId })) !== 'failed'}
    />
  );
}
