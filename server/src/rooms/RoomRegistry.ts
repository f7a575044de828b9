import {
  createRoomState,
  ErrorCode,
  FACILITATOR_MEMBER_ID,
  fail,
  newId,
  nextMeetingState,
  type Credential,
  type Failure,
  type RoomState,
  type Viewer,
} from '@roundtable/shared';
import {
  hashSecret,
  newFacilitatorKey,
  newJoinCode,
  newLinkToken,
  newRoomId,
  secretMatches,
} from '../security/secrets.ts';
import type { LogEntry, RoomLookup, RoomRecord, Store } from '../store/Store.ts';
import { Room, type Applied } from './Room.ts';

/** How many times to draw a fresh join code when the first ones are taken. */
const JOIN_CODE_ATTEMPTS = 20;
/** How many meetings back a returning phone is looked for. */
const MEETINGS_BACK = 12;

/** A device's place in a room, decided by the server from its credential. */
export interface Session {
  room: Room;
  viewer: Viewer;
  /** Set once, when this connection made a new participant: the phone keeps it to come back. */
  newMemberSecret?: string;
}

const NO_ROOM = 'This link does not open a workshop. Please check it with the facilitator.';

/** Loads each room once and hands out the same object to every connection. */
export class RoomRegistry {
  private readonly store: Store;
  private readonly rooms = new Map<string, Promise<Room>>();
  private appliedListener: (room: Room, applied: Applied) => void = () => {};

  constructor(store: Store) {
    this.store = store;
  }

  /** Tells `listener` of every command applied in any room, in each room's version order. */
  onApplied(listener: (room: Room, applied: Applied) => void): void {
    this.appliedListener = listener;
  }

  /** Starts a workshop. The facilitator key is returned once and stored only as a hash. */
  async create(title: string): Promise<{ record: RoomRecord; facilitatorKey: string }> {
    const facilitatorKey = newFacilitatorKey();
    const record = await this.insert(hashSecret(facilitatorKey), (id, now) => createRoomState(id, title, now));
    return { record, facilitatorKey };
  }

  /**
   * Starts the group's next meeting from room `roomId`, carrying over what lasts (see
   * `nextMeetingState`). The same facilitator key opens it: it is the same group and facilitator.
   */
  async createNext(roomId: string, facilitatorKey: string): Promise<RoomRecord | Failure> {
    const previousRecord = await this.store.findRoom({ by: 'id', id: roomId });
    if (!previousRecord || !secretMatches(facilitatorKey, previousRecord.facilitatorKeyHash)) {
      return fail(ErrorCode.UNAUTHORIZED, 'This console link is not right. Please use the link you were given when you started the workshop.');
    }
    const previous = await this.room(previousRecord);
    // With several processes, another may have applied the last changes: read them first.
    await previous.refresh();
    return this.insert(previousRecord.facilitatorKeyHash, (id, now) => nextMeetingState(previous.fullState(), id, now));
  }

  /**
   * Starts a workshop from a whole room state (a room file brought back): the same state under a
   * new id, with fresh links and a fresh facilitator key, returned once like `create`. It is
   * nobody's next meeting: a file cannot name another group's room as its earlier meeting, so no
   * phone from that room is taken for a member here.
   */
  async createFrom(state: RoomState): Promise<{ record: RoomRecord; facilitatorKey: string }> {
    const facilitatorKey = newFacilitatorKey();
    const record = await this.insert(hashSecret(facilitatorKey), (id) => ({ ...state, id, meeting: { ...state.meeting, previousRoomId: null } }));
    return { record, facilitatorKey };
  }

