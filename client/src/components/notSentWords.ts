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
  'definitions.setStage': 'The definition cards screen was not changed',
  'definitions.addCard': 'Your new card was not added',
  'definitions.editCard': 'Your change to a card was not saved',
  'definitions.moveCard': 'A card was not moved',
  'definitions.removeCard': 'A card was not removed',
  'definitions.replaceDeck': 'The new deck of cards was not saved',
  'definitions.answer': 'Your answer to a card was not saved',
  'definitions.setRevealed': 'The answers were not shown or hidden',
  'definitions.clearAnswers': 'The answers were not cleared',
  'definitions.propose': 'Your words for the definition were not added',
  'definitions.support': 'Your support for some words was not saved',
  'definitions.removeProposal': 'Some words for the definition were not removed',
  'definitions.setDraft': 'Your draft of the definition was not saved',
  'definitions.adopt': 'The definition was not recorded as agreed',
  'glossary.add': 'Your word was not added to the glossary',
  'glossary.setMeaning': 'Your meaning for a word was not saved',
  'glossary.editTerm': 'Your change to a word was not saved',
  'glossary.setAgreed': 'A meaning was not marked as agreed',
  'glossary.remove': 'A word was not removed from the glossary',
  'agreements.propose': 'Your agreement was not proposed',
  'agreements.reword': 'The new wording of an agreement was not saved',
  'agreements.withdraw': 'A proposed agreement was not taken back',
  'agreements.openRound': 'The question to the group was not opened',
  'agreements.answer': 'Your answer was not saved',
  'agreements.closeRound': 'The group’s decision was not recorded',
  'agreements.move': 'An agreement was not moved',
  'agreements.showExamples': 'The examples were not shown or hidden',
  'agreements.startCheckIn': 'The check-in was not started',
  'agreements.checkIn': 'Your check-in answer was not saved',
  'agreements.resolve': 'What the group decided about an agreement was not saved',
  'agreements.endCheckIn': 'The check-in was not finished',
  'stakeholders.add': 'Your stakeholder was not added',
  'stakeholders.edit': 'Your change to a stakeholder was not saved',
  'stakeholders.remove': 'A stakeholder was not removed',
  'stakeholders.addStarters': 'The starter stakeholders were not added',
  'stakeholders.addNote': 'Your note was not added to the grid',
  'stakeholders.editNote': 'Your change to a note was not saved',
  'stakeholders.removeNote': 'A note was not removed from the grid',
  'stakeholders.addGroup': 'The small group was not added',
  'stakeholders.renameGroup': 'The small group’s new name was not saved',
  'stakeholders.removeGroup': 'The small group was not removed',
  'stakeholders.assign': 'A stakeholder was not given to a small group',
  'stakeholders.joinGroup': 'Your small group was not saved',
  'stakeholders.place': 'A stakeholder was not placed on the map',
  'stakeholders.setInvolved': 'Whether a stakeholder is involved was not saved',
  'stakeholders.setView': 'The stakeholders screen was not changed',
  'valuesTree.setPhase': 'The values tree did not move on',
  'valuesTree.addNote': 'Your value was not added',
  'valuesTree.editNote': 'Your change to a value was not saved',
  'valuesTree.removeNote': 'A value was not removed',
  'valuesTree.reveal': 'The values were not revealed',
  'valuesTree.addTheme': 'The theme was not added',
  'valuesTree.renameTheme': 'The theme’s new name was not saved',
  'valuesTree.mergeThemes': 'The themes were not merged',
  'valuesTree.removeTheme': 'The theme was not removed',
  'valuesTree.moveNote': 'A value was not moved',
  'valuesTree.setSettings': 'The values tree settings were not saved',
  'valuesTree.vote': 'Your votes were not saved',
  'valuesTree.revealVotes': 'The votes were not shown or hidden',
  'valuesTree.clearVotes': 'The votes were not cleared',
  'valuesTree.addLeaf': 'The shared value was not added',
  'valuesTree.editLeaf': 'Your change to a shared value was not saved',
  'valuesTree.removeLeaf': 'A shared value was not removed',
  'access.setNeeds': 'What you need was not sent to the host',
  'summary.share': 'The summary for the group was not shared',
  'summary.stop': 'The summary for the group was not stopped',
};

export function whatWasNotSent(command: ClientCommand): string {
  return NOT_SENT[command.type];
}

/** Payload fields that hold words a person typed, at any depth (an outcome's reason, say). */
const TYPED_FIELDS: ReadonlySet<string> = new Set(['text', 'title', 'name', 'owner', 'reason', 'term', 'meaning', 'other']);

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
