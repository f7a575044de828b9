import { createRoomState, type Agreement, type RoomView } from '@roundtable/shared';

/** A room for the agreements' component tests. */
export const baseRoom = createRoomState('room-0001', 'How we work', 0);

/** An agreement as the reducer would hold it, adopted unless told otherwise. */
export function agreement(id: string, text: string, sortKey: string, patch: Partial<Agreement> = {}): Agreement {
  return {
    id,
    text,
    authorId: 'member-1',
    authorName: 'Aisha',
    anonymous: false,
    createdAt: 0,
    status: 'adopted',
    statusAt: 0,
    sortKey,
    adoptedAt: 0,
    versions: [{ number: 1, text, at: 0, meeting: 1 }],
    rounds: [],
    meeting: 1,
    ...patch,
  };
}

/** The room with these agreements and any other agreements state. */
export function roomWith(agreements: Agreement[], rest: Partial<RoomView['agreements']> = {}, meeting = 1): RoomView {
  return {
    ...baseRoom,
    focus: 'agreements',
    meeting: { number: meeting, previousRoomId: meeting > 1 ? 'room-0000' : null },
    agreements: { ...baseRoom.agreements, agreements: Object.fromEntries(agreements.map((item) => [item.id, item])), ...rest },
  };
}
