import { ErrorCode, fail, type CommandAck, type CommandType, type Credential, type PayloadOf } from '@roundtable/shared';
import { useEffect } from 'react';
import { RoomConnection } from './connection.ts';

let current: RoomConnection | null = null;

/** Opens this page's connection to a room for as long as the calling component is mounted. */
export function useRoomSession(credential: Credential | null): void {
  useEffect(() => {
    if (!credential) return undefined;
    const connection = new RoomConnection(credential);
    current = connection;
    return () => {
      connection.close();
      if (current === connection) current = null;
    };
  }, [credential]);
}

/**
 * Sends a command to the open room. `ack` resolves with the server's answer: `{ok: true}` once it
 * is saved, or a plain-words refusal to show next to what the person typed. A form that stops
 * waiting calls `handOverCommand(id)`; a later refusal then shows in the "not sent" list instead.
 */
export function sendCommand<T extends CommandType>(type: T, payload: PayloadOf<T>): { id: string; ack: Promise<CommandAck> } {
  if (!current) return { id: '', ack: Promise.resolve(fail(ErrorCode.UNAVAILABLE, 'Not connected to a workshop.')) };
  return current.send(type, payload);
}

export function handOverCommand(commandId: string): void {
  current?.handOver(commandId);
}

/** Removes a refused command from the "not sent" list once the person has seen it. */
export function dismissRejected(commandId: string): void {
  current?.dismissRejected(commandId);
}
