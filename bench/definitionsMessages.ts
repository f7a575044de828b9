// The definition cards scenario's plan, its requests to a client worker and what each answers
// (see messages.ts for the other scenarios'). Times are milliseconds on the monotonic clock.
import type { CardAnswer, Credential, Tally } from '@roundtable/shared';

/** Phones answer the whole deck at random moments in a window; then the facilitator reveals. */
export interface DefinitionsPlan {
  phones: number;
  /** Every phone sends each of its answers at a random moment in this window, ms. */
  windowMs: number;
  /** Seeds each phone's moments and answers, so a run can be repeated. */
  seed: number;
}

export type DefinitionsRequest =
  /** Connect these devices (global indices) with this credential, each keeping its own view of the room. */
  | { op: 'definitionsConnect'; url: string; credential: Credential; clients: number[] }
  /** Every local phone answers every card of its view's deck at random moments within the plan's window. */
  | { op: 'definitionsAnswer'; plan: DefinitionsPlan }
  /** The local facilitator reveals the answers. */
  | { op: 'definitionsReveal' }
  /** Waits (up to `timeoutMs`) until every local device has room version `version`; then reports what each received. */
  | { op: 'definitionsCollect'; version: number; timeoutMs: number }
  /** A fresh facilitator connection's snapshot: the tallies as the server holds them. */
  | { op: 'definitionsTruth'; url: string; credential: Credential };

/** One answer as the phone that sent it saw it. */
export interface AnswerRecord {
  client: number;
  cardId: string;
  answer: CardAnswer;
  sentAt: number;
  ackedAt: number | null;
  ok: boolean;
  version: number | null;
  code: string | null;
}

export interface RevealRecord {
  sentAt: number;
  ackedAt: number | null;
  ok: boolean;
  version: number | null;
  code: string | null;
}

/** What one device received, from its join on. */
export interface DeviceReceipt {
  client: number;
  role: 'participant' | 'facilitator';
  /** Bytes of every WebSocket frame received during the answering, by kind. */
  answering: {
    /** Changes that came from this phone's own answers (its own answer coming back). */
    ownChangeBytes: number;
    /** Changes from anything else: for a phone before the reveal, there should be none. */
    otherChangeBytes: number;
    otherChanges: number;
    /** Everything else: acknowledgements, presence counts. */
    otherFrameBytes: number;
  };
  /** When the change with the reveal arrived, and the size of its frame; null if it never did. */
  reveal: { arrivedAt: number; frameBytes: number } | null;
  /** The facilitator only: per room version, when its change (the progress counts) arrived. */
  progressArrivals: Record<number, number>;
  /** The device's tallies and reveal flag at the end. */
  tallies: Record<string, Tally>;
  revealed: boolean;
  version: number;
}

export interface DefinitionsTruth {
  version: number;
  revealed: boolean;
  tallies: Record<string, Tally>;
  respondents: number;
  cards: number;
}
