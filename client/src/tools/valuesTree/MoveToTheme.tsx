import type { Theme } from '@roundtable/shared';
import { useId } from 'react';
import { ROOTS } from './noteDrop.ts';
import { shortNote } from './valueDragWords.ts';

interface MoveToThemeProps {
  noteText: string;
  /** The column the value is in now: a theme id, or ROOTS. */
  current: string;
  themes: readonly Theme[];
  onMove: (column: string) => void;
}

/** "Move to theme": the same move as a drag, without dragging. */
export function MoveToTheme({ noteText, current, themes, onMove }: MoveToThemeProps) {
  const id = useId();
  return (
    <div className="values-move">
      <label htmlFor={id}>
        Move to theme
        <span className="visually-hidden">{` “${shortNote(noteText)}”`}</span>
      </label>
      <select id={id} value={current} onChange={(event) => onMove(event.target.value)}>
        <option value={ROOTS}>Not in a theme (roots)</option>
        {themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.name}
          </option>
        ))}
      </select>
    </div>
  );
}
