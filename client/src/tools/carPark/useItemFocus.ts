import type { CarParkItem } from '@roundtable/shared';
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';

function itemIdOf(target: EventTarget): string | null {
  return target instanceof Element ? (target.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null) : null;
}

/** Which item of a list holds focus. Attach `onFocus` and `onBlur` to the list. */
export function useFocusedItem() {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => setFocusedId(itemIdOf(event.target)), []);
  // A blur with nowhere to go (the element was removed, or the window lost focus) keeps the id,
  // so useFocusAfterRemoval still knows where focus was.
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const to = event.relatedTarget;
    if (to !== null && !event.currentTarget.contains(to)) setFocusedId(null);
  }, []);
  return { focusedId, onFocus, onBlur };
}

/**
 * When the focused item leaves the list (removed here, or by someone else), focus goes to the next
 * item's text, else the one before, else `fallback`. Without this a removed item takes focus with
 * it, and keyboard and screen reader users are thrown back to the top of the page.
 */
export function useFocusAfterRemoval(
  shown: readonly CarParkItem[],
  focusedId: string | null,
  list: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
): void {
  const before = useRef(shown);
  useLayoutEffect(() => {
    const previous = before.current;
    before.current = shown;
    if (focusedId === null || shown.some((item) => item.id === focusedId)) return;
    const active = document.activeElement;
    // Focus went somewhere on purpose; only a focus that fell to the page is put back.
    if (active !== null && active !== document.body) return;
    const still = new Set(shown.map((item) => item.id));
    const index = previous.findIndex((item) => item.id === focusedId);
    const after = index < 0 ? [] : previous.slice(index + 1);
    const earlier = index < 0 ? [] : previous.slice(0, index).reverse();
    const neighbour = [...after, ...earlier].find((item) => still.has(item.id));
    const target = neighbour ? list.current?.querySelector<HTMLElement>(`[data-item-id="${neighbour.id}"] .item-text`) : null;
    (target ?? fallback.current)?.focus();
  }, [shown, focusedId, list, fallback]);
}
