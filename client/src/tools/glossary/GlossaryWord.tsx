import type { GlossaryEntry } from '@roundtable/shared';
import { useId, useState } from 'react';

/**
 * An agreed word inside some text: a button that shows its meaning just after it, and hides it
 * again. Inline rather than a pop-up, so it never covers what someone is reading and a screen
 * reader finds the meaning where the word is.
 */
export function GlossaryWord({ text, entry }: { text: string; entry: GlossaryEntry }) {
  const [open, setOpen] = useState(false);
  const meaningId = useId();
  return (
    <>
      <button
        type="button"
        className="glossary-word"
        aria-expanded={open}
        aria-controls={meaningId}
        onClick={() => setOpen((was) => !was)}
      >
        {text}
      </button>
      <span id={meaningId} className="glossary-meaning" hidden={!open}>
        {` (${entry.term}: ${entry.meaning ?? ''})`}
      </span>
    </>
  );
}
