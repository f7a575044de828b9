import { describeIssue, titleSchema, TITLE_MAX, type CreateRoomResponse } from '@roundtable/shared';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { PageShell } from '../components/PageShell.tsx';
import { localPath, postJson } from '../components/postJson.ts';
import { useProblem } from '../components/useProblem.ts';

/** The home page: a facilitator names a workshop and gets its console. */
export function StartPage() {
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const { problem, show, clear } = useProblem();
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const hintId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = titleSchema.safeParse(title);
    if (!parsed.success) {
      show(describeIssue(parsed.error.issues, 'Please write a title.'));
      return;
    }
    setBusy(true);
    clear();
    const result = await postJson<CreateRoomResponse>('/api/rooms', { title: parsed.data });
    setBusy(false);
    if (!result.ok) {
      show(result.message);
      return;
    }
    navigate(localPath(result.body.links.facilitator));
  }

  return (
    <PageShell pageTitle="Start a workshop">
      <div className="narrow stack">
        <h1>Start a workshop</h1>
        <p className="lead">Give your workshop a name. You will get a page to run it from, and a code for people to join.</p>
        <form className="card stack" onSubmit={onSubmit} noValidate>
          <div className="field">
            <label htmlFor="workshop-title">Workshop title</label>
            <p id={hintId} className="hint">
              For example: Planning the summer fair. Up to {TITLE_MAX} characters.
            </p>
            <input
              id="workshop-title"
              name="title"
              type="text"
              autoComplete="off"
              required
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${hintId} ${errorId}`}
              value={title}
              onChange={(event) => {
                setTitle(event.target.value);
                clear();
              }}
            />
            <ErrorMessage id={errorId} message={problem?.message ?? null} serial={problem?.serial} />
          </div>
          <button type="submit" className="button button-primary" aria-disabled={busy}>
            {busy ? 'Starting…' : 'Start the workshop'}
          </button>
        </form>
        <p className="other-way">
          Taking part in someone else’s workshop? <Link href="/join">Join a workshop</Link>
        </p>
      </div>
    </PageShell>
  );
}
