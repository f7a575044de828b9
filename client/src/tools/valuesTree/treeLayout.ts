import { wrapText } from './fitText.ts';
import { gridFit, type Box, type GridFit, type GridRule } from './gridFit.ts';

/** The drawing's own units: the SVG scales to the screen, so these fix only its proportions. */
export const VIEW_WIDTH = 1600;
export const VIEW_HEIGHT = 1000;

const MARGIN = 20;
const TRUNK_WIDTH = 120;
/** The roots' share of the height grows with the notes, taken from the sky and the branches. */
const ROOTS_MIN_HEIGHT = 300;
const ROOTS_MAX_HEIGHT = 470;
const ROOTS_GROWTH_PER_NOTE = 5;
/** The crown's share of the space above the ground; the branches have the rest. */
const CANOPY_SHARE = 0.45;

/** Where each part of the tree may go, for this many notes. */
export interface TreeBands {
  canopy: Box;
  trunk: Box;
  themesLeft: Box;
  themesRight: Box;
  groundY: number;
  roots: Box;
}

export function treeBands(noteCount: number): TreeBands {
  const rootsHeight = Math.min(ROOTS_MAX_HEIGHT, ROOTS_MIN_HEIGHT + Math.max(0, noteCount - 20) * ROOTS_GROWTH_PER_NOTE);
  const roots = { x: MARGIN, y: VIEW_HEIGHT - MARGIN / 2 - rootsHeight, width: VIEW_WIDTH - MARGIN * 2, height: rootsHeight };
  const groundY = roots.y - MARGIN;
  const canopyHeight = Math.round((groundY - MARGIN * 2) * CANOPY_SHARE);
  const canopy = { x: MARGIN * 3, y: MARGIN, width: VIEW_WIDTH - MARGIN * 6, height: canopyHeight };
  const trunkTop = canopy.y + canopy.height;
  const trunk = { x: (VIEW_WIDTH - TRUNK_WIDTH) / 2, y: trunkTop, width: TRUNK_WIDTH, height: groundY - trunkTop };
  const sideWidth = trunk.x - MARGIN * 2;
  const themesTop = trunkTop + MARGIN;
  const themesHeight = groundY - MARGIN - themesTop;
  return {
    canopy,
    trunk,
    themesLeft: { x: MARGIN, y: themesTop, width: sideWidth, height: themesHeight },
    themesRight: { x: trunk.x + trunk.width + MARGIN, y: themesTop, width: sideWidth, height: themesHeight },
    groundY,
    roots,
  };
}

/** Under this font size the writers' names give their room back to the notes' own words. */
const NAMES_MIN_FONT = 24;
const LINE = 1.2;
/** Names and counts are set smaller than the words they go with. */
export const SMALL_TEXT = 0.78;

const NOTE_RULE: GridRule = { gap: 8, heightInFonts: 2 * LINE + 0.6, minChars: 10, maxFont: 34, paddingInFonts: 0.4 };
const NOTE_WITH_NAME_RULE: GridRule = { ...NOTE_RULE, heightInFonts: NOTE_RULE.heightInFonts + SMALL_TEXT * LINE };
const THEME_RULE: GridRule = { gap: 14, heightInFonts: 2 * LINE + SMALL_TEXT * LINE + 0.7, minChars: 10, maxFont: 38, paddingInFonts: 0.5 };
const LEAF_RULE: GridRule = { gap: 16, heightInFonts: 3 * LINE + 0.8, minChars: 14, maxFont: 40, paddingInFonts: 0.6 };

export interface LayoutNote {
  id: string;
  text: string;
  /** The writer's name, or null when they chose not to show it. */
  name: string | null;
}

export interface LayoutTheme {
  id: string;
  name: string;
  /** The smaller line under the name: how many values, and votes once shown. */
  detail: string;
}

export interface LayoutLeaf {
  id: string;
  text: string;
}

export interface PlacedText extends Box {
  id: string;
  lines: string[];
  fontSize: number;
}

export interface PlacedNote extends PlacedText {
  /** The name line as drawn, or null: none chosen, or no room for names at this many notes. */
  name: string | null;
}

export interface PlacedTheme extends PlacedText {
  detail: string;
  /** From the side of the trunk to the box. */
  branch: { x1: number; y1: number; x2: number; y2: number };
}

export interface TreeLayout {
  notes: PlacedNote[];
  themes: PlacedTheme[];
  leaves: PlacedText[];
  /** Null until there is a trunk to draw. */
  trunk: Box | null;
  /** The leafy crown around the shared values, or null before there are any. */
  canopy: Box | null;
  groundY: number;
  /** Where the notes go: the words "N values written so far" go here before the reveal. */
  roots: Box;
}

