import type { ClientCommand, CommandType } from '@roundtable/shared';

/**
 * What each command was meant to do, in plain words: the heading of its "not sent" entry. A
 * Record over every command type, so a new command does not compile until it has words here.
 */
const NOT_SENT: Record<CommandType, string> = {
  'carPark.add': 'Your car park item was not added',
  'carPark.edit': 'Your change to a car park item was not saved',
  'carPark.setOutcome': 'The outcome for a car park item was not saved',
  'carPark.remove': 'A car park item was not removed',
  'room.setTitle': 'The new workshop title was not saved',
  'room.setFocus': 'The big screen was not changed',
  'member.setName': 'Your new name was not saved',
  'queue.raiseHand': 'Your hand was not raised',
  'queue.lowerHand': 'Your hand was not lowered',
  'queue.addGuestHand': 'The hand you added for someone was not saved',
  'queue.removeHand': 'A hand was not taken out of the queue',
  'queue.moveHand': 'A hand was not moved in the queue',
  'queue.next': 'The next person was not asked to speak',
  'queue.pick': 'The person you picked was not asked to speak',
  'queue.endTurn': 'The turn to speak was not ended',
  'queue.clear': 'The queue was not cleared',
  'queue.setSettings': 'The queue settings were not saved',
  'queue.requestBreak': 'Your request for a break was not sent',
  'queue.clearBreaks': 'The requests for a break were not cleared',
};

export function whatWasNotSent(command: ClientCommand): string {
  return NOT_SENT[command.type];
}

/** Payload fields that hold words a person typed, at any depth (an outcome's reason, say). */
const TYPED_FIELDS: ReadonlySet<string> = new Set(['text', 'title', 'name', 'owner', 'reason']);

function typedIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'string' && TYPED_FIELDS.has(key) ? [inner] : typedIn(inner),
  );
}

/** The words the person typed for a command, so they can copy them; empty when nothing was typed. */
export function typedWords(command: ClientCommand): string {
  return typedIn(command.payload).join('\n');
}
