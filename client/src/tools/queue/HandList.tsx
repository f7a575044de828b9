import type { Hand } from '@roundtable/shared';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { LiveMessage } from '../../components/LiveMessage.tsx';
import { Pending } from '../../components/Pending.tsx';
import { useAnnouncement } from '../../components/useAnnouncement.ts';
import { useCommand } from '../../components/useCommand.ts';
import { useServerNow } from '../../components/useServerNow.ts';
import { useHasPending } from '../../sync/optimistic.ts';
import { dropTarget } from './dragOrder.ts';
import { DRAG_INSTRUCTIONS, dragAnnouncements } from './dragWords.ts';
import { HandRow, type HandAction } from './HandRow.tsx';
import { consoleName, ordinal, waitedText } from './queueWords.ts';
import { useHandFocus, type RowControl } from './useHandFocus.ts';
import { useOrderedHands } from './useQueue.ts';

/** How often the waiting times redraw: they are shown to the minute. */
const WAITED_TICK_MS = 5_000;
const LIST_COMMANDS = ['queue.moveHand', 'queue.removeHand', 'queue.addGuestHand'] as const;

interface HandListProps {
  /** Where focus goes when the last hand it was on leaves. */
  fallback: RefObject<HTMLElement | null>;
}

/**
 * The queue in order, for the facilitator. Drag a hand by its handle (mouse, touch, or the
 * keyboard: Space, arrows, Space), or use its buttons. A drag works over the order as it was when
 * it began, so hands moving on other devices do not shift the list under it; only this screen
 * shows the new order while dragging, dropping sends one move, and Escape puts everything back.
 */
export function HandList({ fallback }: HandListProps) {
  const hands = useOrderedHands();
  /** The order when the current drag began, shown until it ends; null when nothing is dragged. */
  const [frozen, setFrozen] = useState<Hand[] | null>(null);
  const shown = frozen ?? hands;
  const now = useServerNow(WAITED_TICK_MS);
  const waiting = useHasPending(LIST_COMMANDS);
  const { run, error, clearError } = useCommand();
  const [said, say] = useAnnouncement();
  const list = useRef<HTMLOListElement>(null);
  const errorId = useId();
  const { onFocus, onBlur, keep } = useHandFocus(shown, list, fallback);
  const ids = useMemo(() => shown.map((hand) => hand.id), [shown]);
  const announcements = useMemo(() => dragAnnouncements(shown, hands), [shown, hands]);
  // The buttons' handler reads the hands from here, so it stays the same function and each row's
  // memo holds; it is only called from events, after this has been brought up to date.
  const latest = useRef({ shown, hands });
  useLayoutEffect(() => {
    latest.current = { shown, hands };
  });
  // A press and small movement starts a mouse drag; a touch must rest briefly, so a swipe still scrolls.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  /** Sends one move, keeping focus on `control` of the moved hand. */
  const move = useCallback(
    (hand: Hand, afterHandId: string | null, control: RowControl) => {
      keep(hand.id, control);
      clearError();
      void run('queue.moveHand', { handId: hand.id, afterHandId });
    },
    [keep, run, clearError],
  );

  const onAction = useCallback(
    (hand: Hand, action: HandAction) => {
      const live = latest.current.hands;
      const index = live.findIndex((other) => other.id === hand.id);
      if (index < 0) return;
      clearError();
      if (action === 'up' || action === 'down') {
        const to = action === 'up' ? index - 1 : index + 1;
        const others = live.filter((other) => other.id !== hand.id);
        move(hand, others[to - 1]?.id ?? null, action);
        // A drag is announced by the drag-and-drop library; the buttons are announced here.
        say(`${consoleName(hand.name)} is now ${ordinal(to + 1)} in line.`);
      } else if (action === 'pick') void run('queue.pick', { handId: hand.id });
      else {
        void run('queue.removeHand', { handId: hand.id });
        say(`${consoleName(hand.name)} was taken out of the queue.`);
      }
    },
    [move, run, clearError, say],
  );

  function onDragStart() {
    clearError();
    setFrozen(latest.current.hands);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const { shown: seen, hands: live } = latest.current;
    setFrozen(null);
    const drop = over ? dropTarget(seen, live, String(active.id), String(over.id)) : null;
    const hand = live.find((other) => other.id === active.id);
    if (drop && hand) move(hand, drop.afterHandId, 'handle');
  }

  return (
    <div className="hand-list-wrap stack">
      {shown.length === 0 ? <p className="hand-list-empty">No hands are up.</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        accessibility={{ announcements, screenReaderInstructions: DRAG_INSTRUCTIONS }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setFrozen(null)}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          {shown.length > 0 ? (
            <ol ref={list} className="hand-list" aria-label="People waiting to speak, in order" onFocus={onFocus} onBlur={onBlur}>
              {shown.map((hand, index) => (
                <HandRow key={hand.id} hand={hand} position={index + 1} total={shown.length} waited={waitedText(now - hand.raisedAt)} onAction={onAction} />
              ))}
            </ol>
          ) : null}
        </SortableContext>
      </DndContext>
      <Pending shown={waiting} />
      <LiveMessage className="visually-hidden" text={said.text} serial={said.serial} />
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
