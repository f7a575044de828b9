import type { Hand } from '@roundtable/shared';
import { useCallback, useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

/** A control in a hand's row, by its `data-control`. */
export type RowControl = 'handle' | 'name' | 'up' | 'down';

interface Target {
  handId: string;
  control: RowControl;
}

const handIdOf = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest('[data-hand-id]')?.getAttribute('data-hand-id') ?? null) : null;

function find(list: HTMLElement | null, { handId, control }: Target): HTMLElement | null {
  return list?.querySelector<HTMLElement>(`[data-hand-id="${CSS.escape(handId)}"] [data-control="${control}"]`) ?? null;
}

/**
 * Keeps keyboard focus in the hand list as hands move and leave. React moves a row's element to
 * reorder it, and a moved element loses focus, so a move asks for its control back with `keep`.
 * When the focused hand leaves (given the floor, removed, or lowered from a phone), focus goes to
 * the next hand's name, else the one before, else `fallback`: never back to the top of the page.
 */
export function useHandFocus(hands: readonly Hand[], list: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>) {
  const focusedId = useRef<string | null>(null);
  const wanted = useRef<Target | null>(null);
  const before = useRef(hands);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    focusedId.current = handIdOf(event.target);
  }, []);
  // A blur with nowhere to go (the element was moved or removed) keeps the id.
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const to = event.relatedTarget;
    if (to !== null && !event.currentTarget.contains(to)) focusedId.current = null;
  }, []);
  const keep = useCallback((handId: string, control: RowControl) => {
    wanted.current = { handId, control };
  }, []);

  useLayoutEffect(() => {
    const previous = before.current;
    before.current = hands;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    const asked = wanted.current;
    wanted.current = null;
    // Only while focus is still in the list, or was lost by the move: never taken from elsewhere.
    if (asked && (lost || (list.current?.contains(active) ?? false))) {
      const element = find(list.current, asked);
      if (element) {
        if (element !== active) element.focus();
        return;
      }
    }
    const id = focusedId.current;
    if (!lost || id === null || hands.some((hand) => hand.id === id)) return;
    const still = new Set(hands.map((hand) => hand.id));
    const index = previous.findIndex((hand) => hand.id === id);
    const after = index < 0 ? [] : previous.slice(index + 1);
    const earlier = index < 0 ? [] : previous.slice(0, index).reverse();
    const neighbour = [...after, ...earlier].find((hand) => still.has(hand.id));
    const target = neighbour ? find(list.current, { handId: neighbour.id, control: 'name' }) : null;
    (target ?? fallback.current)?.focus();
  }, [hands, list, fallback]);

  return { onFocus, onBlur, keep };
}
