import type { Quadrant } from '@roundtable/shared';
import type { ReactNode } from 'react';
import { AXIS, MAP_ORDER } from './stakeholderWords.ts';

interface MapFrameProps {
  /** Draws one place on the map. */
  quadrant: (quadrant: Quadrant) => ReactNode;
  className?: string;
}

/** The influence map's two-by-two frame, its axes labelled in words: influence goes up, being affected goes right. */
export function MapFrame({ quadrant, className = '' }: MapFrameProps) {
  return (
    <div className={`influence-map ${className}`}>
      <p className="map-axis map-axis-top">
        <span aria-hidden="true">↑ </span>
        {AXIS.top}
      </p>
      <p className="map-axis map-axis-left">
        <span aria-hidden="true">← </span>
        {AXIS.left}
      </p>
      <div className="map-quadrants">{MAP_ORDER.map((place) => quadrant(place))}</div>
      <p className="map-axis map-axis-right">
        {AXIS.right}
        <span aria-hidden="true"> →</span>
      </p>
      <p className="map-axis map-axis-bottom">
        <span aria-hidden="true">↓ </span>
        {AXIS.bottom}
      </p>
    </div>
  );
}
