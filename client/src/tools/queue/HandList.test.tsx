import { createRoomState, FACILITATOR_MEMBER_ID, type Hand, type RoomView } from '@roundtable/shared';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialRoomStore, useRoomStore } from '../../store/roomStore.ts';
import { HandList } from './HandList.tsx';

const base = createRoomState('room-0001', 'Bus routes', 0);
const hand = (id: string, name: string, sortKey: string): Hand => ({ id, memberId: `member-${id}`, name, card: 'speak', raisedAt: 0, sortKey });
const withHands = (...hands: Hand[]): RoomView => ({ ...base, queue: { ...base.queue, hands: Object.fromEntries(hands.map((h) => [h.id, h])) } });
/** Another device changes the queue: the change arrives in the store. */
const arrives = (view: RoomView) => act(() => useRoomStore.setState({ view }));
const nextTask = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

/**
 * Chromium blurs an element that is about to be moved, while it is still in the document, with no
 * new target (React then focuses it again once its commit is done). jsdom does not, so the test
 * that needs that blur makes it here.
 */
function moveLosesFocus(): () => void {
  const { insertBefore, appendChild } = Node.prototype;
  const blurIfMoving = (node: Node) => {
    const active = document.activeElement;
    if (node.isConnected && active instanceof HTMLElement && node.contains(active)) active.blur();
  };
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    blurIfMoving(node);
    return insertBefore.call(this, node, child) as T;
  };
  Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    blurIfMoving(node);
    return appendChild.call(this, node) as T;
  };
  return () => {
    Node.prototype.insertBefore = insertBefore;
    Node.prototype.appendChild = appendChild;
  };
}

const ana = hand('hand-ana-01', 'Ana', 'a0');
const ben = hand('hand-ben-01', 'Ben', 'a1');
const cy = hand('hand-cy-001', 'Cy', 'a2');

beforeEach(() => {
  useRoomStore.setState({ status: 'online', me: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }, view: withHands(ana, ben, cy) });
});

afterEach(() => {
  cleanup();
  useRoomStore.setState(initialRoomStore);
});

describe('HandList keeps focus', () => {
  it('gives focus back to the same button when another device moves that hand', async () => {
    render(<HandList fallback={createRef()} />);
    const bensDown = screen.getByRole('button', { name: 'Move down Ben' });
    act(() => bensDown.focus());

    const restore = moveLosesFocus();
    arrives(withHands(ana, cy, { ...ben, sortKey: 'a3' }));
    restore();
    expect(screen.getAllByRole('listitem').map((row) => row.querySelector('strong')?.textContent)).toEqual(['Ana', 'Cy', 'Ben']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down Ben' }));
    await nextTask();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down Ben' }));
  });

  it('moves focus to the next hand’s name when the focused hand leaves', () => {
    render(<HandList fallback={createRef()} />);
    act(() => screen.getByRole('button', { name: 'Remove Ben' }).focus());
    arrives(withHands(ana, cy));
    expect(document.activeElement?.textContent).toBe('Cy');
  });

  it('never pulls focus back into the list once the person has clicked elsewhere', async () => {
    render(<HandList fallback={createRef()} />);
    act(() => screen.getByRole('button', { name: 'Remove Ben' }).focus());
    // A click on plain text elsewhere: focus goes to the page itself, with no new target.
    act(() => (document.activeElement as HTMLElement).blur());
    await nextTask();
    arrives(withHands(ana, cy));
    expect(document.activeElement).toBe(document.body);
  });

  it('names every row button after its hand', () => {
    render(<HandList fallback={createRef()} />);
    for (const action of ['Move up', 'Move down', 'Give the floor', 'Remove']) {
      expect(screen.getAllByRole('button', { name: new RegExp(`^${action} `) }).map((button) => button.textContent)).toEqual([
        `${action} Ana`,
        `${action} Ben`,
        `${action} Cy`,
      ]);
    }
  });
});
