/**
 * How wide an average character is, as a share of the font size. SVG text is not measured before
 * it is drawn, so the layout plans on a slightly generous width for the bold system font.
 */
export const CHAR_WIDTH_EM = 0.58;

/** How many characters fit on one line of `width` at `fontSize`. */
export function charsFitting(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH_EM)));
}

/**
 * `text` broken into at most `maxLines` lines of at most `maxChars` characters, at spaces where
 * it can be. What does not fit ends the last line with an ellipsis; the full words stay in the
 * drawing's description.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const word = words[index] ?? '';
    if (word.length > maxChars) {
      // A word longer than a line is broken where the line ends.
      const room = line ? maxChars - line.length - 1 : maxChars;
      if (room > 0) {
        line = line ? `${line} ${word.slice(0, room)}` : word.slice(0, room);
        words[index] = word.slice(room);
      }
      lines.push(line);
      line = '';
      continue;
    }
    const joined = line ? `${line} ${word}` : word;
    if (joined.length <= maxChars) {
      line = joined;
      index += 1;
    } else {
      lines.push(line);
      line = '';
    }
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (index < words.length) {
    const last = lines.length - 1;
    const cut = (lines[last] ?? '').slice(0, Math.max(0, maxChars - 1)).trimEnd();
    lines[last] = `${cut}…`;
  }
  return lines;
}
