import { useSyncExternalStore } from 'react';
import { applyDisplayChoices, DISPLAY_KEY, loadDisplayChoices, saveDisplayChoices, type DisplayChoices } from './displayChoices.ts';

type Listener = () => void;

let current: DisplayChoices | null = null;
const listeners = new Set<Listener>();

function read(): DisplayChoices {
  current ??= loadDisplayChoices();
  return current;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Applies `next` to the page and redraws every control that shows the choices. */
function publish(next: DisplayChoices): void {
  current = next;
  applyDisplayChoices(next);
  for (const listener of listeners) listener();
}

/** Sets one choice: remembered on this device, applied to the page at once. */
export function setDisplayChoice<K extends keyof DisplayChoices>(key: K, value: DisplayChoices[K]): void {
  const next = { ...read(), [key]: value };
  saveDisplayChoices(next);
  publish(next);
}

/** Applies what is stored now (for tests, and when another tab on this device changes it). */
export function reloadDisplayChoices(): void {
  publish(loadDisplayChoices());
}

/**
 * Applies the stored choices to the page before anything is drawn, and keeps them in step with
 * other tabs on this device and with the device's own motion setting.
 */
export function startDisplayChoices(): void {
  applyDisplayChoices(read());
  window.addEventListener('storage', (event) => {
    if (event.key === DISPLAY_KEY || event.key === null) reloadDisplayChoices();
  });
  if (typeof window.matchMedia === 'function') {
    // A new object, so the Calm box redraws with the device's new setting.
    window.matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => publish({ ...read() }));
  }
}

/** This device's display choices and a way to change one. */
export function useDisplayChoices(): [DisplayChoices, typeof setDisplayChoice] {
  const choices = useSyncExternalStore(subscribe, read, read);
  return [choices, setDisplayChoice];
}
