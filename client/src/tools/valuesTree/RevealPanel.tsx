import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { writtenSoFar } from './valueWords.ts';

/** Before the reveal: how many values are written (never what they say), and the reveal itself. */
export function RevealPanel({ noteCount }: { noteCount: number }) {
  const { run, busy, error } = useCommand();
  return (
    <div className="values-reveal card stack">
      <p className="values-count" aria-live="polite">
        {writtenSoFar(noteCount)}
      </p>
      <p>People write their values on their phones. Only the writer sees each one until you reveal them.</p>
      <ConfirmAction
        label="Reveal the values"
        className="values-reveal-action"
        question="Everyone will see every value, on the screen and on phones, with the writer’s name where they gave it. This cannot be undone."
        confirmLabel="Reveal them now"
        busyLabel="Revealing…"
        keepLabel="Not yet"
        busy={busy}
        error={error}
        onConfirm={async () => (await run('valuesTree.reveal', {})) !== 'failed'}
      />
    </div>
  );
}
