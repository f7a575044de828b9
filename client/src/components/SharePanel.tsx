import type { RoomLinks } from '@roundtable/shared';
import { CopyField } from './CopyField.tsx';
import { QrCode } from './QrCode.tsx';

/** How people join: the code in big letters, the link to copy, and a QR code to scan. */
export function SharePanel({ links }: { links: RoomLinks }) {
  return (
    <section className="panel stack" aria-labelledby="share-heading">
      <h2 id="share-heading">How people join</h2>
      <dl className="join-code-box">
        <dt>Join code</dt>
        <dd className="join-code">{links.joinCode}</dd>
      </dl>
      <CopyField label="Join link" value={links.join} what="join link" hint="Send this to people who cannot scan the code." />
      <div className="console-qr">
        <QrCode value={links.join} size="small" testId="join-qr" />
        <p className="hint">People can scan this with their phone camera.</p>
      </div>
    </section>
  );
}
