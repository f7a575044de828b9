import type { ClientCommand, Me, Presence, RoomLinks, RoomView } from '@roundtable/shared';
import { create } from 'zustand';

/**
 * Where the device stands with the server. `reload` means the app is older or newer than the
 * server and must be reloaded; `denied` means the link or key opens no room.
 */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'reload' | 'denied';

/** The server-derived slice: the room as this device may see it. Written only by the sync layer. */
export interface RoomSlice {
  me: Me | null;
  view: RoomView | null;
  /** The highest room version this device has applied. */
  version: number;
  presence: Presence | null;
  links: RoomLinks | null;
  /** The server's clock minus this device's, in milliseconds: add it to Date.now() for server time. */
  clockOffsetMs: number;
}

/** The connection slice. */
export interface ConnectionSlice {
  status: ConnectionStatus;
  /** Why the connection is not online, in plain words, or null. */
  statusMessage: string | null;
  /**
   * The server's words when it is connected but cannot save changes just now (its storage is
   * away); null once a change is saved again. Changes wait in the outbox meanwhile.
   */
  savingProblem: string | null;
}

/** A queued command the server refused after the person had moved on: shown until dismissed. */
export interface RejectedCommand {
  command: ClientCommand;
  message: string;
}

/** The outbox slice: what this device has sent and not yet heard back about. */
export interface OutboxSlice {
  /** Commands waiting for the server's acknowledgement, oldest first; kept across reloads. */
  pending: ClientCommand[];
  /** Queued commands the server refused, so what was typed can be seen and copied; kept across reloads. */
  rejected: RejectedCommand[];
}

export type RoomStore = RoomSlice & ConnectionSlice & OutboxSlice;

export const initialRoomStore: RoomStore = {
  me: null,
  view: null,
  version: 0,
  presence: null,
  links: null,
  clockOffsetMs: 0,
  status: 'connecting',
  statusMessage: null,
  savingProblem: null,
  pending: [],
  rejected: [],
};

/** One store of slices. Components read it with narrow selectors; only `sync/` writes it. */
export const useRoomStore = create<RoomStore>()(() => initialRoomStore);
