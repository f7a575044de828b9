import { useDraggable } from '@dnd-kit/core';
import type { Stakeholder } from '@roundtable/shared';
import { memo } from 'react';
import { NOT_INVOLVED } from './stakeholderWords.ts';

/** A stakeholder's chip on the console's map: picked up by mouse, touch, or Space on the keyboard. */
export const MapChip = memo(function MapChip({ stakeholder }: { stakeholder: Stakeholder }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: stakeholder.id,
    attributes: { roleDescription: 'stakeholder you can move' },
  });
  const classes = ['map-chip', stakeholder.involved ? '' : 'is-not-involved', isDragging ? 'is-dragging' : ''].filter(Boolean).join(' ');
  return (
    <li>
      <button ref={setNodeRef} type="button" className={classes} {...attributes} {...listeners}>
        <ChipText stakeholder={stakeholder} />
      </button>
    </li>
  );
});

/** A chip's words: the name, and "not yet involved" in words as well as the dashed outline. */
export function ChipText({ stakeholder }: { stakeholder: Stakeholder }) {
  return (
    <>
      <span className="map-chip-name">{stakeholder.name}</span>
      {stakeholder.involved ? null : <span className="map-chip-flag">{` (${NOT_INVOLVED})`}</span>}
    </>
  );
}
