import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { count } from '../../components/format.ts';
import { useCommand } from '../../components/useCommand.ts';
import { useRefusal } from '../../sync/useRefusal.ts';

/**
 * "Clear the queue", then a question with "Yes, clear it" and "Keep the queue". When the reducer
 * would refuse to clear, the question is its reason instead, with only "Keep the queue".
 */
export function ClearQueue({ waiting }: { waiting: number }) {
  const refusal = useRefusal('queue.clear', {});
  const { run, busy, error } = useCommand();
  const hands = waiting === 0 ? 'every hand' : count(waiting, 'hand', 'hands');
  return (
    <ConfirmAction
      label="Clear the queue"
      className="clear-queue stack"
      question={refusal ?? `Take ${hands} out of the queue? People will need to raise their hands again.`}
      confirmLabel={refusal ? null : 'Yes, clear it'}
      keepLabel="Keep the queue"
      busy={busy}
      error={error}
      onConfirm={async () => (await run('queue.clear', {})) !== 'failed'}
    />
  );
}
