import type { CheckIn, RoundAnswerRecord } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { answeredText, checkedInText, ordinal, talkText } from './agreementWords.ts';
import { answerStatus, checkInProgress, reasonChanged } from './phoneProgress.ts';

const answer = (reason: string | null, named = false): RoundAnswerRecord => ({ answer: 'notSure', reason, named, reasonKey: '1' });
const checkIn: CheckIn = { number: 1, startedAt: 0, endedAt: null, agreementIds: ['a', 'b', 'c'], talk: {}, done: 0, outcomes: {}, meeting: 2 };

describe('answerStatus', () => {
  it('says counted only once the server has the answer', () => {
    expect(answerStatus(undefined, false)).toBe('none');
    expect(answerStatus(answer(null), true)).toBe('sending');
    expect(answerStatus(answer(null), false)).toBe('counted');
  });
});

describe('reasonChanged', () => {
  it.each([
    { why: 'a reason typed after answering', mine: answer(null), typed: 'Too vague', named: false, changed: true },
    { why: 'the reason already sent', mine: answer('Too vague'), typed: ' Too vague ', named: false, changed: false },
    { why: 'the name now going with the reason', mine: answer('Too vague'), typed: 'Too vague', named: true, changed: true },
    { why: 'the name ticked with no reason at all', mine: answer(null), typed: '', named: true, changed: false },
    { why: 'a reason cleared', mine: answer('Too vague'), typed: '', named: false, changed: true },
  ])('tells apart $why', ({ mine, typed, named, changed }) => {
    expect(reasonChanged(mine, typed, named)).toBe(changed);
  });
});

describe('checkInProgress', () => {
  it('counts marks in the group’s order and finds the next one to do', () => {
    expect(checkInProgress(checkIn, {})).toEqual({ done: 0, total: 3, nextId: 'a' });
    expect(checkInProgress(checkIn, { a: 'works', c: 'talk' })).toEqual({ done: 2, total: 3, nextId: 'b' });
    expect(checkInProgress(checkIn, { a: 'works', b: 'works', c: 'talk' })).toEqual({ done: 3, total: 3, nextId: null });
  });

  it('leaves out marks for agreements this check-in does not include', () => {
    expect(checkInProgress(checkIn, { z: 'talk', a: 'works' })).toEqual({ done: 1, total: 3, nextId: 'b' });
  });
});

describe('counts in words', () => {
  it('says how many have answered, against the phones in the room when that makes sense', () => {
    expect(answeredText(9, 14)).toBe('9 of 14 have answered');
    expect(answeredText(1, null)).toBe('1 person has answered');
    expect(answeredText(3, 2)).toBe('3 people have answered');
  });

  it('says how many have checked in and want to talk', () => {
    expect(checkedInText(2, 5)).toBe('2 of 5 people have checked in');
    expect(checkedInText(1, 1)).toBe('1 of 1 person has checked in');
    expect(checkedInText(4, null)).toBe('4 people have checked in');
    expect(talkText(0)).toBe('Nobody wants to talk about this');
    expect(talkText(1)).toBe('1 person wants to talk about this');
  });

  it('counts places from 1st', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
});
