import {
  allExceptMember,
  applyCommand,
  canSee,
  createRoomState,
  EVERYONE,
  FACILITATOR_MEMBER_ID,
  FACILITATORS,
  onlyMember,
  type Actor,
  type AnyCommand,
  type Delta,
  type Effect,
  type RoomState,
  type Viewer,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { memberChannel, planDeliveries, roomChannel, type Delivery } from '../src/transport/fanOut.ts';

const ROOM_ID = 'room-0001';
const NOW = Date.UTC(2026, 2, 14, 10, 0);
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const ALICE: Actor = { role: 'participant', memberId: 'member-alice' };
const SYSTEM: Actor = { role: 'system', memberId: null };

const ROOM = roomChannel(ROOM_ID);
const channel = (memberId: string) => memberChannel(ROOM_ID, memberId);

function effectsOf(state: RoomState, actor: Actor, command: AnyCommand): { state: RoomState; effects: Effect[] } {
  const reduction = applyCommand(state, command, { actor, now: NOW });
  if (!reduction.ok) throw new Error(`Refused with ${reduction.code}: ${reduction.message}`);
  return reduction;
}

/** A room Alice and Bob have joined, with one named item. */
function room(): RoomState {
  let state = createRoomState(ROOM_ID, 'Bus routes', NOW);
  for (const memberId of ['member-alice', 'member-bob']) {
    state = effectsOf(state, SYSTEM, { id: `join-${memberId}`, type: 'member.join', payload: { memberId, name: null } }).state;
  }
  return effectsOf(state, ALICE, { id: 'item-0001', type: 'carPark.add', payload: { text: 'Parking', anonymous: false } }).state;
}

const addAnonymously = (actor: Actor) =>
  effectsOf(room(), actor, { id: 'item-0002', type: 'carPark.add', payload: { text: 'Budget', anonymous: true } }).effects;

const roomSaved: Delta = { type: 'room.saved', title: 'Bus routes', focus: 'carPark' };
const itemRemoved: Delta = { type: 'carPark.itemRemoved', itemId: 'item-0001' };

const byChannel = (deliveries: Delivery[]) => [...deliveries].sort((a, b) => a.to.localeCompare(b.to));

describe('planDeliveries', () => {
  it.each([
    { what: 'one delta', effects: [{ to: EVERYONE, delta: roomSaved }] },
    { what: 'two deltas, in order', effects: [{ to: EVERYONE, delta: roomSaved }, { to: EVERYONE, delta: itemRemoved }] },
  ])('sends $what for everyone as one emit to the room', ({ effects }) => {
    expect(planDeliveries(ROOM_ID, effects)).toEqual([{ to: ROOM, except: [], deltas: effects.map((effect) => effect.delta) }]);
  });

  it('gives the author of an anonymous item the full item and everyone else, the facilitator too, the redacted one', () => {
    const effects = addAnonymously(ALICE);
    const [redacted, full] = effects.map((effect) => effect.delta);
    expect(redacted).toMatchObject({ item: { authorId: null } });
    expect(full).toMatchObject({ item: { authorId: 'member-alice' } });
    expect(byChannel(planDeliveries(ROOM_ID, effects))).toEqual([
      { to: channel(FACILITATOR_MEMBER_ID), except: [], deltas: [redacted] },
      { to: channel('member-alice'), except: [], deltas: [full] },
      { to: ROOM, except: expect.arrayContaining([channel(FACILITATOR_MEMBER_ID), channel('member-alice')]), deltas: [redacted] },
    ]);
    expect(planDeliveries(ROOM_ID, effects).find((delivery) => delivery.to === ROOM)?.except).toHaveLength(2);
  });

  it('gives the facilitator its own anonymous item in full and everyone else the redacted one', () => {
    const effects = addAnonymously(FACILITATOR);
    const [redacted, full] = effects.map((effect) => effect.delta);
    expect(byChannel(planDeliveries(ROOM_ID, effects))).toEqual([
      { to: channel(FACILITATOR_MEMBER_ID), except: [], deltas: [full] },
      { to: ROOM, except: [channel(FACILITATOR_MEMBER_ID)], deltas: [redacted] },
    ]);
  });

  it.each([
    {
      what: "the facilitator's new name",
      effects: effectsOf(room(), FACILITATOR, { id: 'cmd-name-01', type: 'member.setName', payload: { name: 'Sam' } }).effects,
      channels: [channel(FACILITATOR_MEMBER_ID)],
    },
    {
      what: 'a new member',
      effects: effectsOf(room(), SYSTEM, { id: 'join-member-cy', type: 'member.join', payload: { memberId: 'member-cy', name: 'Cy' } }).effects,
      channels: [channel(FACILITATOR_MEMBER_ID), channel('member-cy')],
    },
    {
      what: 'a facilitators-only delta',
      effects: [{ to: FACILITATORS, delta: roomSaved }],
      channels: [channel(FACILITATOR_MEMBER_ID)],
    },
  ])('never sends $what to the room channel', ({ effects, channels }) => {
    const deliveries = planDeliveries(ROOM_ID, effects);
    expect(deliveries.map((delivery) => delivery.to).sort()).toEqual([...channels].sort());
  });

  it('sends the facilitator everything and the room only what is for everyone', () => {
    const effects: Effect[] = [
      { to: EVERYONE, delta: roomSaved },
      { to: FACILITATORS, delta: itemRemoved },
    ];
    expect(byChannel(planDeliveries(ROOM_ID, effects))).toEqual([
      { to: channel(FACILITATOR_MEMBER_ID), except: [], deltas: [roomSaved, itemRemoved] },
      { to: ROOM, except: [channel(FACILITATOR_MEMBER_ID)], deltas: [roomSaved] },
    ]);
  });

  it('plans no emit for a command with no effects', () => {
    expect(planDeliveries(ROOM_ID, [])).toEqual([]);
  });
});

describe('what each device receives', () => {
  /** Devices as socketServer joins them: everyone in the room channel, members also in their own. */
  const devices: { name: string; viewer: Viewer; channels: string[] }[] = [
    { name: 'facilitator laptop', viewer: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }, channels: [ROOM, channel(FACILITATOR_MEMBER_ID)] },
    { name: 'Alice', viewer: { role: 'participant', memberId: 'member-alice' }, channels: [ROOM, channel('member-alice')] },
    { name: 'Bob', viewer: { role: 'participant', memberId: 'member-bob' }, channels: [ROOM, channel('member-bob')] },
    { name: 'screen', viewer: { role: 'screen', memberId: null }, channels: [ROOM] },
  ];
  const scenarios: { what: string; effects: Effect[] }[] = [
    { what: 'an anonymous item from Alice', effects: addAnonymously(ALICE) },
    { what: 'an anonymous item from the facilitator', effects: addAnonymously(FACILITATOR) },
    { what: 'a rename by Alice', effects: effectsOf(room(), ALICE, { id: 'cmd-name-01', type: 'member.setName', payload: { name: 'Al' } }).effects },
    { what: 'a mixed list', effects: [{ to: EVERYONE, delta: roomSaved }, { to: allExceptMember('member-bob'), delta: itemRemoved }, { to: onlyMember('member-bob'), delta: roomSaved }] },
  ];

  it.each(scenarios.flatMap((scenario) => devices.map((device) => ({ ...scenario, device, name: device.name }))))(
    '$what: the $name gets exactly the deltas it may see, in at most one emit',
    ({ effects, device }) => {
      const reaching = planDeliveries(ROOM_ID, effects).filter(
        (delivery) => device.channels.includes(delivery.to) && !delivery.except.some((except) => device.channels.includes(except)),
      );
      expect(reaching.length).toBeLessThanOrEqual(1);
      const expected = effects.filter((effect) => canSee(effect.to, device.viewer)).map((effect) => effect.delta);
      expect(reaching.flatMap((delivery) => delivery.deltas)).toEqual(expected);
    },
  );
});
