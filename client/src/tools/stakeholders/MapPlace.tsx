import { useDroppable } from '@dnd-kit/core';
import type { Stakeholder } from '@roundtable/shared';
import { useId } from 'react';
import { MapChip } from './MapChip.tsx';

interface MapPlaceProps {
  /** A quadrant's id, or the unplaced tray's. */
  id: string;
  label: string;
  stakeholders: readonly Stakeholder[];
  className: string;
}

/** One place chips can be dropped on: a quadrant of the map, or the tray of those not placed yet. */
export function MapPlace({ id, label, stakeholders, className }: MapPlaceProps) {
  const { setNodeRef, isOver } = useDroppable({ id });
  const headingId = useId();
  return (
    <section ref={setNodeRef} className={`${className}${isOver ? ' is-over' : ''}`} aria-labelledby={headingId} data-place={id}>
      <h4 id={headingId} className="map-place-label">
        {label}
      </h4>
      {stakeholders.length ? (
        <ul className="map-chips" aria-labelledby={headingId}>
          {stakeholders.map((stakeholder) => (
            <MapChip key={stakeholder.id} stakeholder={stakeholder} />
          ))}
        </ul>
      ) : (
        <p className="map-place-empty">Nobody here yet.</p>
      )}
    </section>
  );
}
