import type { ValueNote, ValuesPhase } from '@roundtable/shared';

/** The phases as the facilitator's stepper names them, in order. */
export const PHASE_LABEL: Record<ValuesPhase, string> = {
  reflect: '1. Think alone',
  roots: '2. Show the roots',
  trunk: '3. Group into themes',
  vote: '4. Vote',
  leaves: '5. Agree shared values',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const valuesCount = (count: number) => plural(count, 'value', 'values');

/** "5 values written so far", before the reveal: the number everyone may see. */
export function writtenSoFar(count: number): string {
  return count === 0 ? 'No values written yet' : `${valuesCount(count)} written so far`;
}

/** Who wrote a note, as they chose. */
export function authorLabel(note: Pick<ValueNote, 'authorName'>): string {
  return note.authorName ?? 'Name not shown';
}

/** The line under a theme: how many values, and its votes once they are shown. */
export function themeDetail(noteCount: number, votes: number | undefined): string {
  const values = valuesCount(noteCount);
  return votes === undefined ? values : `${values} · ${plural(votes, 'vote', 'votes')}`;
}

export function votersText(voters: number): string {
  return voters === 0 ? 'Nobody has voted yet' : `${plural(voters, 'person has', 'people have')} voted`;
}

/** What a phone says about its votes, as they change. */
export function votesLeftText(used: number, allowed: number): string {
  const left = Math.max(0, allowed - used);
  if (left === 0) return allowed === 1 ? 'You have used your vote.' : `You have used all ${allowed} votes.`;
  return `You have ${left} of ${plural(allowed, 'vote', 'votes')} left.`;
}

/** Whether one more vote can go on a theme, and whether one can come back from it. */
export function voteSteps(mine: number, used: number, allowed: number): { more: boolean; fewer: boolean } {
  return { more: used < allowed, fewer: mine > 0 };
}
