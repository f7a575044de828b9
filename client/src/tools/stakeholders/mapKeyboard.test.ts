import type { ClientRect } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { nextPlace } from './mapKeyboard.ts';

const rect = (left: number, top: number, width = 100, height = 100): ClientRect => ({ left, top, width, height, right: left + width, bottom: top + height });

// Two by two, with the tray under it, as on the console.
const places = new Map([
  ['topLeft', rect(0, 0)],
  ['topRight', rect(110, 0)],
  ['bottomLeft', rect(0, 110)],
  ['bottomRight', rect(110, 110)],
  ['tray', rect(0, 220, 210, 60)],
]);
const chipIn = (place: string) => {
  const { left, top, width, height } = places.get(place) ?? rect(0, 0);
  return rect(left + width / 2 - 20, top + height / 2 - 10, 40, 20);
};

describe('nextPlace', () => {
  it('moves a whole place at a time in the arrow’s direction', () => {
    expect(nextPlace(chipIn('topLeft'), 'ArrowRight', places)).toBe('topRight');
    expect(nextPlace(chipIn('topLeft'), 'ArrowDown', places)).toBe('bottomLeft');
    expect(nextPlace(chipIn('bottomRight'), 'ArrowUp', places)).toBe('topRight');
    expect(nextPlace(chipIn('bottomRight'), 'ArrowDown', places)).toBe('tray');
    expect(nextPlace(chipIn('tray'), 'ArrowUp', places)).toMatch(/^bottom/);
  });

  it('stays put at the edge, and for other keys', () => {
    expect(nextPlace(chipIn('topLeft'), 'ArrowUp', places)).toBeNull();
    expect(nextPlace(chipIn('topRight'), 'ArrowRight', places)).toBeNull();
    expect(nextPlace(chipIn('topLeft'), 'Enter', places)).toBeNull();
  });
});
