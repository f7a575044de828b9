import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../store/roomStore.ts';
import { useServerNow } from './useServerNow.ts';

const DEVICE_NOW = Date.UTC(2026, 2, 14, 10, 0, 0, 250);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(DEVICE_NOW);
});

afterEach(() => {
  vi.useRealTimers();
  useRoomStore.setState(initialRoomStore);
});

describe('useServerNow', () => {
  it('reads the server clock, whatever this device’s clock says', () => {
    // This device runs 90.5 seconds slow.
    useRoomStore.setState({ clockOffsetMs: 90_500 });
    const { result } = renderHook(() => useServerNow(1000));
    expect(result.current).toBe(DEVICE_NOW + 90_500);
  });

  it('ticks on the server’s whole seconds, so every device turns over together', () => {
    useRoomStore.setState({ clockOffsetMs: 500 });
    const { result } = renderHook(() => useServerNow(1000));
    // Server time is …00.750: the first tick waits for …01.000, a quarter of a second away.
    act(() => vi.advanceTimersByTime(249));
    expect(result.current).toBe(DEVICE_NOW + 500);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current % 1000).toBe(0);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(DEVICE_NOW + 500 + 1250);
  });
});
