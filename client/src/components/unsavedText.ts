import { useEffect } from 'react';

/** One entry per form that holds typed words not yet sent. Module state: it is only ever read on demand. */
const unsaved = new Set<symbol>();

/**
 * Reports, while `dirty`, that the calling form holds words not yet sent, so the page does not
 * pull the form away from under someone who is writing (see useOpenTool).
 */
export function useUnsavedText(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return undefined;
    const token = Symbol('unsaved text');
    unsaved.add(token);
    return () => {
      unsaved.delete(token);
    };
  }, [dirty]);
}

/** Whether any form on the page holds words not yet sent. */
export function hasUnsavedText(): boolean {
  return unsaved.size > 0;
}
