import type { ToolId } from '@roundtable/shared';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useRoomStore } from '../store/roomStore.ts';

interface OpenToolState {
  /** The tool the person picked or is kept on; null follows the facilitator. */
  chosen: ToolId | null;
  /** A tool the facilitator moved to that this person has not gone to yet. */
  notice: ToolId | null;
}

/**
 * Which tool a phone shows. It follows the facilitator's focus until the person picks a tool
 * themselves or is busy in one (focus inside the tool panel). Then the page is never pulled from
 * under them, since a remote change must not move their focus: they get a notice with a button.
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
        const busy = active !== null && active !== document.body && (panel.current?.contains(active) ?? false);
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
