import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { downloadExport } from './downloadExport.ts';
import { EXPORT_CHOICES } from './exportFormats.ts';

interface DownloadButtonsProps {
  roomId: string;
  facilitatorKey: string;
}

/** One button per file the console can save, with a choice to leave out every name (on unless changed). */
export function DownloadButtons({ roomId, facilitatorKey }: DownloadButtonsProps) {
  const [leaveOutNames, setLeaveOutNames] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ text: string; serial: number }>({ text: '', serial: 0 });
  const [error, setError] = useState<{ text: string | null; serial: number }>({ text: null, serial: 0 });
  const ids = { namesHint: useId(), hint: useId(), error: useId() };

  async function download(format: string, label: string) {
    setBusy(format);
    setError((last) => ({ text: null, serial: last.serial }));
    const result = await downloadExport(roomId, facilitatorKey, format, !leaveOutNames);
    setBusy(null);
    if (result.ok) setSaved((last) => ({ text: `${label} saved as ${result.fileName}.`, serial: last.serial + 1 }));
    else setError((last) => ({ text: result.message, serial: last.serial + 1 }));
  }

  return (
    <div className="stack">
      <label className="check">
        <input type="checkbox" checked={leaveOutNames} aria-describedby={ids.namesHint} onChange={(event) => setLeaveOutNames(event.target.checked)} />
        <span>Leave out all names</span>
      </label>
      <p id={ids.namesHint} className="hint">
        {leaveOutNames
          ? 'The report says how many took part, never who.'
          : 'The report shows the names people chose to give. Nobody who stayed anonymous is named.'}
      </p>
      <ul className="export-list">
        {EXPORT_CHOICES.map((choice) => (
          <li key={choice.format}>
            <button
              type="button"
              className="button"
              aria-describedby={`${ids.hint}-${choice.format} ${ids.error}`}
              aria-disabled={busy !== null}
              onClick={() => busy === null && void download(choice.format, choice.label)}
            >
              {busy === choice.format ? `Making the ${choice.label}…` : `Save as ${choice.label}`}
            </button>
            <span id={`${ids.hint}-${choice.format}`} className="hint">
              {choice.hint}
            </span>
          </li>
        ))}
      </ul>
      <ErrorMessage id={ids.error} message={error.text} serial={error.serial} />
      <LiveMessage text={saved.text} serial={saved.serial} className="note" />
    </div>
  );
}
