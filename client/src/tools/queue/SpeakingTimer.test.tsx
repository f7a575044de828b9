import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { SpeakingTimer } from './SpeakingTimer.tsx';

const DEVICE_NOW = Date.UTC(2026, 2, 14, 10, 0, 0);
/** This device's clock is two minutes behind the server's. */
const OFFSET_MS = 120_000;
const SERVER_NOW = DEVICE_NOW + OFFSET_MS;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(DEVICE_NOW);
  useRoomStore.setState({ clockOffsetMs: OFFSET_MS });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useRoomStore.setState(initialRoomStore);
});

describe('SpeakingTimer', () => {
  it('counts from the server’s start time, and past the soft limit says so calmly', () => {
    render(<SpeakingTimer startedAt={SERVER_NOW - 58_000} softLimitSeconds={60} showOverTime />);
    expect(screen.getByText('00:58')).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('');

    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByText('01:00')).toBeDefined();
    expect(screen.getByRole('status').textContent).toBe('Over time');
  });

  it('shows no "Over time" on the screen, and none without a limit', () => {
    render(<SpeakingTimer startedAt={SERVER_NOW - 600_000} softLimitSeconds={60} showOverTime={false} />);
    expect(screen.getByText('10:00')).toBeDefined();
    expect(screen.queryByText('Over time')).toBeNull();
    cleanup();
    render(<SpeakingTimer startedAt={SERVER_NOW - 600_000} softLimitSeconds={null} showOverTime />);
    expect(screen.queryByText('Over time')).toBeNull();
  });
});
