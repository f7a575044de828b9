import { closestCenter, DndContext, KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Agreement } from '@roundtable/shared';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useAnnouncement } from '../../components/useAnnouncement.ts';
import { useCommand } from '../../components/useCommand.ts';
import { useHasPending } from '../../sync/optimistic.ts';
import { AdoptedRow, type AdoptedAction } from './AdoptedRow.tsx';
import { AGREEMENT_DRAG_INSTRUCTIONS, agreementDragAnnouncements } from './agreementDragWords.ts';
import { agreementDrop, stepMove } from './agreementDrop.ts';
import { ordinal, shortText } from './agreementWords.ts';
import { useAdopted } from './useAgreements.ts';

/**
 * The group's agreements in its order, for the facilitator. Drag one by its handle (mouse, touch,
 * or the keyboard: Space, arrows, Space), or use its Move buttons. A drag works over the order as
 * it was when it began, so changes from elsewhere do not shift the list under it; dropping sends
 * one move, and Escape puts everything back.
 */
export function AdoptedList() {
  const adopted = useAdopted();
  const [frozen, setFrozen] = useState<Agreement[] | null>(null);
  const shown = frozen ?? adopted;
  const waiting = useHasPending('agreements.move');
  const { run, error, clearError } = useCommand();
  const [said, say] = useAnnouncement();
  const list = useRef<HTMLOListElement>(null);
  /**
   * The button to give focus back to once its row is drawn in its new place (a browser drops focus
   * from an element it moves), and the list as it was before, to tell when that has happened.
   */
  const keep = useRef<{ id: string; control: AdoptedAction; before: Agreement[] } | null>(null);
  const errorId = useId();
  const ids = useMemo(() => shown.map((agreement) => agreement.id), [shown]);
  const announcements = useMemo(() => agreementDragAnnouncements(shown, adopted), [shown, adopted]);
  const latest = useRef({ shown, adopted });
  useLayoutEffect(() => {
    latest.current = { shown, adopted };
    const kept = keep.current;
    if (!kept || kept.before === shown) return;
    keep.current = null;
    const button = list.current?.querySelector<HTMLElement>(`[data-agreement-id="${kept.id}"] [data-control="${kept.control}"]`);
    if (button && document.activeElement !== button) button.focus();
  });
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const onAction = useCallback(
    (agreement: Agreement, action: AdoptedAction) => {
      const move = stepMove(latest.current.adopted, agreement.id, action === 'up' ? -1 : 1);
      if (!move) return;
      clearError();
      keep.current = { id: agreement.id, control: action, before: latest.current.shown };
      void run('agreements.move', { agreementId: agreement.id, afterAgreementId: move.afterAgreementId });
      // A drag is announced by the drag-and-drop library; the buttons are announced here.
      say(`“${shortText(agreement.text)}” is now ${ordinal(move.place)}.`);
    },
    [run, clearError, say],
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    const { shown: seen, adopted: live } = latest.current;
    setFrozen(null);
    const drop = over ? agreementDrop(seen, live, String(active.id), String(over.id)) : null;
    if (!drop) return;
    keep.current = null;
    void run('agreements.move', { agreementId: String(active.id), afterAgreementId: drop.afterAgreementId });
  }

  if (shown.length === 0) return <p>No agreements yet. When the group agrees one, it shows here.</p>;

  return (
    <div className="adopted-wrap stack">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        accessibility={{ announcements, screenReaderInstructions: AGREEMENT_DRAG_INSTRUCTIONS }}
        onDragStart={() => {
          clearError();
          keep.current = null;
          setFrozen(latest.current.adopted);
        }}
        onDragEnd={onDragEnd}
        onDragCancel={() => setFrozen(null)}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol ref={list} className="adopted-list" aria-label="Our agreements, in order">
            {shown.map((agreement, index) => (
              <AdoptedRow key={agreement.id} agreement={agreement} position={index + 1} total={shown.length} onAction={onAction} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <Pending shown={waiting} />
      <LiveMessage className="visually-hidden" text={said.text} serial={said.serial} />
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
