import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newId } from '@roundtable/shared';

/** Characters in a facilitator key: 32 URL-safe characters carry 192 random bits. */
export const FACILITATOR_KEY_LENGTH = 32;
/** Characters in a participant or screen token: 22 carry 132 random bits. */
export const LINK_TOKEN_LENGTH = 22;
/** Characters in a room id. It is in links but opens nothing by itself. */
export const ROOM_ID_LENGTH = 12;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares a secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

export const newFacilitatorKey = (): string => newId(FACILITATOR_KEY_LENGTH);
export const newLinkToken = (): string => newId(LINK_TOKEN_LENGTH);
export const newRoomId = (): string => newId(ROOM_ID_LENGTH);
