import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useId, useMemo, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending } from '../../sync/optimistic.ts';
import { ChipText } from './MapChip.tsx';
import { MAP_DRAG_INSTRUCTIONS, mapDragAnnouncements } from './mapDragWords.ts';
import { MapFrame } from './MapFrame.tsx';
import { mapKeyboardCoordinates } from './mapKeyboard.ts';
import { MapPlace } from './MapPlace.tsx';
import { byPlace, dropPlace, UNPLACED } from './stakeholderOrder.ts';
import { QUADRANT_LABEL } from './stakeholderWords.ts';
import { useOrderedStakeholders } from './useStakeholders.ts';

/** A pointer lands where it is; the keyboard, with no pointer, lands on the place it was moved to. */
const landing: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args));

/**
 * The influence map on the console. Drag a chip (mouse, touch, or Space and the arrows): only
 * this screen shows it moving, and dropping sends one `place`. "Place on the map" on each
 * stakeholder does the same without dragging.
 */
export function InfluenceMap() {
  const stakeholders = useOrderedStakeholders();
  const places = useMemo(() => byPlace(stakeholders), [stakeholders]);
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const { run, error, clearError } = useCommand();
  const waiting = useHasPending('stakeholders.place');
  const headingId = useId();
  const errorId = useId();
  const announcements = useMemo(() => mapDragAnnouncements(stakeholders), [stakeholders]);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // A touch must rest briefly, so a swipe still scrolls.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: mapKeyboardCoordinates }),
  );
  const dragged = stakeholders.find((one) => one.id === draggedId);

  function onDragStart({ active }: DragStartEvent) {
    clearError();
    setDraggedId(String(active.id));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDraggedId(null);
    const stakeholder = stakeholders.find((one) => one.id === active.id);
    if (!stakeholder) return;
    const quadrant = dropPlace(stakeholder.quadrant, over ? String(over.id) : null);
    if (quadrant !== undefined) void run('stakeholders.place', { stakeholderId: stakeholder.id, quadrant });
  }

  return (
    <section className="map-console stack" aria-labelledby={headingId}>
      <h3 id={headingId}>Who has influence</h3>
      <p className="hint">Drag each group to its place on the map, or choose its place on the list above. A dashed outline means not yet involved.</p>
      <DndContext
        sensors={sensors}
        collisionDetection={landing}
        accessibility={{ announcements, screenReaderInstructions: MAP_DRAG_INSTRUCTIONS }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDraggedId(null)}
      >
        <MapFrame
          quadrant={(quadrant) => (
            <MapPlace key={quadrant} id={quadrant} label={QUADRANT_LABEL[quadrant]} stakeholders={places[quadrant]} className={`map-place map-${quadrant}`} />
          )}
        />
        <MapPlace id={UNPLACED} label="Not placed yet" stakeholders={places.unplaced} className="map-place map-unplaced" />
        <DragOverlay>
          {dragged ? (
            <span className={dragged.involved ? 'map-chip is-lifted' : 'map-chip is-lifted is-not-involved'}>
              <ChipText stakeholder={dragged} />
            </span>
          ) : null}
        </DragOverlay>
      </DndContext>
      <Pending shown={waiting} />
      <ErrorMessage id={errorId} message={error} />
    </section>
  );
}
