import { assertNever } from './audience.ts';
import type { ClientCommand } from './commands.ts';
import type { CommandContext } from './command.ts';
import { ErrorCode, fail } from './errors.ts';
import { mayRun } from './permissions.ts';
import type { Delta, Reduction, RoomState, RoomView } from './state.ts';
import { applyAccessDelta, reduceAccess } from './tools/access.ts';
import { applyCarParkDelta, reduceCarPark } from './tools/carPark.ts';
import { applyAgreementsDelta, reduceAgreements } from './tools/agreements.ts';
import { applyDefinitionsDelta, reduceDefinitions } from './tools/definitions.ts';
import { applyGlossaryDelta, reduceGlossary } from './tools/glossary.ts';
import { applyQueueDelta, reduceQueue, renameInQueue, type MemberAwayCommand } from './tools/queue.ts';
import { applyRoomDelta, reduceRoom, type MemberJoinCommand } from './tools/room.ts';
import { applyStakeholdersDelta, reduceStakeholders } from './tools/stakeholders.ts';
import { applySummaryDelta, reduceSummary } from './tools/summary.ts';
import { applyValuesTreeDelta, reduceValuesTree } from './tools/valuesTree.ts';

/** A command the reducer accepts: any client command, or one the server sends for itself. */
export type AnyCommand = ClientCommand | SystemCommand;
/** Commands only the server sends, for itself. */
export type SystemCommand = MemberJoinCommand | MemberAwayCommand;

/**
 * Applies one command to a room: checks the permission table, then hands the command to its
 * tool's module. Pure and deterministic: the same state, command and context give the same
 * reduction, so the server can replay its log after a restart.
 */
export function applyCommand(state: RoomState, command: AnyCommand, ctx: CommandContext): Reduction {
  const { role } = ctx.actor;
  if (command.type === 'member.join' || command.type === 'queue.memberAway') {
    if (role !== 'system') return fail(ErrorCode.FORBIDDEN, 'Only the server can do that.');
    return command.type === 'member.join' ? reduceRoom(state, command, ctx) : reduceQueue(state, command, ctx);
  }
  if (role === 'system' || !mayRun(role, command.type)) {
    return fail(ErrorCode.FORBIDDEN, 'Only the facilitator can do that.');
  }
  switch (command.type) {
    case 'room.setTitle':
    case 'room.setFocus':
      return reduceRoom(state, command, ctx);
    case 'member.setName': {
      const renamed = reduceRoom(state, command, ctx);
      if (!renamed.ok || ctx.actor.memberId === null) return renamed;
      const queue = renameInQueue(renamed.state, ctx.actor.memberId);
      return { ok: true, state: queue.state, effects: [...renamed.effects, ...queue.effects] };
    }
    case 'carPark.add':
    case 'carPark.edit':
    case 'carPark.setOutcome':
    case 'carPark.remove':
      return reduceCarPark(state, command, ctx);
    case 'queue.raiseHand':
    case 'queue.lowerHand':
    case 'queue.addGuestHand':
    case 'queue.removeHand':
    case 'queue.moveHand':
    case 'queue.next':
    case 'queue.pick':
    case 'queue.endTurn':
    case 'queue.clear':
    case 'queue.setSettings':
    case 'queue.requestBreak':
    case 'queue.clearBreaks':
      return reduceQueue(state, command, ctx);
    case 'definitions.setStage':
    case 'definitions.addCard':
    case 'definitions.editCard':
    case 'definitions.moveCard':
    case 'definitions.removeCard':
    case 'definitions.replaceDeck':
    case 'definitions.answer':
    case 'definitions.setRevealed':
    case 'definitions.clearAnswers':
    case 'definitions.propose':
    case 'definitions.support':
    case 'definitions.removeProposal':
    case 'definitions.setDraft':
    case 'definitions.adopt':
      return reduceDefinitions(state, command, ctx);
    case 'glossary.add':
    case 'glossary.setMeaning':
    case 'glossary.editTerm':
    case 'glossary.setAgreed':
    case 'glossary.remove':
      return reduceGlossary(state, command, ctx);
    case 'agreements.propose':
    case 'agreements.reword':
    case 'agreements.withdraw':
    case 'agreements.openRound':
    case 'agreements.answer':
    case 'agreements.closeRound':
    case 'agreements.move':
    case 'agreements.showExamples':
    case 'agreements.startCheckIn':
    case 'agreements.checkIn':
    case 'agreements.resolve':
    case 'agreements.endCheckIn':
      return reduceAgreements(state, command, ctx);
    case 'summary.share':
    case 'summary.stop':
      return reduceSummary(state, command, ctx);
    case 'stakeholders.add':
    case 'stakeholders.edit':
    case 'stakeholders.remove':
    case 'stakeholders.addStarters':
    case 'stakeholders.addNote':
    case 'stakeholders.editNote':
    case 'stakeholders.removeNote':
    case 'stakeholders.addGroup':
    case 'stakeholders.renameGroup':
    case 'stakeholders.removeGroup':
    case 'stakeholders.assign':
    case 'stakeholders.joinGroup':
    case 'stakeholders.place':
    case 'stakeholders.setInvolved':
    case 'stakeholders.setView':
      return reduceStakeholders(state, command, ctx);
    case 'valuesTree.setPhase':
    case 'valuesTree.addNote':
    case 'valuesTree.editNote':
    case 'valuesTree.removeNote':
    case 'valuesTree.reveal':
    case 'valuesTree.addTheme':
    case 'valuesTree.renameTheme':
    case 'valuesTree.mergeThemes':
    case 'valuesTree.removeTheme':
    case 'valuesTree.moveNote':
    case 'valuesTree.setSettings':
    case 'valuesTree.vote':
    case 'valuesTree.revealVotes':
    case 'valuesTree.clearVotes':
    case 'valuesTree.addLeaf':
    case 'valuesTree.editLeaf':
    case 'valuesTree.removeLeaf':
      return reduceValuesTree(state, command, ctx);
    case 'access.setNeeds':
      return reduceAccess(state, command, ctx);
    default:
      return assertNever(command);
  }
}

