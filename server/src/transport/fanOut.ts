import { canSee, FACILITATOR_MEMBER_ID, type Delta, type Effect, type Viewer } from '@roundtable/shared';

/** Socket.IO room names: every device in a room, and every device of one member. */
export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const memberChannel = (roomId: string, memberId: string): string => `member:${roomId}:${memberId}`;

/** One emit: to the devices in `to`, minus those in `except`, these deltas. */
export interface Delivery {
  to: string;
  except: string[];
  deltas: Delta[];
}

/**
 * Plans the fewest emits that give every device exactly the deltas it may see. Devices fall in
 * classes: each member an audience names (facilitator devices are always one member), and
 * everyone else. The common case, every effect for everyone, is one emit to the whole room.
 */
export function planDeliveries(roomId: string, effects: readonly Effect[]): Delivery[] {
  if (effects.length === 0) return [];
  const room = roomChannel(roomId);
  if (effects.every((effect) => effect.to.kind === 'all')) {
    return [{ to: room, except: [], deltas: effects.map((effect) => effect.delta) }];
  }
  const named = new Set<string>([FACILITATOR_MEMBER_ID]);
  for (const { to } of effects) if (to.kind === 'member' || to.kind === 'allExceptMember') named.add(to.memberId);

  const deliveries: Delivery[] = [];
  const deltasFor = (viewer: Viewer) => effects.filter((effect) => canSee(effect.to, viewer)).map((effect) => effect.delta);
  for (const memberId of named) {
    const role = memberId === FACILITATOR_MEMBER_ID ? 'facilitator' : 'participant';
    const deltas = deltasFor({ role, memberId });
    if (deltas.length) deliveries.push({ to: memberChannel(roomId, memberId), except: [], deltas });
  }
  // A member id no audience names stands for every other device, screens included.
  const others = deltasFor({ role: 'participant', memberId: null });
  if (others.length) {
    deliveries.push({ to: room, except: [...named].map((memberId) => memberChannel(roomId, memberId)), deltas: others });
  }
  return deliveries;
}
