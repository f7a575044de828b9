import { describe, expect, it } from 'vitest';
import { testEntry } from './glossaryTestEntries.ts';
import { searchEntries, searchResultText } from './glossarySearch.ts';

const advocate = testEntry('Advocate', { meaning: 'Someone who speaks up for you.' });
const carePlan = testEntry('Care plan', { meaning: 'What support you get, written down.' });
const cafe = testEntry('Café', { meaning: null, agreed: false });
const entries = [advocate, carePlan, cafe];

describe('searchEntries', () => {
  it('finds words by their term or their meaning, in any case', () => {
    expect(searchEntries(entries, 'ADVO')).toEqual([advocate]);
    expect(searchEntries(entries, 'speaks UP')).toEqual([advocate]);
    expect(searchEntries(entries, 'written')).toEqual([carePlan]);
  });

  it('needs every word searched for, in any order', () => {
    expect(searchEntries(entries, 'plan care')).toEqual([carePlan]);
    expect(searchEntries(entries, 'care speaks')).toEqual([]);
  });

  it('ignores accents, so a phone without them still finds the word', () => {
    expect(searchEntries(entries, 'cafe')).toEqual([cafe]);
  });

  it('shows everything, in the order given, when nothing is searched for', () => {
    expect(searchEntries(entries, '   ')).toBe(entries);
  });
});

describe('searchResultText', () => {
  it('says how many words match, or that none do, and nothing without a search', () => {
    expect(searchResultText(1, 3, ' advo ')).toBe('1 of 3 words matches “advo”.');
    expect(searchResultText(2, 3, 'care')).toBe('2 of 3 words match “care”.');
    expect(searchResultText(0, 1, 'zebra')).toBe('No words match “zebra”.');
    expect(searchResultText(3, 3, '')).toBe('');
  });
});
