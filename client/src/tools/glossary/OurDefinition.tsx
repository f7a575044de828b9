import { currentDefinition } from '@roundtable/shared';
import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { GlossaryText } from './GlossaryText.tsx';

/** The group's agreed definition of co-production, where people look words up; nothing before there is one. */
export function OurDefinition() {
  const definition = useRoomView((view) => (view ? currentDefinition(view.definitions) : null));
  const headingId = useId();
  if (!definition) return null;
  return (
    <section className="our-definition" aria-labelledby={headingId}>
      <h3 id={headingId}>Our definition</h3>
      <p className="hint">What this group means by co-production:</p>
      <p className="our-definition-text">
        <GlossaryText text={definition.text} />
      </p>
    </section>
  );
}
