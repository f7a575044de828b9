import type { ToolId } from '@roundtable/shared';
import { askToAddWord } from './glossaryIntent.ts';

/**
 * Shown while someone's hand is up with "Please explain that": the word they did not follow can
 * go in the glossary too, so the group's answer stays for everyone.
 */
export function AddExplainWordButton({ openTool }: { openTool: (tool: ToolId) => void }) {
  return (
    <p className="explain-word">
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          askToAddWord();
          openTool('glossary');
        }}
      >
        Add the word to the glossary
      </button>
    </p>
  );
}