  /** Stores a new room with a free join code and fresh links, its first state made by `firstState`. */
  private async insert(facilitatorKeyHash: string, firstState: (id: string, now: number) => RoomState): Promise<RoomRecord> {
    for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
      const joinCode = newJoinCode();
      if (await this.store.findRoom({ by: 'joinCode', code: joinCode })) continue;
      const record: RoomRecord = {
        id: newRoomId(),
        joinCode,
        participantToken: newLinkToken(),
        screenToken: newLinkToken(),
        facilitatorKeyHash,
        createdAt: Date.now(),
      };
      await this.store.createRoom(record, firstState(record.id, record.createdAt));
      return record;
    }
    throw new Error('Could not find a free join code.');
  }

  async find(lookup: RoomLookup): Promise<RoomRecord | null> {
    return this.store.findRoom(lookup);
  }

  /** The live room for a stored record, loading it the first time. */
  room(record: RoomRecord): Promise<Room> {
    let room = this.rooms.get(record.id);
    if (!room) {
      room = Room.load(record, this.store).then((loaded) => {
        loaded.onApplied((applied) => this.appliedListener(loaded, applied));
        return loaded;
      });
      room.catch(() => this.rooms.delete(record.id));
      this.rooms.set(record.id, room);
    }
    return room;
  }

  /** Whether this process has the room loaded (or is loading it). */
  has(roomId: string): boolean {
    return this.rooms.has(roomId);
  }

  /**
   * A version another process stored. A room loaded here takes it in, in its turn (a room still
   * loading takes it in once loaded); a room not loaded here will read it when it is.
   */
  received(roomId: string, entry: LogEntry): void {
    this.rooms
      .get(roomId)
      ?.then((room) => room.receive(entry))
      .catch((error: unknown) => console.error(`Room ${roomId} could not take in version ${entry.version}:`, error));
  }

  /** Every loaded room reads what it may have missed, e.g. after the notices of other processes stopped for a while. */
  refreshAll(): void {
    for (const [roomId, room] of this.rooms) {
      room.then((loaded) => loaded.refresh()).catch((error: unknown) => console.error(`Room ${roomId} could not catch up:`, error));
    }
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /**
   * Decides who a connecting device is. A participant's phone that brings the secret of a member
   * of this room is that member again; so is one that brings the secret of a member of an earlier
   * meeting of the same group (`knownSecrets`); any other phone becomes a new member.
   */
  async open(credential: Credential, memberSecret: string | undefined, knownSecrets: readonly string[] = []): Promise<Session | Failure> {
    switch (credential.kind) {
      case 'facilitator': {
        const record = await this.store.findRoom({ by: 'id', id: credential.roomId });
        if (!record || !secretMatches(credential.key, record.facilitatorKeyHash)) {
          return fail(ErrorCode.UNAUTHORIZED, 'This console link is not right. Please use the link you were given when you started the workshop.');
        }
        return { room: await this.room(record), viewer: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID } };
      }
      case 'screen': {
        const record = await this.store.findRoom({ by: 'screenToken', token: credential.token });
        if (!record) return fail(ErrorCode.UNAUTHORIZED, NO_ROOM);
        return { room: await this.room(record), viewer: { role: 'screen', memberId: null } };
      }
      case 'participant': {
        const record = await this.store.findRoom({ by: 'participantToken', token: credential.token });
        if (!record) return fail(ErrorCode.UNAUTHORIZED, NO_ROOM);
        return this.openParticipant(await this.room(record), memberSecret, knownSecrets);
      }
    }
  }

  private async openParticipant(room: Room, memberSecret: string | undefined, knownSecrets: readonly string[]): Promise<Session | Failure> {
    const known = memberSecret ? await this.store.findMemberBySecret(room.id, hashSecret(memberSecret)) : null;
    if (known && room.hasMember(known)) return { room, viewer: { role: 'participant', memberId: known } };
    const returning = known ? null : await this.findInEarlierMeetings(room, knownSecrets);
    if (returning && room.hasMember(returning.memberId)) {
      // Another phone of the same person got here first: this one joins them.
      await this.store.addMemberSecret(room.id, hashSecret(returning.secret), returning.memberId);
      return { room, viewer: { role: 'participant', memberId: returning.memberId }, newMemberSecret: returning.secret };
    }
    // The secret is stored before the member is added: if the server stops in between, the phone
    // comes back with its secret and the member is added then, under the same id.
    const secret = returning?.secret ?? (known && memberSecret ? memberSecret : newId());
    const memberId = returning?.memberId ?? known ?? newId();
    if (!known) await this.store.addMemberSecret(room.id, hashSecret(secret), memberId);
    const joined = await room.apply(
      { id: newId(), type: 'member.join', payload: { memberId, name: returning?.name ?? null } },
      { role: 'system', memberId: null },
    );
    // Two devices of one person arriving together: the second finds the member already added.
    if (!joined.ok && !room.hasMember(memberId)) return joined;
    return { room, viewer: { role: 'participant', memberId }, newMemberSecret: secret };
  }

  /**
   * A member of an earlier meeting of this room's group whose secret the phone brought: the
   * meeting before this one first, then the one before that, up to MEETINGS_BACK.
   */
  private async findInEarlierMeetings(room: Room, secrets: readonly string[]): Promise<{ memberId: string; name: string | null; secret: string } | null> {
    if (!secrets.length) return null;
    let previousId = room.fullState().meeting.previousRoomId;
    for (let back = 0; previousId !== null && back < MEETINGS_BACK; back++) {
      const record = await this.store.findRoom({ by: 'id', id: previousId });
      // Meetings that follow on share their facilitator key: anything else is not this group's.
      if (!record || record.facilitatorKeyHash !== room.record.facilitatorKeyHash) return null;
      for (const secret of secrets) {
        const memberId = await this.store.findMemberBySecret(record.id, hashSecret(secret));
        if (memberId) {
          const previous = await this.room(record);
          return { memberId, name: previous.fullState().members[memberId]?.name ?? null, secret };
        }
      }
      previousId = (await this.room(record)).fullState().meeting.previousRoomId;
    }
    return null;
  }
}
