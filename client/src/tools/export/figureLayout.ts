import type { ReportFigure } from '@roundtable/shared';

/** The picture's width in its own units; it is scaled to the page, about one unit a pixel on a phone. */
export const FIGURE_WIDTH = 340;
export const FIGURE_TEXT = 16;
export const FIGURE_LINE = 21;
const GUTTER = 22;
export const FIGURE_PADDING = 8;
export const MARKER_ROOM = 16;
const PADDING = FIGURE_PADDING;
/** A wide average letter, so wrapped lines never run past their box. */
const LETTER = 0.6 * FIGURE_TEXT;

/** Words broken into lines of at most `chars` letters; a word longer than a line is cut. */
export function wrapWords(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest; ) {
      const joined = line ? `${line} ${rest}` : rest;
      if (joined.length <= chars) {
        line = joined;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, chars));
        rest = rest.slice(chars);
      }
    }
  }
  return line ? [...lines, line] : lines;
}

/** One line of text in an area, where its baseline sits. */
export interface AreaLine {
  text: string;
  y: number;
  /** The area's own label, drawn bold. */
  label: boolean;
  /** Drawn after the room for a marker: every line of an entry. */
  indented: boolean;
  /** On an entry's first line: a ring (true) or a dot (false); otherwise none. */
  marker: boolean | null;
}

export interface AreaLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  stressed: boolean;
  lines: AreaLine[];
}

export interface FigureLayout {
  top: { x: number; y: number; text: string };
  areas: AreaLayout[];
  square: { x: number; top: number; bottom: number; right: number };
  bottom: { y: number; text: string };
  arrowY: number;
  sidesY: number;
  left: string;
  right: string;
  keyY: number;
  height: number;
}

/** Where everything in the picture goes: the four areas sized to their entries, the arrows, side words and the key. */
export function layoutFigure(figure: ReportFigure): FigureLayout {
  const half = (FIGURE_WIDTH - GUTTER) / 2;
  const labelChars = Math.floor((half - 2 * PADDING) / LETTER);
  const entryChars = Math.floor((half - 2 * PADDING - MARKER_ROOM) / LETTER);
  const contents = figure.areas.map((area) => {
    const lines: Omit<AreaLine, 'y'>[] = wrapWords(area.label, labelChars).map((text) => ({ text, label: true, indented: false, marker: null }));
    for (const entry of area.entries) {
      wrapWords(entry.text, entryChars).forEach((text, index) => lines.push({ text, label: false, indented: true, marker: index === 0 ? entry.marked : null }));
    }
    if (!area.entries.length) lines.push({ text: 'Nobody', label: false, indented: false, marker: null });
    return { lines, height: 2 * PADDING + lines.length * FIGURE_LINE + 4, stressed: area.stressed };
  });
  const squareTop = FIGURE_LINE + 6;
  const rows = [Math.max(contents[0]?.height ?? 0, contents[1]?.height ?? 0), Math.max(contents[2]?.height ?? 0, contents[3]?.height ?? 0)];
  const areas = contents.map((content, index): AreaLayout => {
    const y = index < 2 ? squareTop : squareTop + rows[0]!;
    return {
      x: GUTTER + (index % 2) * half,
      y,
      width: half,
      height: rows[index < 2 ? 0 : 1]!,
      stressed: content.stressed,
      lines: content.lines.map((line, number) => ({ ...line, y: y + PADDING + FIGURE_TEXT + number * FIGURE_LINE })),
    };
  });
  const squareBottom = squareTop + rows[0]! + rows[1]!;
  const bottomY = squareBottom + FIGURE_LINE;
  const arrowY = bottomY + 12;
  const sidesY = arrowY + FIGURE_LINE;
  const keyY = sidesY + FIGURE_LINE + 6;
  return {
    top: { x: 0, y: FIGURE_LINE - 6, text: figure.sides.top },
    areas,
    square: { x: GUTTER, top: squareTop, bottom: squareBottom, right: FIGURE_WIDTH },
    bottom: { y: bottomY, text: figure.sides.bottom },
    arrowY,
    sidesY,
    left: figure.sides.left,
    right: figure.sides.right,
    keyY,
    height: keyY + 10,
  };
}
