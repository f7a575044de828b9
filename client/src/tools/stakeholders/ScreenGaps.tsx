import { muchAffectedLittleInfluence, type Stakeholder } from '@roundtable/shared';
import { useId } from 'react';
import { gapsOf } from './stakeholderOrder.ts';
import { COLUMN_GAP, inWords } from './stakeholderWords.ts';
import { useGridNotes } from './useStakeholders.ts';

/** Gaps listed on the screen, past which "and N more" stands for the rest. */
const SCREEN_GAPS_MAX = 4;

interface ScreenGapsProps {
  stakeholders: readonly Stakeholder[];
  /** The grid view marks empty cells itself; the list of them is then left out. */
  showEmptyCells: boolean;
}

/** The gaps, called out in words: the much affected with little say, and what nobody has thought about yet. */
export function ScreenGaps({ stakeholders, showEmptyCells }: ScreenGapsProps) {
  const notes = useGridNotes();
  const headingId = useId();
  const littleSay = muchAffectedLittleInfluence({ stakeholders: Object.fromEntries(stakeholders.map((one) => [one.id, one])) });
  const gaps = showEmptyCells ? gapsOf({ notes }, stakeholders) : [];
  return (
    <section className="screen-gaps" aria-labelledby={headingId}>
      <h3 id={headingId}>Gaps</h3>
      <p className="screen-little-say">
        {littleSay.length
          ? `Much affected, little say: ${inWords(littleSay.map((one) => one.name))}.`
          : 'Much affected, little say: nobody placed there yet.'}
      </p>
      {gaps.length ? (
        <ul className="screen-gap-list">
          {gaps.slice(0, SCREEN_GAPS_MAX).map(({ stakeholder, columns }) => (
            <li key={stakeholder.id}>{`${stakeholder.name}: no ideas yet about ${inWords(columns.map((column) => COLUMN_GAP[column]))}.`}</li>
          ))}
          {gaps.length > SCREEN_GAPS_MAX ? <li>{`and ${gaps.length - SCREEN_GAPS_MAX} more`}</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
