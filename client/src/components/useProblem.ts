import { useCallback, useState } from 'react';

/**
 * A problem with what someone typed, found before sending. `serial` grows with each time it is
 * shown, so the same words shown again are announced again (see ErrorMessage). `field` names the
 * control it is about, for aria-invalid, when a form has several.
 */
export interface Problem<F extends string = string> {
  message: string;
  serial: number;
  field: F | null;
}

export function useProblem<F extends string = string>() {
  const [problem, setProblem] = useState<Problem<F> | null>(null);
  const show = useCallback(
    (message: string, field: F | null = null) =>
      setProblem((before) => ({ message, field, serial: (before?.serial ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setProblem(null), []);
  return { problem, show, clear };
}
