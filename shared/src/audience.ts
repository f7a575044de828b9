import { z } from 'zod';

/** Who a device is, as far as what it may see and do. Decided by the server at connection. */
export const ROLES = ['facilitator', 'participant', 'screen'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The facilitator's member id in every room: all facilitator devices act as this one member. */
export const FACILITATOR_MEMBER_ID = 'facilitator';

/** The device looking at a room: its role and, for facilitators and participants, its member. */
export interface Viewer {
  role: Role;
  memberId: string | null;
}

/**
 * Who receives a delta. Invariant the server's fan-out relies on: an audience depends only on
 * whether the viewer is a facilitator and on its member id, never on participant versus screen.
 */
export type Audience =
  | { kind: 'all' }
  | { kind: 'facilitators' }
  | { kind: 'member'; memberId: string }
  | { kind: 'allExceptMember'; memberId: string };

export const EVERYONE: Audience = { kind: 'all' };
export const FACILITATORS: Audience = { kind: 'facilitators' };

export function onlyMember(memberId: string): Audience {
  return { kind: 'member', memberId };
}

export function allExceptMember(memberId: string): Audience {
  return { kind: 'allExceptMember', memberId };
}

/** Whether `viewer` is in `audience`. */
export function canSee(audience: Audience, viewer: Viewer): boolean {
  switch (audience.kind) {
    case 'all':
      return true;
    case 'facilitators':
      return viewer.role === 'facilitator';
    case 'member':
      return viewer.memberId === audience.memberId;
    case 'allExceptMember':
      return viewer.memberId !== audience.memberId;
    default:
      return assertNever(audience);
  }
}

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
