import { useId } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';

/** "Start the check-in": every phone goes through the agreements, marking each one. */
export function StartCheckIn({ primary }: { primary: boolean }) {
  const { run, busy, error } = useCommand();
  const errorId = useId();
  return (
    <div className="stack">
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        aria-disabled={busy || undefined}
        aria-describedby={errorId}
        onClick={() => !busy && void run('agreements.startCheckIn', {})}
      >
        Start the check-in
      </button>
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
