import type { QueueCard, QueueState } from '@roundtable/shared';
import { count } from '../../components/format.ts';

/** What each card's button says on a phone: in the person's own words. */
export const CARD_BUTTON: Record<QueueCard, string> = {
  speak: 'I’d like to speak',
  respond: 'I want to respond to this',
  process: 'Point of process',
  explain: 'Please explain that',
};

/** The line under each card's button on a phone, saying when to use it. */
export const CARD_HINT: Record<QueueCard, string> = {
  speak: 'Join the line to have your say.',
  respond: 'Say something about what was just said.',
  process: 'For example: we are off topic, or over time.',
  explain: 'A word or idea was not clear.',
};

/** The order a phone offers the cards in: the everyday one first. The queue's own order is by priority. */
export const PHONE_CARDS: readonly QueueCard[] = ['speak', 'respond', 'process', 'explain'];

/** How the console and the screen name a card beside a person's name. */
export const CARD_LABEL: Record<QueueCard, string> = {
  process: 'Point of process',
  explain: 'Please explain',
  respond: 'Responding',
  speak: 'Wants to speak',
};

/** A name on the console, where a missing one must still read as a person. */
export function consoleName(name: string | null): string {
  return name ?? 'Someone (name not shown)';
}

/** A name on the projector. */
export function screenName(name: string | null): string {
  return name ?? 'Someone';
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A phone's place in the queue, counting from 1. */
export function placeText(position: number): string {
  return position === 1 ? 'You are next' : `You are ${ordinal(position)} in line`;
}

/** How many people wait, for a phone whose hand is down. */
export function waitingText(waiting: number): string {
  if (waiting === 0) return 'Nobody is waiting to speak.';
  return `${count(waiting, 'person is', 'people are')} waiting to speak.`;
}

/** A speaking timer: "04:07", minutes and seconds (minutes go past 59). Never negative. */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}

/** The same time for the `dateTime` of a <time> element: "PT4M7S". */
export function isoDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `PT${Math.floor(seconds / 60)}M${seconds % 60}S`;
}

/** "30 seconds", "1 minute", "4 minutes and 12 seconds": a length of time in words. */
export function durationWords(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return count(seconds, 'second', 'seconds');
  const minutes = count(Math.floor(seconds / 60), 'minute', 'minutes');
  const rest = seconds % 60;
  return rest === 0 ? minutes : `${minutes} and ${count(rest, 'second', 'seconds')}`;
}

/** How long a hand has been up, to the minute: the list redraws only every few seconds. */
export function waitedText(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  return minutes === 0 ? 'Waiting less than a minute' : `Waiting ${count(minutes, 'minute', 'minutes')}`;
}

/** The soft limits a facilitator can choose, in seconds; null for none. */
export const SOFT_LIMIT_CHOICES: readonly (number | null)[] = [null, 60, 120, 180, 300];

export function softLimitText(seconds: number | null): string {
  return seconds === null ? 'No limit' : durationWords(seconds * 1000);
}

/** "3 people asked for a break": the console's private count. */
export function breakText(requests: number): string {
  if (requests === 0) return 'Nobody has asked for a break.';
  return `${count(requests, 'person', 'people')} asked for a break.`;
}

/** The words that stand for the screen's bar chart of how evenly people have spoken. */
export function balanceSummary(balance: QueueState['balance']): string {
  if (balance.length === 0) return 'Nobody has spoken yet.';
  const times = balance.map((share) => share.speakingMs);
  const most = Math.max(...times);
  // The first turn under way counts from when it ends, so "for 0 seconds" would mislead.
  if (balance.length === 1) return most < 1000 ? '1 person has spoken.' : `1 person has spoken, for ${durationWords(most)}.`;
  const least = durationWords(Math.min(...times));
  return `${balance.length} people have spoken. The most anyone has spoken is ${durationWords(most)}; the least is ${least}.`;
}
