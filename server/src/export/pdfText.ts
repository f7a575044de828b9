/**
 * Characters the built-in Helvetica can draw (its Windows-1252 set) beyond Latin-1: smart quotes,
 * dashes, the euro sign and the like. Anything else would come out as the wrong glyph.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Look-alikes for common characters the built-in font lacks. */
const LOOK_ALIKES: Record<string, string> = { '\u2212': '-', '\u2010': '-', '\u2011': '-', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2192': '->', '\u2190': '<-' };

/**
 * Text the built-in PDF font can show: letters with accents composed where possible, look-alikes
 * for a few symbols, and `?` for any other character (an emoji, another script) rather than a
 * wrong glyph or a crash. The Word, Markdown and CSV exports keep every character.
 */
export function pdfSafeText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (char === '\n' || (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)) out += char;
    else if (char === '\t') out += ' ';
    else if (LOOK_ALIKES[char]) out += LOOK_ALIKES[char];
    else if (code >= 0x20) out += '?';
  }
  return out;
}
