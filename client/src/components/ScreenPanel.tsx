import type { RoomLinks } from '@roundtable/shared';
import { FocusPicker } from './FocusPicker.tsx';

/** What the big screen shows, and the link to open it on the projector's computer. */
export function ScreenPanel({ links }: { links: RoomLinks }) {
  return (
    <section className="panel stack" aria-labelledby="screen-heading">
      <h2 id="screen-heading">The big screen</h2>
      <FocusPicker />
      {links.screen ? (
        <p>
          <a href={links.screen} target="_blank" rel="noopener noreferrer">
            Open the screen view<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <span className="hint block">Open it on the computer that is connected to the projector.</span>
        </p>
      ) : null}
    </section>
  );
}
