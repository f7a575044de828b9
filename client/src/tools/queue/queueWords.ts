import type { Hand, QueueCard, QueueState } from '@roundtable/shared';
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

/** Cards that jump the line: a facilitator needs to hear when a hand switches to one. */
const URGENT_CARDS: ReadonlySet<QueueCard> = new Set(['process', 'explain']);

/**
 * What the console's announcer says about a change from `before` to `after`, or null for nothing:
 * hands raised from phones (guests' hands are added at the console itself), and hands switched to
 * "Point of process" or "Please explain that".
 */
export function handNews(before: readonly Hand[], after: readonly Hand[]): string | null {
  const cards = new Map(before.map((hand) => [hand.id, hand.card]));
  const fresh = after.filter((hand) => !cards.has(hand.id) && hand.memberId !== null);
  const switched = after.filter((hand) => {
    const was = cards.get(hand.id);
    return was !== undefined && was !== hand.card && URGENT_CARDS.has(hand.card);
  });
  const [first] = fresh;
  const raised = fresh.length === 1 && first ? [`Hand up: ${consoleName(first.name)}, ${CARD_LABEL[first.card]}.`] : fresh.length > 1 ? [`${fresh.length} new hands up.`] : [];
  const changed = switched.map((hand) => `${consoleName(hand.name)} changed card: ${CARD_LABEL[hand.card]}.`);
  const news = [...raised, ...changed];
  return news.length ? news.join(' ') : null;
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

interface MyPlace {
  /** The hand's place counting from 1, or null when it is down. */
  place: number | null;
  /** Whether a raise (or change of card) from this phone is waiting for the server. */
  raising: boolean;
  /** Whether the server already has the hand up, so a pending raise is a change of card. */
  upOnServer: boolean;
  speaking: boolean;
}

/**
 * The phone's live line about its own hand. A phone has nobody's speaking times, so with the fair
 * order on it cannot tell where a hand it raises will go: the place waits for the server's answer
 * rather than showing a guess. While speaking the line is empty: YourTurn says so, once.
 */
export function myPlaceText({ place, raising, upOnServer, speaking }: MyPlace): string {
  if (place === null) return speaking ? '' : 'Your hand is down.';
  if (raising) return upOnServer ? 'Changing your card…' : 'Raising your hand…';
  return `${placeText(place)}.`;
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
