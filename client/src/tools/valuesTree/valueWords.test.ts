import { describe, expect, it } from 'vitest';
import { authorLabel, themeDetail, voteSteps, votersText, votesLeftText, writtenSoFar } from './valueWords.ts';

describe('votes left', () => {
  it.each([
    { used: 0, allowed: 3, text: 'You have 3 of 3 votes left.' },
    { used: 1, allowed: 3, text: 'You have 2 of 3 votes left.' },
    { used: 3, allowed: 3, text: 'You have used all 3 votes.' },
    { used: 0, allowed: 1, text: 'You have 1 of 1 vote left.' },
    { used: 1, allowed: 1, text: 'You have used your vote.' },
    { used: 4, allowed: 2, text: 'You have used all 2 votes.' },
  ])('says $text for $used used of $allowed', ({ used, allowed, text }) => {
    expect(votesLeftText(used, allowed)).toBe(text);
  });

  it('offers another vote only while some are left, and takes one back only from a theme that has one', () => {
    expect(voteSteps(0, 0, 2)).toEqual({ more: true, fewer: false });
    expect(voteSteps(1, 1, 2)).toEqual({ more: true, fewer: true });
    expect(voteSteps(0, 2, 2)).toEqual({ more: false, fewer: false });
    expect(voteSteps(2, 2, 2)).toEqual({ more: false, fewer: true });
  });
});

describe('value words', () => {
  it('counts what is written without showing it', () => {
    expect([0, 1, 7].map(writtenSoFar)).toEqual(['No values written yet', '1 value written so far', '7 values written so far']);
  });

  it('names the writer only as they chose', () => {
    expect(authorLabel({ authorName: 'Aisha' })).toBe('Aisha');
    expect(authorLabel({ authorName: null })).toBe('Name not shown');
  });

  it('adds votes to a theme only once they are shown', () => {
    expect(themeDetail(1, undefined)).toBe('1 value');
    expect(themeDetail(4, 0)).toBe('4 values · 0 votes');
    expect(themeDetail(4, 1)).toBe('4 values · 1 vote');
  });

  it('says how many people have voted', () => {
    expect([0, 1, 3].map(votersText)).toEqual(['Nobody has voted yet', '1 person has voted', '3 people have voted']);
  });
});
