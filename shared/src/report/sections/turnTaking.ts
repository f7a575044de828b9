import type { RoomState } from '../../state.ts';
import { personKey } from '../../tools/queueOrder.ts';
import type { SpeakingStat } from '../../tools/queue.ts';
import type { ReportBlock, ReportSection, SectionContext } from '../model.ts';
import { duration, percent, plural } from '../words.ts';

/** Everyone's turns and talking time, the turn still going counted up to `now`. Largest share first. */
function sharesOf(state: RoomState, now: number): SpeakingStat[] {
  const stats = { ...state.queue.stats };
  const speaker = state.queue.speaker;
  if (speaker) {
    const key = personKey(speaker.memberId, speaker.name);
    const before = stats[key] ?? { name: speaker.name, turns: 1, speakingMs: 0 };
    stats[key] = { ...before, speakingMs: before.speakingMs + Math.max(0, now - speaker.startedAt) };
  }
  return Object.values(stats).sort((a, b) => b.speakingMs - a.speakingMs || b.turns - a.turns);
}

/** How evenly the turns were shared: how many spoke, and the share of the quarter who spoke longest. */
function evenness(shares: SpeakingStat[], totalMs: number): string {
  if (shares.length === 1) return 'One person had every turn.';
  const topCount = Math.max(1, Math.ceil(shares.length / 4));
  const topMs = shares.slice(0, topCount).reduce((sum, share) => sum + share.speakingMs, 0);
  const who = topCount === 1 ? 'The person who spoke longest' : `The ${topCount} people who spoke longest (a quarter of the speakers)`;
  return `${who} had ${percent(topMs, totalMs)} of the speaking time. If everyone had spoken equally, that would be ${percent(topCount, shares.length)}.`;
}

/** The speaking queue: how many spoke and how evenly turns were shared; names only if chosen. */
export function turnTakingSection(state: RoomState, ctx: SectionContext): ReportSection | null {
  const shares = sharesOf(state, ctx.now).filter((share) => share.turns > 0);
  if (!shares.length) return null;
  const totalMs = shares.reduce((sum, share) => sum + share.speakingMs, 0);
  const turns = shares.reduce((sum, share) => sum + share.turns, 0);
  const fewest = shares.reduce((least, share) => Math.min(least, share.turns), Infinity);
  const most = shares.reduce((largest, share) => Math.max(largest, share.turns), 0);
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: `${plural(shares.length, 'person', 'people')} spoke, in ${plural(turns, 'turn')} and ${duration(totalMs)} of speaking in all.`,
    },
    { kind: 'paragraph', text: evenness(shares, totalMs) },
    { kind: 'paragraph', text: fewest === most ? `Everyone who spoke had ${plural(most, 'turn')}.` : `People had from ${fewest} to ${plural(most, 'turn')} each.` },
    {
      kind: 'table',
      name: 'turn-taking',
      caption: 'Turns and speaking time, longest first',
      columns: ['Person', 'Turns', 'Speaking time', 'Share of speaking time'],
      rows: shares.map((share) => [ctx.nameOf(share.name), String(share.turns), duration(share.speakingMs), percent(share.speakingMs, totalMs)]),
    },
  ];
  return { id: 'queue', heading: 'Taking turns to speak', blocks };
}
