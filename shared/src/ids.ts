import { z } from 'zod';

/** Characters of a URL-safe id. */
const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** An id made by a client or the server: 8 to 64 URL-safe characters. */
export const idSchema = z.string().regex(ID_PATTERN, 'Not a valid id.');

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A random URL-safe id of `length` characters (6 bits each; 22 characters hold 132 bits).
 * Uses `crypto.getRandomValues`, which browsers offer on plain-http LAN pages too, unlike
 * `crypto.randomUUID`, which needs a secure context.
 */
export function newId(length = 22): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const byte of bytes) out += ID_ALPHABET[byte & 63];
  return out;
}
