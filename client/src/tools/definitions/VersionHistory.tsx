import type { DefinitionVersion } from '@roundtable/shared';
import { useId } from 'react';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { versionLabel } from './definitionWords.ts';

/** Every agreed wording, newest first, each with its number and date. Earlier ones are kept. */
export function VersionHistory({ versions }: { versions: readonly DefinitionVersion[] }) {
  const headingId = useId();
  if (versions.length === 0) return null;
  return (
    <section className="version-history stack" aria-labelledby={headingId}>
      <h4 id={headingId}>Agreed versions</h4>
      <ol className="version-list" reversed>
        {[...versions].reverse().map((version) => (
          <li key={version.number} className="version">
            <p className="version-label">{versionLabel(version)}</p>
            <p className="version-text">
              <GlossaryText text={version.text} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
