import { clientCommandSchema, KNOWN_SECRETS_MAX, roomStateSchema, type ClientCommand, type Credential, type Me } from '@roundtable/shared';
import type { RejectedCommand, RoomStore } from '../store/roomStore.ts';
import { loadJson, saveJson, storedKeys } from './storage.ts';

/**
 * What a device keeps of one room in localStorage, so that a reload, a dead battery or a lost
 * signal loses nothing: its member secret, its outbox, refused commands, and a copy of the room.
 */
export type DeviceKey = 'member' | 'outbox' | 'rejected' | 'view';

export function deviceKey(credential: Credential, what: DeviceKey): string {
  const id = credential.kind === 'facilitator' ? credential.roomId : credential.token;
  return `roundtable:${credential.kind}:${id}:${what}`;
}

/** The copy of the room this device last saw, if it still parses, so the page shows it at once. */
export function loadRoomCopy(credential: Credential): Pick<RoomStore, 'view' | 'version' | 'me'> | null {
  const stored = loadJson<{ view?: unknown; version?: unknown; me?: Partial<Me> }>(deviceKey(credential, 'view'));
  const view = roomStateSchema.safeParse(stored?.view);
  const me = stored?.me;
  if (!view.success || typeof stored?.version !== 'number' || !me?.role || me.memberId === undefined) return null;
  return { view: view.data, version: stored.version, me: { role: me.role, memberId: me.memberId } };
}

export function saveRoomCopy(credential: Credential, copy: Pick<RoomStore, 'view' | 'version' | 'me'>): void {
  saveJson(deviceKey(credential, 'view'), copy);
}

/**
 * Commands as stored. Entries written by an older version of the app that no longer parse are
 * dropped rather than sent: the server would refuse them anyway.
 */
function loadCommands(key: string): ClientCommand[] {
  const stored = loadJson<unknown[]>(key);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = clientCommandSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function loadOutbox(credential: Credential): ClientCommand[] {
  return loadCommands(deviceKey(credential, 'outbox'));
}

/**
 * Stores the outbox. It matters more than the copy of the room: when storage is full, the copy is
 * given up to make room for what someone typed.
 */
export function saveOutbox(credential: Credential, pending: ClientCommand[]): void {
  const key = deviceKey(credential, 'outbox');
  const value = pending.length ? pending : null;
  if (saveJson(key, value)) return;
  saveJson(deviceKey(credential, 'view'), null);
  saveJson(key, value);
}

export function loadRejected(credential: Credential): RejectedCommand[] {
  const stored = loadJson<{ command: unknown; message: unknown }[]>(deviceKey(credential, 'rejected'));
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const command = clientCommandSchema.safeParse(entry?.command);
    return command.success && typeof entry.message === 'string' ? [{ command: command.data, message: entry.message }] : [];
  });
}

export function saveRejected(credential: Credential, rejected: RejectedCommand[]): void {
  saveJson(deviceKey(credential, 'rejected'), rejected.length ? rejected : null);
}

export function loadMemberSecret(credential: Credential): string | null {
  return loadJson<{ secret: string }>(deviceKey(credential, 'member'))?.secret ?? null;
}

export function saveMemberSecret(credential: Credential, secret: string): void {
  saveJson(deviceKey(credential, 'member'), { secret, savedAt: Date.now() });
}

const MEMBER_KEY = /^roundtable:participant:[^:]+:member$/;

/**
 * The secrets this phone holds for the rooms it has joined, newest first. A phone brings them
 * to a room it has no secret for yet, so a later meeting of the same group knows it again.
 */
export function loadKnownSecrets(): string[] {
  return storedKeys()
    .filter((key) => MEMBER_KEY.test(key))
    .flatMap((key) => {
      const stored = loadJson<{ secret?: unknown; savedAt?: unknown }>(key);
      return typeof stored?.secret === 'string' ? [{ secret: stored.secret, savedAt: typeof stored.savedAt === 'number' ? stored.savedAt : 0 }] : [];
    })
    .sort((a, b) => b.savedAt - a.savedAt)
    .slice(0, KNOWN_SECRETS_MAX)
    .map((entry) => entry.secret);
}
