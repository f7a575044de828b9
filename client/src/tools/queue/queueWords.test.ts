import type { Hand, QueueCard } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import {
  balanceSummary,
  breakText,
  clock,
  durationWords,
  handNews,
  isoDuration,
  myPlaceText,
  ordinal,
  placeText,
  waitedText,
  waitingText,
} from './queueWords.ts';

describe('ordinal and placeText', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [102, '102nd'],
    [111, '111th'],
  ])('%i is %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });

  it('says "next" for the first place and counts the rest', () => {
    expect(placeText(1)).toBe('You are next');
    expect(placeText(2)).toBe('You are 2nd in line');
    expect(placeText(23)).toBe('You are 23rd in line');
  });
});

describe('times', () => {
  it.each([
    [-500, '00:00', 'PT0M0S'],
    [999, '00:00', 'PT0M0S'],
    [61_000, '01:01', 'PT1M1S'],
    [75 * 60_000 + 3_000, '75:03', 'PT75M3S'],
  ])('%i ms reads %s on a timer', (ms, shown, iso) => {
    expect(clock(ms)).toBe(shown);
    expect(isoDuration(ms)).toBe(iso);
  });

  it.each([
    [0, '0 seconds'],
    [1_000, '1 second'],
    [30_000, '30 seconds'],
    [60_000, '1 minute'],
    [252_000, '4 minutes and 12 seconds'],
    [121_000, '2 minutes and 1 second'],
  ])('%i ms is "%s"', (ms, words) => {
    expect(durationWords(ms)).toBe(words);
  });

  it('says how long a hand has waited, to the minute', () => {
    expect(waitedText(59_999)).toBe('Waiting less than a minute');
    expect(waitedText(60_000)).toBe('Waiting 1 minute');
    expect(waitedText(185_000)).toBe('Waiting 3 minutes');
  });
});

describe('counts in plain words', () => {
  it.each([
    [0, 'Nobody is waiting to speak.', 'Nobody has asked for a break.'],
    [1, '1 person is waiting to speak.', '1 person asked for a break.'],
    [3, '3 people are waiting to speak.', '3 people asked for a break.'],
  ])('%i', (n, waiting, breaks) => {
    expect(waitingText(n)).toBe(waiting);
    expect(breakText(n)).toBe(breaks);
  });
});

describe('balanceSummary', () => {
  const share = (seconds: number) => ({ turns: 1, speakingMs: seconds * 1000 });

  it.each([
    { balance: [], words: 'Nobody has spoken yet.' },
    { balance: [share(0)], words: '1 person has spoken.' },
    { balance: [share(90)], words: '1 person has spoken, for 1 minute and 30 seconds.' },
    {
      balance: [share(240), share(100), share(30)],
      words: '3 people have spoken. The most anyone has spoken is 4 minutes; the least is 30 seconds.',
    },
  ])('$words', ({ balance, words }) => {
    expect(balanceSummary(balance)).toBe(words);
  });
});

describe('myPlaceText', () => {
  const at = (place: number | null, more: Partial<Parameters<typeof myPlaceText>[0]> = {}) =>
    myPlaceText({ place, raising: false, upOnServer: false, speaking: false, ...more });

  it('gives the place once the server has the hand where it stays', () => {
    expect(at(1)).toBe('You are next.');
    expect(at(3)).toBe('You are 3rd in line.');
  });

  it('shows no guessed place while a raise or a change of card waits for the server', () => {
    expect(at(1, { raising: true })).toBe('Raising your hand…');
    expect(at(2, { raising: true, upOnServer: true })).toBe('Changing your card…');
  });

  it('leaves being given the floor to YourTurn', () => {
    expect(at(null, { speaking: true })).toBe('');
    expect(at(null)).toBe('Your hand is down.');
  });
});

describe('handNews', () => {
  const hand = (id: string, card: QueueCard, memberId: string | null = `member-${id}`): Hand => ({
    id,
    memberId,
    name: id[0]!.toUpperCase() + id.slice(1),
    card,
    raisedAt: 0,
    sortKey: id,
  });

  it.each([
    { why: 'nothing new', before: [hand('ana', 'speak')], after: [hand('ana', 'speak')], news: null },
    { why: 'a hand up from a phone', before: [], after: [hand('ana', 'respond')], news: 'Hand up: Ana, Responding.' },
    { why: 'several hands up', before: [], after: [hand('ana', 'speak'), hand('ben', 'speak')], news: '2 new hands up.' },
    { why: 'a guest added at the console', before: [], after: [hand('pat', 'speak', null)], news: null },
    { why: 'a switch to a point of process', before: [hand('ana', 'speak')], after: [hand('ana', 'process')], news: 'Ana changed card: Point of process.' },
    { why: 'a switch to please explain', before: [hand('ana', 'respond')], after: [hand('ana', 'explain')], news: 'Ana changed card: Please explain.' },
    { why: 'a switch to an everyday card', before: [hand('ana', 'process')], after: [hand('ana', 'speak')], news: null },
    {
      why: 'a hand up and a switch at once',
      before: [hand('ana', 'speak')],
      after: [hand('ana', 'process'), hand('ben', 'speak')],
      news: 'Hand up: Ben, Wants to speak. Ana changed card: Point of process.',
    },
  ])('$why', ({ before, after, news }) => {
    expect(handNews(before, after)).toBe(news);
  });
});
