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
import { useCallback, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useCommand } from '../../components/useCommand.ts';
import { useServerNow } from '../../components/useServerNow.ts';
import { DRAG_INSTRUCTIONS, dragAnnouncements } from './dragWords.ts';
import { HandRow, type HandAction } from './HandRow.tsx';
import { consoleName, ordinal } from './queueWords.ts';
import { useHandFocus } from './useHandFocus.ts';
import { useHasPendingOf, useOrderedHands } from './useQueue.ts';

/** How often the waiting times redraw: they are shown to the minute. */
const WAITED_TICK_MS = 5_000;
const LIST_COMMANDS = ['queue.moveHand', 'queue.removeHand', 'queue.addGuestHand'] as const;

interface HandListProps {
  /** Where focus goes when the last hand it was on leaves. */
  fallback: RefObject<HTMLElement | null>;
}

/**
 * The queue in order, for the facilitator. Drag a hand by its handle (mouse, touch, or the
 * keyboard: Space, arrows, Space), or use its buttons. While dragging, only this screen shows the
 * new order; dropping sends one move, and Escape puts everything back.
 */
export function HandList({ fallback }: HandListProps) {
  const hands = useOrderedHands();
  const now = useServerNow(WAITED_TICK_MS);
  const waiting = useHasPendingOf(LIST_COMMANDS);
  const { run, error, clearError } = useCommand();
  const [said, setSaid] = useState<{ text: string; serial: number }>({ text: '', serial: 0 });
  const list = useRef<HTMLOListElement>(null);
  const errorId = useId();
  const { onFocus, onBlur, keep } = useHandFocus(hands, list, fallback);
  const ids = useMemo(() => hands.map((hand) => hand.id), [hands]);
  const announcements = useMemo(() => dragAnnouncements(hands), [hands]);
  // A press and small movement starts a mouse drag; a touch must rest briefly, so a swipe still scrolls.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const say = useCallback((text: string) => setSaid((before) => ({ text, serial: before.serial + 1 })), []);

  /** Puts `hand` at place `to` (counting from 0) with one command, keeping focus on `control`. */
  const moveTo = useCallback(
    (hand: Hand, to: number, control: 'handle' | 'up' | 'down') => {
      const others = hands.filter((other) => other.id !== hand.id);
      keep(hand.id, control);
      clearError();
      void run('queue.moveHand', { handId: hand.id, afterHandId: others[to - 1]?.id ?? null });
      // A drag is already announced by the drag-and-drop library; the buttons are announced here.
      if (control !== 'handle') say(`${consoleName(hand.name)} is now ${ordinal(to + 1)} in line.`);
    },
    [hands, keep, run, clearError, say],
  );

  const onAction = useCallback(
    (hand: Hand, action: HandAction) => {
      const index = hands.findIndex((other) => other.id === hand.id);
      if (index < 0) return;
      clearError();
      if (action === 'up' || action === 'down') moveTo(hand, action === 'up' ? index - 1 : index + 1, action);
      else if (action === 'pick') void run('queue.pick', { handId: hand.id });
      else {
        void run('queue.removeHand', { handId: hand.id });
        say(`${consoleName(hand.name)} was taken out of the queue.`);
      }
    },
    [hands, moveTo, run, clearError, say],
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    const from = ids.indexOf(String(active.id));
    const to = over ? ids.indexOf(String(over.id)) : -1;
    const hand = hands[from];
    if (!hand || to < 0 || from === to) return;
    moveTo(hand, to, 'handle');
  }

  return (
    <div className="hand-list-wrap stack">
      {hands.length === 0 ? <p className="hand-list-empty">No hands are up.</p> : null}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        accessibility={{ announcements, screenReaderInstructions: DRAG_INSTRUCTIONS }}
        onDragEnd={onDragEnd}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          {hands.length > 0 ? (
            <ol ref={list} className="hand-list" aria-label="People waiting to speak, in order" onFocus={onFocus} onBlur={onBlur}>
              {hands.map((hand, index) => (
                <HandRow key={hand.id} hand={hand} position={index + 1} total={hands.length} now={now} onAction={onAction} />
              ))}
            </ol>
          ) : null}
        </SortableContext>
      </DndContext>
      {waiting ? <p className="pending">Waiting to send…</p> : null}
      <p role="status" className="visually-hidden">
        {said.text ? <span key={said.serial}>{said.text}</span> : null}
      </p>
      <ErrorMessage id={errorId} message={error} />
    </div>
  );
}
