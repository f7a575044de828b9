import { loadJson, saveJson } from '../sync/storage.ts';

/** How big the text is, as a share of the browser's own size. */
export const TEXT_SIZES = [100, 150, 200] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * What this device's owner has chosen about how Roundtable looks. `calm` is null until they
 * choose, so a device that asks for less motion gets calm mode without being asked.
 */
export interface DisplayChoices {
  textSize: TextSize;
  highContrast: boolean;
  calm: boolean | null;
  wideSpacing: boolean;
}

/** One key per device, not per room: a choice about how a screen looks follows the device. */
export const DISPLAY_KEY = 'roundtable:device:display';

export const DEFAULT_CHOICES: DisplayChoices = { textSize: 100, highContrast: false, calm: null, wideSpacing: false };

/** True when the device asks for as little motion as possible. */
export function devicePrefersLessMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The stored choices, with anything missing or unreadable put back to its default. */
export function loadDisplayChoices(): DisplayChoices {
  const stored = loadJson<Partial<DisplayChoices>>(DISPLAY_KEY);
  if (stored === null || typeof stored !== 'object') return DEFAULT_CHOICES;
  return {
    textSize: TEXT_SIZES.find((size) => size === stored.textSize) ?? DEFAULT_CHOICES.textSize,
    highContrast: stored.highContrast === true,
    calm: typeof stored.calm === 'boolean' ? stored.calm : null,
    wideSpacing: stored.wideSpacing === true,
  };
}

export function saveDisplayChoices(choices: DisplayChoices): void {
  saveJson(DISPLAY_KEY, choices);
}

/** Whether calm mode is on: the person's choice, or else what the device asks for. */
export function isCalm(choices: DisplayChoices): boolean {
  return choices.calm ?? devicePrefersLessMotion();
}

/** Writes the choices onto <html> as data attributes, which display.css reads. */
export function applyDisplayChoices(choices: DisplayChoices, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = String(choices.textSize);
  root.dataset.contrast = choices.highContrast ? 'high' : 'standard';
  root.dataset.calm = isCalm(choices) ? 'on' : 'off';
  root.dataset.spacing = choices.wideSpacing ? 'wide' : 'standard';
}
