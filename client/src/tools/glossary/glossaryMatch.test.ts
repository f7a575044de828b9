import { describe, expect, it } from 'vitest';
import { testEntry } from './glossaryTestEntries.ts';
import { splitByTerms, termPattern, type TextPart } from './glossaryMatch.ts';

/** The text with each marked word in [brackets], and which entry it was matched to after a colon. */
function marked(text: string, terms: string[]): string {
  const parts: TextPart[] = splitByTerms(text, termPattern(terms.map((term) => testEntry(term))));
  return parts.map((part) => (part.kind === 'text' ? part.text : `[${part.text}:${part.entry.term}]`)).join('');
}

describe('termPattern and splitByTerms', () => {
  it('marks whole words only, never a word inside another', () => {
    expect(marked('Care, carer and careful care.', ['care'])).toBe('[Care:care], carer and careful [care:care].');
    expect(marked('recommissioning is not commissioning', ['commissioning'])).toBe('recommissioning is not [commissioning:commissioning]');
  });

  it('marks a word in any case and keeps the case it was written in', () => {
    expect(marked('COMMISSIONING and Commissioning', ['commissioning'])).toBe('[COMMISSIONING:commissioning] and [Commissioning:commissioning]');
  });

  it('marks words made of several words, across any run of spaces', () => {
    expect(marked('Each care plan, each care  plan\nand care\nplan.', ['care plan'])).toBe(
      'Each [care plan:care plan], each [care  plan:care plan]\nand [care\nplan:care plan].',
    );
  });

  it('prefers the longest word: "care plan" over "care" where both fit', () => {
    expect(marked('My care plan and my care.', ['care', 'care plan'])).toBe('My [care plan:care plan] and my [care:care].');
  });

  it('finds words next to punctuation, and words with punctuation of their own', () => {
    expect(marked('(co-production), "co-production"! Co-production?', ['co-production'])).toBe(
      '([co-production:co-production]), "[co-production:co-production]"! [Co-production:co-production]?',
    );
    expect(marked('Ask the G.P. today. Ask the GP.', ['G.P.'])).toBe('Ask the [G.P.:G.P.] today. Ask the GP.');
  });

  it('treats letters of any script as part of a word', () => {
    expect(marked('Złoty, złotych; ЗАБОТА и забота.', ['złoty', 'забота'])).toBe('[Złoty:złoty], złotych; [ЗАБОТА:забота] и [забота:забота].');
    expect(marked('caféteria café', ['café'])).toBe('caféteria [café:café]');
  });

  it('marks only words the group agreed and gave a meaning', () => {
    const entries = [testEntry('asked', { agreed: false, meaning: null }), testEntry('suggested', { agreed: false })];
    expect(termPattern(entries)).toBeNull();
    expect(splitByTerms('asked and suggested', termPattern(entries))).toEqual([{ kind: 'text', text: 'asked and suggested' }]);
  });

  it('leaves text with no agreed word in it as one plain run', () => {
    expect(splitByTerms('Nothing to see', termPattern([testEntry('care')]))).toEqual([{ kind: 'text', text: 'Nothing to see' }]);
    expect(splitByTerms('', termPattern([testEntry('care')]))).toEqual([{ kind: 'text', text: '' }]);
  });
});
