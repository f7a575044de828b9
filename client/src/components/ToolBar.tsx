import type { ToolId } from '@roundtable/shared';
import { useEffect, useRef, type RefObject } from 'react';
import { PARTICIPANT_TOOLS, toolBarTools } from '../tools/participantTools.ts';

interface ToolBarProps {
  focus: ToolId;
  open: ToolId;
  onOpen: (tool: ToolId) => void;
}

/**
 * Keeps --tool-bar-height equal to the bar's real height. Enlarged text can make the bar wrap to
 * two rows, and the page's bottom padding and scroll padding must clear it, or the bar would
 * hide the field someone is typing in.
 */
function useHeightProperty(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--tool-bar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--tool-bar-height');
    };
  }, [bar]);
}

/** The phone's bar at the bottom, so the car park is always one tap away. */
export function ToolBar({ focus, open, onOpen }: ToolBarProps) {
  const bar = useRef<HTMLElement>(null);
  useHeightProperty(bar);
  return (
    <nav ref={bar} className="tool-bar" aria-label="Tools">
      <ul>
        {toolBarTools(focus, open).map((tool) => (
          <li key={tool}>
            <button
              type="button"
              className="tool-button"
              aria-current={tool === open ? 'true' : undefined}
              onClick={() => onOpen(tool)}
            >
              <svg className="tool-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={PARTICIPANT_TOOLS[tool].icon} />
              </svg>
              <span>{PARTICIPANT_TOOLS[tool].label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
