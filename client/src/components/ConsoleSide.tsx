import { useRoomStore } from '../store/roomStore.ts';
import { ConsoleLinkPanel } from './ConsoleLinkPanel.tsx';
import { ScreenPanel } from './ScreenPanel.tsx';
import { SharePanel } from './SharePanel.tsx';

/** The console's side column: how people join, what the screen shows, and the console link. */
export function ConsoleSide() {
  const links = useRoomStore((state) => state.links);
  if (!links) return null;
  return (
    <div className="console-side stack">
      <SharePanel links={links} />
      <ScreenPanel links={links} />
      {links.facilitator ? <ConsoleLinkPanel link={links.facilitator} /> : null}
    </div>
  );
}
