import { useId } from 'react';
import { DownloadButtons } from './DownloadButtons.tsx';
import { SummaryShare } from './SummaryShare.tsx';

interface ExportPanelProps {
  roomId: string;
  facilitatorKey: string;
}

/** The end of the console: save the meeting's report in each format, and share a summary with the group. */
export function ExportPanel({ roomId, facilitatorKey }: ExportPanelProps) {
  const headingId = useId();
  return (
    <section className="panel stack export-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Save and share what the group made</h2>
      <DownloadButtons roomId={roomId} facilitatorKey={facilitatorKey} />
      <SummaryShare roomId={roomId} />
    </section>
  );
}
