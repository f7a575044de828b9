import { useCallback, useLayoutEffect, useRef, type FocusEvent, type RefObject } from 'react';

/**
 * When this person's hand leaves the queue (given the floor, taken out by the host, the queue
 * cleared, or gone after a long time away) while focus is in the section, focus goes to the
 * section's heading: the "Put my hand down" button it may have been on is gone, and the heading
 * is where the news is. Focus elsewhere on the page is left alone.
 */
export function useFocusWhenHandLeaves(handId: string | null, section: RefObject<HTMLElement | null>, heading: RefObject<HTMLElement | null>) {
  /** The element in the section that last had focus, while focus has not moved out of it. */
  const focused = useRef<Element | null>(null);
  const before = useRef(handId);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    focused.current = event.target;
  }, []);
  // Focus with nowhere to go (the button was removed, or a click landed on plain text) is
  // decided below, by whether that element is still on the page.
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const to = event.relatedTarget;
    if (to !== null && !event.currentTarget.contains(to)) focused.current = null;
  }, []);

  useLayoutEffect(() => {
    const had = before.current;
    before.current = handId;
    if (had === null || handId !== null) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body;
    const inside = (section.current?.contains(active) ?? false) || (lost && focused.current !== null && !focused.current.isConnected);
    if (inside && active !== heading.current) heading.current?.focus();
  }, [handId, section, heading]);

  return { onFocus, onBlur };
}
