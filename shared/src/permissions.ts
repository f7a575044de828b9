import type { Role } from './audience.ts';
import type { CommandType } from './commands.ts';

/**
 * The one table of who may send which command. The server checks it before anything changes;
 * rules about a particular item (only its author may edit it) live in the tool's reducer.
 * The screen is read-only: it appears in no row.
 */
export const PERMISSIONS = {
  'room.setTitle': ['facilitator'],
  'room.setFocus': ['facilitator'],
  'member.setName': ['facilitator', 'participant'],
  'carPark.add': ['facilitator', 'participant'],
  'carPark.edit': ['facilitator', 'participant'],
  'carPark.setOutcome': ['facilitator'],
  'carPark.remove': ['facilitator'],
  'queue.raiseHand': ['participant'],
  'queue.lowerHand': ['participant'],
  'queue.requestBreak': ['participant'],
  'queue.addGuestHand': ['facilitator'],
  'queue.removeHand': ['facilitator'],
  'queue.moveHand': ['facilitator'],
  'queue.next': ['facilitator'],
  'queue.pick': ['facilitator'],
  'queue.endTurn': ['facilitator'],
  'queue.clear': ['facilitator'],
  'queue.setSettings': ['facilitator'],
  'queue.clearBreaks': ['facilitator'],
  'definitions.setStage': ['facilitator'],
  'definitions.addCard': ['facilitator'],
  'definitions.editCard': ['facilitator'],
  'definitions.moveCard': ['facilitator'],
  'definitions.removeCard': ['facilitator'],
  'definitions.replaceDeck': ['facilitator'],
  'definitions.answer': ['participant'],
  'definitions.setRevealed': ['facilitator'],
  'definitions.clearAnswers': ['facilitator'],
  'definitions.propose': ['facilitator', 'participant'],
  'definitions.support': ['participant'],
  'definitions.removeProposal': ['facilitator'],
  'definitions.setDraft': ['facilitator'],
  'definitions.adopt': ['facilitator'],
  'glossary.add': ['facilitator', 'participant'],
  'glossary.setMeaning': ['facilitator', 'participant'],
  'glossary.editTerm': ['facilitator'],
  'glossary.setAgreed': ['facilitator'],
  'glossary.remove': ['facilitator'],
  'agreements.propose': ['facilitator', 'participant'],
  'agreements.reword': ['facilitator'],
  'agreements.withdraw': ['facilitator'],
  'agreements.openRound': ['facilitator'],
  'agreements.answer': ['participant'],
  'agreements.closeRound': ['facilitator'],
  'agreements.move': ['facilitator'],
  'agreements.showExamples': ['facilitator'],
  'agreements.startCheckIn': ['facilitator'],
  'agreements.checkIn': ['participant'],
  'agreements.resolve': ['facilitator'],
  'agreements.endCheckIn': ['facilitator'],
  'summary.share': ['facilitator'],
  'summary.stop': ['facilitator'],
} as const satisfies Record<CommandType, readonly Role[]>;

export function mayRun(role: Role, type: CommandType): boolean {
  return (PERMISSIONS[type] as readonly Role[]).includes(role);
}
