import type { Theme } from '@roundtable/shared';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { useCommand } from '../../components/useCommand.ts';

/** Removes a theme after asking: its values go back to the roots and its votes are given back. */
export function RemoveTheme({ theme }: { theme: Theme }) {
  const { run, busy, error } = useCommand();
  return (
    <ConfirmAction
      label={`Remove theme “${theme.name}”`}
      className="values-remove-theme"
      question={`Remove “${theme.name}”? Its values go back to the roots, and any votes for it are given back.`}
      confirmLabel="Remove the theme"
      busyLabel="Removing…"
      keepLabel="Keep it"
      busy={busy}
      error={error}
      onConfirm={async () => (await run('valuesTree.removeTheme', { themeId: theme.id })) !== 'failed'}
    />
  );
}
