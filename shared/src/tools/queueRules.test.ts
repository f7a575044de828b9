import { describe, expect, it } from 'vitest';
import { FACILITATOR_MEMBER_ID } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { ErrorCode } from '../errors.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, projectRoom, type RoomState } from '../state.ts';
import { orderedHands } from './queue.ts';

const NOW = Date.UTC(2026, 10, 22, 10, 0);
const SYSTEM: Actor = { role: 'system', memberId: null };
const HOST: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const phone = (memberId: string): Actor => ({ role: 'participant', memberId });

/** A small script runner: each step must be accepted unless the test says otherwise. */
function meeting(names: Record<string, string | null>) {
  let state: RoomState = createRoomState('room-rules', 'Rules', NOW);
  let count = 0;
  let clock = NOW;
  const run = (actor: Actor, type: string, payload: unknown) => {
    const command = (
      type === 'member.join' ? { id: `cmd-${++count}-join`, type, payload } : clientCommandSchema.parse({ id: `cmd-${String(++count).padStart(6, '0')}`, type, payload })
    ) as AnyCommand;
    const result = applyCommand(state, command, { actor, now: (clock += 1000) });
    if (result.ok) state = result.state;
    return result;
  };
  for (const [memberId, name] of Object.entries(names)) run(SYSTEM, 'member.join', { memberId, name });
  return { run, state: () => state, order: () => orderedHands(state.queue).map((hand) => `${hand.name ?? hand.memberId}:${hand.card}`) };
}

describe('the rules after a manual move', () => {
  it('never lets a new hand pass one the rules rank before it', () => {
    const m = meeting({ ana: 'Ana', ben: 'Ben', cy: 'Cy' });
    m.run(phone('ana'), 'queue.raiseHand', { card: 'process' });
    m.run(phone('ben'), 'queue.raiseHand', { card: 'speak' });
    const ben = orderedHands(m.state().queue).find((hand) => hand.memberId === 'ben')!;
    expect(m.run(HOST, 'queue.moveHand', { handId: ben.id, afterHandId: null }).ok).toBe(true);
    m.run(phone('cy'), 'queue.raiseHand', { card: 'explain' });
    // Ben stays where the host put him; Cy's "please explain" waits behind Ana's point of process.
    expect(m.order()).toEqual(['Ben:speak', 'Ana:process', 'Cy:explain']);
  });
});

describe('guest hands', () => {
  it('refuses a second hand for the same guest, whatever the case of the name', () => {
    const m = meeting({});
    expect(m.run(HOST, 'queue.addGuestHand', { name: 'Pat', card: 'speak' }).ok).toBe(true);
    expect(m.run(HOST, 'queue.addGuestHand', { name: 'pat', card: 'process' })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT, message: 'pat already has a hand up.' });
    expect(m.run(HOST, 'queue.addGuestHand', { name: 'Sam', card: 'speak' }).ok).toBe(true);
  });
});

describe('hiding a name', () => {
  it('hides it on the waiting hand and on the speaker, for every device', () => {
    const m = meeting({ ana: 'Ana', ben: 'Ben' });
    m.run(phone('ana'), 'queue.raiseHand', { card: 'speak' });
    m.run(phone('ben'), 'queue.raiseHand', { card: 'speak' });
    m.run(HOST, 'queue.next', {});
    const renamedAna = m.run(phone('ana'), 'member.setName', { name: null });
    const renamedBen = m.run(phone('ben'), 'member.setName', { name: '' });
    expect(renamedAna.ok && renamedBen.ok).toBe(true);
    const screen = projectRoom(m.state(), { role: 'screen', memberId: null }).queue;
    expect(screen.speaker).toMatchObject({ memberId: 'ana', name: null });
    expect(Object.values(screen.hands).map((hand) => hand.name)).toEqual([null]);
    // Everyone is told: each rename carries the queue's changes with it.
    expect(renamedAna.ok && renamedAna.effects.map((effect) => effect.delta.type)).toContain('queue.speakerSaved');
    expect(renamedBen.ok && renamedBen.effects.map((effect) => effect.delta.type)).toContain('queue.handSaved');
  });
});
