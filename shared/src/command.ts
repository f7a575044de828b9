import { z } from 'zod';
import type { Role } from './audience.ts';
import type { Failure } from './errors.ts';
import { idSchema } from './ids.ts';

/**
 * The envelope of every command: a client-made `id` (a repeat of an id is acknowledged again
 * and never applied twice; creating commands also use it as the new thing's id), the `type`
 * (`tool.verb`) and the `payload` of that type.
 */
export function commandSchema<const T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.object({ id: idSchema, type: z.literal(type), payload });
}

/** Who sent a command. `system` is the server acting for itself (a member joining). */
export interface Actor {
  role: Role | 'system';
  memberId: string | null;
}

/**
 * Everything a reducer may know beyond the state and the command. The reducer never reads a
 * clock or a random source itself, so replaying a command with its context gives the same room.
 */
export interface CommandContext {
  actor: Actor;
  /** Server time when the command was applied, in milliseconds since the Unix epoch. */
  now: number;
}

export type Result<S> = ({ ok: true } & S) | Failure;
