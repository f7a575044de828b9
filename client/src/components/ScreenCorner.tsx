import type { RoomLinks } from '@roundtable/shared';
import { QrCode } from './QrCode.tsx';
import { joinPageAddress } from './format.ts';

/** A small reminder of how to join, in a corner of the projector while a tool is showing. */
export function ScreenCorner({ links }: { links: RoomLinks }) {
  return (
    <section className="screen-corner" aria-label="How to join">
      <QrCode value={links.join} size="small" testId="join-qr" />
      <div>
        <p className="screen-corner-address">{joinPageAddress(links.join)}</p>
        <p className="screen-corner-code">
          Code: <strong>{links.joinCode}</strong>
        </p>
      </div>
    </section>
  );
}
