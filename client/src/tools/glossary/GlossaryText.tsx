import { useMemo } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { GlossaryWord } from './GlossaryWord.tsx';
import { splitByTerms, termPattern } from './glossaryMatch.ts';

interface GlossaryTextProps {
  text: string;
  /** Words open their meaning on a tap; off on the projector, where nobody can tap. */
  interactive?: boolean;
}

/**
 * Text from the room with every agreed glossary word marked, its meaning a tap away. Used for
 * everything people wrote: car park items, cards, suggestions, the group's definition.
 */
export function GlossaryText({ text, interactive = true }: GlossaryTextProps) {
  const entries = useRoomView((view) => view?.glossary.entries);
  const matcher = useMemo(() => termPattern(Object.values(entries ?? {})), [entries]);
  const parts = useMemo(() => splitByTerms(text, matcher), [text, matcher]);
  // Index keys are right here: the parts are derived from the text and redrawn with it.
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'text' ? (
          part.text
        ) : interactive ? (
          <GlossaryWord key={index} text={part.text} entry={part.entry} />
        ) : (
          <span key={index} className="glossary-word-static">
            {part.text}
          </span>
        ),
      )}
    </>
  );
}
