import { currentDefinition, type DefinitionVersion } from '@roundtable/shared';
import { useId } from 'react';
import { useRoomView } from '../../sync/optimistic.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { agreedOn } from './definitionWords.ts';

const NO_VERSIONS: DefinitionVersion[] = [];

/** The definition the group agreed, on a phone whatever else it shows; nothing before there is one. */
export function AgreedDefinition() {
  const versions = useRoomView((view) => view?.definitions.versions ?? NO_VERSIONS);
  const headingId = useId();
  const agreed = currentDefinition({ versions });
  if (!agreed) return null;
  return (
    <section className="agreed-definition stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Our definition</h3>
      <p className="agreed-text">
        <GlossaryText text={agreed.text} />
      </p>
      <p className="agreed-date">{`Agreed on ${agreedOn(agreed.adoptedAt)}${agreed.number > 1 ? ` (version ${agreed.number})` : ''}.`}</p>
    </section>
  );
}
