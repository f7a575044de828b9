import { FACILITATOR_MEMBER_ID, type Proposal } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { respondentsText, suggestedBy, supportText, tallyText, versionLabel } from './definitionWords.ts';

const proposal: Proposal = { id: 'p-1', text: 'equals', authorId: 'member-ben', authorName: 'Ben', anonymous: false, createdAt: 0, supportCount: 0 };

describe('definition words', () => {
  it('counts people and answers in plain words', () => {
    expect(respondentsText(0)).toBe('Nobody has answered yet.');
    expect(respondentsText(1)).toBe('1 person has answered so far.');
    expect(respondentsText(7)).toBe('7 people have answered so far.');
    expect(tallyText({ agree: 3, notSure: 1, disagree: 0 })).toBe('3 agree, 1 not sure, 0 disagree');
    expect(supportText(0)).toBe('No support yet');
    expect(supportText(1)).toBe('Supported by 1 person');
  });

  it('names a version by its number and the day it was agreed', () => {
    expect(versionLabel({ number: 2, text: 'x', proposalIds: [], adoptedAt: new Date(2026, 2, 14, 11).getTime() })).toBe('Version 2, agreed 14 March 2026');
  });

  it('hides the name of words suggested without one, except from their author', () => {
    expect(suggestedBy(proposal, null)).toBe('Suggested by Ben');
    expect(suggestedBy({ ...proposal, anonymous: true, authorName: null, authorId: null }, null)).toBe('Name not shown');
    expect(suggestedBy({ ...proposal, anonymous: true, authorName: null }, 'member-ben')).toBe('You suggested this (others do not see your name)');
    expect(suggestedBy({ ...proposal, authorId: FACILITATOR_MEMBER_ID, authorName: null }, null)).toBe('Suggested by the host');
  });
});
