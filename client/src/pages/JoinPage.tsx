import { describeIssue, joinCodeSchema, JOIN_CODE_LENGTH } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { PageShell } from '../components/PageShell.tsx';
import { localPath, postJson } from '../components/postJson.ts';
import { useProblem } from '../components/useProblem.ts';

const FALLBACKS: Record<number, string> = {
  404: 'We could not find a workshop with that code. Please check it and try again.',
  429: 'Too many tries. Please wait a minute.',
};

/** A whole join link pasted into the code box: its path, such as `/j/abc123…`, or null. */
function pastedJoinPath(typed: string): string | null {
  const match = /\/j\/([A-Za-z0-9_-]+)/.exec(typed);
  return match ? `/j/${match[1]}` : null;
}

/** Where someone types the short code shown on the big screen. */
export function JoinPage() {
  const [, navigate] = useLocation();
  const [code, setCode] = useState('');
  const { problem, show, clear } = useProblem();
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const errorId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    // Someone sent the link and it was pasted here: it opens the workshop just the same.
    const path = pastedJoinPath(code);
    if (path) {
      navigate(path);
      return;
    }
    // Checked here first so a typo gets an answer at once, without spending one of the tries.
    const parsed = joinCodeSchema.safeParse(code);
    if (!parsed.success) {
      show(code.trim() ? describeIssue(parsed.error.issues, 'Please check the code.') : 'Please type the code from the screen.');
      return;
    }
    setBusy(true);
    clear();
    const result = await postJson<{ join: string }>('/api/join', { code: parsed.data }, FALLBACKS);
    setBusy(false);
    if (!result.ok) {
      show(result.message);
      return;
    }
    navigate(localPath(result.body.join));
  }

  return (
    <PageShell pageTitle="Join a workshop">
      <div className="narrow stack">
        <h1>Join a workshop</h1>
        <form className="card stack" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor="join-code">Join code</label>
            <p id={hintId} className="hint">
              The {JOIN_CODE_LENGTH} letters and numbers on the big screen.
            </p>
            <input
              id="join-code"
              name="code"
              type="text"
              className="code-input"
              inputMode="text"
              autoCapitalize="characters"
              autoComplete="off"
              autoCorrect="off"
              spellCheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${hintId} ${errorId}`}
              value={code}
              onChange={(event) => {
                setCode(event.target.value);
                clear();
              }}
            />
            <ErrorMessage id={errorId} message={problem?.message ?? null} serial={problem?.serial} />
          </div>
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? 'Joining…' : 'Join'}
          </button>
        </form>
        <p className="other-way">
          Running a workshop? <Link href="/">Start a workshop</Link>
        </p>
      </div>
    </PageShell>
  );
}
