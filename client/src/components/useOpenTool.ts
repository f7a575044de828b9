import type { ToolId } from '@roundtable/shared';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useRoomStore } from '../store/roomStore.ts';
import { hasUnsavedText } from './unsavedText.ts';

interface OpenToolState {
  /** The tool the person picked or is kept on; null follows the host. */
  chosen: ToolId | null;
  /** A tool the host moved to that this person has not gone to yet. */
  notice: ToolId | null;
}

/**
 * Which tool a phone shows. It follows the host's focus until the person picks a tool themselves
 * or is busy in one: focus inside the tool panel, or words typed and not yet sent in a form (a
 * draft waits there even when focus has gone, say to the keyboard's "done"). Then the page is never
 * pulled from under them, since a remote change must not move their focus: they get a notice.
 */
export function useOpenTool(focus: ToolId, panel: RefObject<HTMLElement | null>) {
  const [state, setState] = useState<OpenToolState>({ chosen: null, notice: null });

  // A store subscription hears the new focus before React draws it, so this decides in time.
  useEffect(
    () =>
      useRoomStore.subscribe((room, previous) => {
        const next = room.view?.focus;
        const before = previous.view?.focus;
        if (!next || !before || next === before) return;
        const active = document.activeElement;
        const focusInside = active !== null && active !== document.body && (panel.current?.contains(active) ?? false);
        const busy = focusInside || hasUnsavedText();
        setState(({ chosen }) => {
          const current = chosen ?? before;
          const stay = (busy || chosen !== null) && current !== next;
          return stay ? { chosen: current, notice: next } : { chosen: null, notice: null };
        });
      }),
    [panel],
  );

  const openTool = useCallback(
    (tool: ToolId) =>
      setState(({ notice }) => ({ chosen: tool === focus ? null : tool, notice: notice === tool ? null : notice })),
    [focus],
  );

  return { open: state.chosen ?? focus, notice: state.notice, openTool };
}
