import type { ToolId } from '@roundtable/shared';
import { PARTICIPANT_TOOLS, toolBarTools } from '../tools/participantTools.ts';

interface ToolBarProps {
  focus: ToolId;
  open: ToolId;
  onOpen: (tool: ToolId) => void;
}

/** The phone's bar at the bottom, so the car park is always one tap away. */
export function ToolBar({ focus, open, onOpen }: ToolBarProps) {
  return (
    <nav className="tool-bar" aria-label="Tools">
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