export interface LayoutInput {
  notes: readonly LayoutNote[];
  themes: readonly LayoutTheme[];
  leaves: readonly LayoutLeaf[];
  /** Draw the trunk even with no themes yet: the group has begun to sort. */
  trunkStarted: boolean;
}

function placeNotes(notes: readonly LayoutNote[], area: Box): PlacedNote[] {
  const named = notes.some((note) => note.name !== null);
  let fit = gridFit(notes.length, area, named ? NOTE_WITH_NAME_RULE : NOTE_RULE);
  const showNames = named && fit.fontSize >= NAMES_MIN_FONT;
  if (named && !showNames) fit = gridFit(notes.length, area, NOTE_RULE);
  return fit.cells.map((cell, index) => {
    const note = notes[index] as LayoutNote;
    const nameChars = Math.floor(fit.charsPerLine / SMALL_TEXT);
    const name = showNames && note.name !== null ? (wrapText(note.name, nameChars, 1)[0] ?? null) : null;
    return { ...cell, id: note.id, lines: wrapText(note.text, fit.charsPerLine, 2), fontSize: fit.fontSize, name };
  });
}

/** Themes alternate left and right of the trunk, top to bottom, each on its own branch. */
function placeThemes(themes: readonly LayoutTheme[], bands: TreeBands): PlacedTheme[] {
  const { trunk } = bands;
  const areas = [bands.themesLeft, bands.themesRight] as const;
  const counts = [Math.ceil(themes.length / 2), Math.floor(themes.length / 2)];
  // Both sides share one font size, so no theme looks more important for its side.
  const fontSize = Math.min(...areas.map((area, side) => gridFit(counts[side] ?? 0, area, THEME_RULE).fontSize));
  const fits = areas.map((area, side) => gridFit(counts[side] ?? 0, area, { ...THEME_RULE, maxFont: fontSize }));
  return themes.map((theme, index) => {
    const side = index % 2;
    const fit = fits[side] as GridFit;
    const box = fit.cells[Math.floor(index / 2)] as Box;
    const middle = box.y + box.height / 2;
    const branch =
      side === 0
        ? { x1: trunk.x, y1: middle, x2: box.x + box.width, y2: middle }
        : { x1: trunk.x + trunk.width, y1: middle, x2: box.x, y2: middle };
    return { ...box, id: theme.id, lines: wrapText(theme.name, fit.charsPerLine, 2), detail: wrapText(theme.detail, Math.floor(fit.charsPerLine / SMALL_TEXT), 1)[0] ?? '', fontSize: fit.fontSize, branch };
  });
}

function placeLeaves(leaves: readonly LayoutLeaf[], area: Box): PlacedText[] {
  const fit = gridFit(leaves.length, area, LEAF_RULE);
  return fit.cells.map((cell, index) => {
    const leaf = leaves[index] as LayoutLeaf;
    return { ...cell, id: leaf.id, lines: wrapText(leaf.text, fit.charsPerLine, 3), fontSize: fit.fontSize };
  });
}

/** The smallest box around some boxes, grown by `margin` on every side. */
function around(boxes: readonly Box[], margin: number): Box {
  const left = Math.min(...boxes.map((box) => box.x)) - margin;
  const top = Math.min(...boxes.map((box) => box.y)) - margin;
  const right = Math.max(...boxes.map((box) => box.x + box.width)) + margin;
  const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Where everything on the values tree is drawn, worked out from what exists: the notes in rows
 * at the roots, the themes on branches either side of the trunk, the shared values in the crown.
 * Only what exists is placed, so the tree grows as the group works. Text is wrapped and cut to
 * its box, so 60 notes still fit; nothing overlaps and everything stays inside the drawing.
 */
export function treeLayout(input: LayoutInput): TreeLayout {
  const bands = treeBands(input.notes.length);
  const leaves = placeLeaves(input.leaves, { ...bands.canopy, height: bands.canopy.height - MARGIN / 2 });
  const hasTrunk = input.trunkStarted || input.themes.length > 0 || input.leaves.length > 0;
  return {
    notes: placeNotes(input.notes, bands.roots),
    themes: placeThemes(input.themes, bands),
    leaves,
    trunk: hasTrunk ? bands.trunk : null,
    canopy: leaves.length > 0 ? around(leaves, MARGIN) : null,
    groundY: bands.groundY,
    roots: bands.roots,
  };
}
