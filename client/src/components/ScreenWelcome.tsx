import type { RoomLinks } from '@roundtable/shared';
import { count, joinPageAddress } from './format.ts';
import { QrCode } from './QrCode.tsx';

/** The projector's joining view: a very large QR code, the short address and the join code. */
export function ScreenWelcome({ links, joined }: { links: RoomLinks; joined: number }) {
  return (
    <section className="screen-welcome" aria-labelledby="screen-join-heading">
      <QrCode value={links.join} size="large" testId="join-qr" />
      <div className="screen-join-text">
        <h2 id="screen-join-heading">Join on your phone</h2>
        <p className="screen-step">Scan the code with your phone’s camera.</p>
        <p className="screen-step">Or go to</p>
        <p className="screen-address">{joinPageAddress(links.join)}</p>
        <p className="screen-step">and type this code:</p>
        <dl className="screen-code-box">
          <dt>Join code</dt>
          <dd className="screen-code">{links.joinCode}</dd>
        </dl>
        <p className="screen-joined">{joined === 0 ? 'No one has joined yet' : `${count(joined, 'person', 'people')} joined`}</p>
      </div>
    </section>
  );
}
