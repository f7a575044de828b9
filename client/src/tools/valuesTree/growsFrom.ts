import type { Leaf, Theme } from '@roundtable/shared';

/** "Grows from: Respect, Being heard", naming the themes still on the tree. */
export function growsFrom(leaf: Pick<Leaf, 'themeIds'>, themes: readonly Theme[]): string {
  const names = themes.filter((theme) => leaf.themeIds.includes(theme.id)).map((theme) => theme.name);
  return names.length ? `Grows from: ${names.join(', ')}` : 'Not linked to a theme';
}
