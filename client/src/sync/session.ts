import { ErrorCode, fail, type CommandAck, type CommandType, type Credential, type PayloadOf } from '@roundtable/shared';
import { useEffect } from 'react';
import { RoomConnection } from './connection.ts';

let current: RoomConnection | null = null;

/** Opens this page's connection to a room for as long as the calling component is mounted. */
export function useRoomSession(credential: Credential | null): void {
  const key = credential ? JSON.stringify(credential) : null;
  useEffect(() => {
    if (!key) return undefined;
    const connection = new RoomConnection(JSON.parse(key) as Credential);
    current = connection;
    return () => {
      connection.close();
      if (current === connection) current = null;
    };
  }, [key]);
}

/**
 * Sends a command to the open room. Resolves with the server's acknowledgement: `{ok: true}`
 * once it is saved, or a plain-words refusal to show next to what the person typed.
 */
export function sendCommand<T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<CommandAck> {
  if (!current) return Promise.resolve(fail(ErrorCode.UNAVAILABLE, 'Not connected to a workshop.'));
  return current.send(type, payload);
}
