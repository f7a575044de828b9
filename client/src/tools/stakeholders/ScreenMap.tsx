import type { Stakeholder } from '@roundtable/shared';
import { useMemo } from 'react';
import { ChipText } from './MapChip.tsx';
import { MapFrame } from './MapFrame.tsx';
import { byPlace } from './stakeholderOrder.ts';
import { QUADRANT_LABEL } from './stakeholderWords.ts';

interface ScreenMapProps {
  stakeholders: readonly Stakeholder[];
  highlightGaps: boolean;
}

/** The influence map on the projector, large, with who is in each place and who is not placed yet. */
export function ScreenMap({ stakeholders, highlightGaps }: ScreenMapProps) {
  const places = useMemo(() => byPlace(stakeholders), [stakeholders]);
  return (
    <div className="screen-map stack">
      <MapFrame
        className="influence-map-screen"
        quadrant={(quadrant) => {
          const calledOut = highlightGaps && quadrant === 'littleInfluenceMuchAffected';
          return (
            <section key={quadrant} className={`map-place map-${quadrant}${calledOut ? ' is-called-out' : ''}`} aria-label={QUADRANT_LABEL[quadrant]}>
              <h3 className="map-place-label">
                {QUADRANT_LABEL[quadrant]}
                {calledOut ? <span className="map-callout-flag"> (the gap to close)</span> : null}
              </h3>
              {places[quadrant].length ? (
                <ul className="map-chips">
                  {places[quadrant].map((stakeholder) => (
                    <li key={stakeholder.id} className={stakeholder.involved ? 'map-chip' : 'map-chip is-not-involved'}>
                      <ChipText stakeholder={stakeholder} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          );
        }}
      />
      {places.unplaced.length ? (
        <p className="screen-unplaced">
          {`Not placed yet: ${places.unplaced.map((one) => one.name).join(', ')}.`}
        </p>
      ) : null}
    </div>
  );
}
