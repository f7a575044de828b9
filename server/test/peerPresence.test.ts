import type { Presence } from '@roundtable/shared';
import { afterEach, expect, it } from 'vitest';
import { PeerPresence, PRESENCE_HEARTBEAT_MS, PRESENCE_STALE_MS } from '../src/cluster/presence.ts';

const counts = (facilitators: number, participants: number, screens: number): Presence => ({ facilitators, participants, screens });

let board: PeerPresence | null = null;
afterEach(() => board?.close());

function setUp(local: Presence) {
  const published: [string, Presence][] = [];
  const shown: [string, Presence][] = [];
  board = new PeerPresence({
    publish: (roomId, sent) => published.push([roomId, sent]),
    show: (roomId, total) => shown.push([roomId, total]),
    local: () => local,
    localRooms: () => ['room'],
  });
  return { board, published, shown };
}

it('shows devices the counts over every process, and tells the others its own', () => {
  const { board, published, shown } = setUp(counts(1, 3, 0));
  board.localChanged('room', counts(1, 3, 0));
  board.peerChanged('other', 'room', counts(0, 5, 1), 1_000);
  expect(published).toEqual([['room', counts(1, 3, 0)]]);
  expect(shown).toEqual([
    ['room', counts(1, 3, 0)],
    ['room', counts(1, 8, 1)],
  ]);
  expect(board.total('room', 1_000)).toEqual(counts(1, 8, 1));
});

it('does not show the same counts twice', () => {
  const { board, shown } = setUp(counts(0, 2, 0));
  board.peerChanged('other', 'room', counts(0, 1, 0), 1_000);
  board.peerChanged('other', 'room', counts(0, 1, 0), 2_000);
  expect(shown).toEqual([['room', counts(0, 3, 0)]]);
});

it('repeats its own counts, and drops a process that stopped repeating its own', () => {
  const { board, published, shown } = setUp(counts(0, 2, 0));
  board.peerChanged('gone', 'room', counts(0, 4, 0), 0);
  board.beat(PRESENCE_HEARTBEAT_MS);
  expect(published).toEqual([['room', counts(0, 2, 0)]]);
  expect(board.total('room', PRESENCE_HEARTBEAT_MS)).toEqual(counts(0, 6, 0));
  board.beat(PRESENCE_STALE_MS + 1);
  expect(board.total('room', PRESENCE_STALE_MS + 1)).toEqual(counts(0, 2, 0));
  expect(shown.at(-1)).toEqual(['room', counts(0, 2, 0)]);
});
