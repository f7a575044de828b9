import type { Theme } from '@roundtable/shared';
import { MergeTheme } from './MergeTheme.tsx';
import { RemoveTheme } from './RemoveTheme.tsx';
import { RenameTheme } from './RenameTheme.tsx';

/** A theme's own tools: rename, merge into another, remove. */
export function ThemeTools({ theme, themes }: { theme: Theme; themes: readonly Theme[] }) {
  return (
    <div className="values-theme-tools">
      <RenameTheme theme={theme} />
      <MergeTheme theme={theme} themes={themes} />
      <RemoveTheme theme={theme} />
    </div>
  );
}
