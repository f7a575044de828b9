import type { Hand } from '@roundtable/shared';
import { useCallback, useEffect, useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

/** A control in a hand's row, by its `data-control`. */
export type RowControl = 'handle' | 'name' | 'up' | 'down' | 'pick' | 'remove';

interface Target {
  handId: string;
  control: RowControl;
}

const CONTROLS: readonly string[] = ['handle', 'name', 'up', 'down', 'pick', 'remove'] satisfies RowControl[];

function targetOf(element: EventTarget | null): Target | null {
  if (!(element instanceof Element)) return null;
  const handId = element.closest('[data-hand-id]')?.getAttribute('data-hand-id');
  const control = element.closest('[data-control]')?.getAttribute('data-control');
  return handId && control && CONTROLS.includes(control) ? { handId, control: control as RowControl } : null;
}

function find(list: HTMLElement | null, { handId, control }: Target): HTMLElement | null {
  const rows = list ? Array.from(list.querySelectorAll<HTMLElement>('[data-hand-id]')) : [];
  const row = rows.find((element) => element.dataset.handId === handId);
  return row?.querySelector<HTMLElement>(`[data-control="${control}"]`) ?? null;
}

/**
 * Keeps keyboard focus in the hand list as hands move and leave, whoever moved them. React moves
 * a row's element to reorder it, and a moved element loses focus, so the control that had focus
 * (remembered by its hand and its `data-control`) gets it back; a move made here can also ask for
 * a control with `keep`. When the focused hand leaves (given the floor, removed, or lowered from a
 * phone), focus goes to the next hand's name, else the one before, else `fallback`: never back to
 * the top of the page. Focus the person has taken elsewhere is never pulled back into the list.
 */
export function useHandFocus(hands: readonly Hand[], list: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>) {
  const focused = useRef<Target | null>(null);
  const wanted = useRef<Target | null>(null);
  const before = useRef(hands);
  const check = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(check.current), []);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    clearTimeout(check.current);
    focused.current = targetOf(event.target);
  }, []);
  const onBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const to = event.relatedTarget;
      if (to !== null) {
        if (!event.currentTarget.contains(to)) focused.current = null;
        return;
      }
      // Focus went nowhere. Either a change to the list moved or removed the focused row (the
      // layout effect below then puts focus back at once), or the person clicked somewhere that
      // takes no focus. Chromium fires this blur before the row leaves the document, so the row
      // being in the document cannot tell the two apart; focus being back in the list by the next
      // task can. If it is not, the person left the list, and a later change must not pull them back.
      clearTimeout(check.current);
      check.current = setTimeout(() => {
        if (!(list.current?.contains(document.activeElement) ?? false)) focused.current = null;
      }, 0);
    },
    [list],
  );
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
    const was = focused.current;
    if (!lost || was === null) return;
    if (hands.some((hand) => hand.id === was.handId)) {
      // The row was moved (by this console or another device): the same control takes focus again.
      find(list.current, was)?.focus();
      return;
    }
    const still = new Set(hands.map((hand) => hand.id));
    const index = previous.findIndex((hand) => hand.id === was.handId);
    const after = index < 0 ? [] : previous.slice(index + 1);
    const earlier = index < 0 ? [] : previous.slice(0, index).reverse();
    const neighbour = [...after, ...earlier].find((hand) => still.has(hand.id));
    const target = neighbour ? find(list.current, { handId: neighbour.id, control: 'name' }) : null;
    (target ?? fallback.current)?.focus();
  }, [hands, list, fallback]);

  return { onFocus, onBlur, keep };
}
