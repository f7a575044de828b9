import type { Report } from '@roundtable/shared';
import { useEffect, useState } from 'react';
import { PageShell } from '../components/PageShell.tsx';
import { ReportView } from '../tools/export/ReportView.tsx';

type Loaded = { kind: 'loading' } | { kind: 'report'; report: Report } | { kind: 'problem'; message: string };

const CANNOT_REACH = 'Cannot reach Roundtable. Check your connection and try again.';

async function loadSummary(roomId: string, token: string): Promise<Loaded> {
  try {
    const response = await fetch(`/api/summary/${encodeURIComponent(roomId)}/${encodeURIComponent(token)}`, { signal: AbortSignal.timeout(15_000) });
    const body = (await response.json()) as Report | { message?: string };
    if (response.ok) return { kind: 'report', report: body as Report };
    return { kind: 'problem', message: 'message' in body && body.message ? body.message : 'This summary cannot be shown.' };
  } catch {
    return { kind: 'problem', message: CANNOT_REACH };
  }
}

/** The read-only summary the facilitator shares after a meeting: what came of everyone’s ideas, made for phones. */
export function SummaryPage({ roomId, token }: { roomId: string; token: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    void loadSummary(roomId, token).then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [roomId, token]);

  if (loaded.kind === 'report') {
    return (
      <PageShell pageTitle={`${loaded.report.title} – summary`} variant="plain">
        <ReportView report={loaded.report} />
      </PageShell>
    );
  }
  return (
    <PageShell pageTitle="Meeting summary">
      <div className="narrow stack">
        <h1>Meeting summary</h1>
        <p role="status" className="lead">
          {loaded.kind === 'loading' ? 'Loading the summary…' : loaded.message}
        </p>
      </div>
    </PageShell>
  );
}