/** Applies one delta to a device's view of the room. */
export function applyDelta(view: RoomView, delta: Delta): RoomView {
  switch (delta.type) {
    case 'room.saved':
    case 'member.saved':
      return applyRoomDelta(view, delta);
    case 'carPark.itemSaved':
    case 'carPark.itemRemoved':
      return { ...view, carPark: applyCarParkDelta(view.carPark, delta) };
    case 'queue.handSaved':
    case 'queue.handRemoved':
    case 'queue.speakerSaved':
    case 'queue.settingsSaved':
    case 'queue.statSaved':
    case 'queue.breaksSaved':
    case 'queue.balanceSaved':
      return { ...view, queue: applyQueueDelta(view.queue, delta) };
    case 'definitions.stageSaved':
    case 'definitions.cardSaved':
    case 'definitions.cardRemoved':
    case 'definitions.deckReplaced':
    case 'definitions.answerSaved':
    case 'definitions.answeredSaved':
    case 'definitions.tallySaved':
    case 'definitions.revealSaved':
    case 'definitions.answersCleared':
    case 'definitions.proposalSaved':
    case 'definitions.proposalRemoved':
    case 'definitions.supportSaved':
    case 'definitions.draftSaved':
    case 'definitions.versionAdded':
      return { ...view, definitions: applyDefinitionsDelta(view.definitions, delta) };
    case 'glossary.entrySaved':
    case 'glossary.entryRemoved':
      return { ...view, glossary: applyGlossaryDelta(view.glossary, delta) };
    case 'agreements.agreementSaved':
    case 'agreements.agreementRemoved':
    case 'agreements.roundSaved':
    case 'agreements.answerSaved':
    case 'agreements.reasonSaved':
    case 'agreements.examplesSaved':
    case 'agreements.checkInSaved':
    case 'agreements.markSaved':
      return { ...view, agreements: applyAgreementsDelta(view.agreements, delta) };
    case 'summary.saved':
      return { ...view, summary: applySummaryDelta(view.summary, delta) };
    case 'stakeholders.stakeholderSaved':
    case 'stakeholders.stakeholderRemoved':
    case 'stakeholders.noteSaved':
    case 'stakeholders.noteRemoved':
    case 'stakeholders.groupSaved':
    case 'stakeholders.groupRemoved':
    case 'stakeholders.memberGroupSaved':
    case 'stakeholders.viewSaved':
      return { ...view, stakeholders: applyStakeholdersDelta(view.stakeholders, delta) };
    case 'valuesTree.settingsSaved':
    case 'valuesTree.noteSaved':
    case 'valuesTree.noteRemoved':
    case 'valuesTree.noteCountSaved':
    case 'valuesTree.notesRevealed':
    case 'valuesTree.themeSaved':
    case 'valuesTree.themeRemoved':
    case 'valuesTree.myVotesSaved':
    case 'valuesTree.votersSaved':
    case 'valuesTree.totalsSaved':
    case 'valuesTree.leafSaved':
    case 'valuesTree.leafRemoved':
      return { ...view, valuesTree: applyValuesTreeDelta(view.valuesTree, delta) };
    case 'access.needsSaved':
      return { ...view, access: applyAccessDelta(view.access, delta) };
    default:
      return assertNever(delta);
  }
}
