import { useRoomStore } from '../store/roomStore.ts';
import { AccessNeedsPanel } from '../tools/access/AccessNeedsPanel.tsx';
import { ConsoleLinkPanel } from './ConsoleLinkPanel.tsx';
import { ScreenPanel } from './ScreenPanel.tsx';
import { SharePanel } from './SharePanel.tsx';

/** The console's side column: how people join, what the screen shows, the console link, and what people need. */
export function ConsoleSide() {
  const links = useRoomStore((state) => state.links);
  if (!links) return null;
  return (
    <div className="console-side stack">
      <SharePanel links={links} />
      <ScreenPanel links={links} />
      {links.facilitator ? <ConsoleLinkPanel link={links.facilitator} /> : null}
      <AccessNeedsPanel />
    </div>
  );
}
