import { describe, expect, it } from 'vitest';
import { FACILITATOR_MEMBER_ID, ROLES, type Role } from './audience.ts';
import type { Actor } from './command.ts';
import { clientCommandSchema, type ClientCommand, type CommandType } from './commands.ts';
import { ErrorCode } from './errors.ts';
import { mayRun, PERMISSIONS } from './permissions.ts';
import { applyCommand } from './reducer.ts';
import { createRoomState, type RoomState } from './state.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const MISSING_ITEM = 'item-that-never-was';

/** One command of every type; item commands name an item that does not exist. */
const SAMPLES: { [T in CommandType]: Extract<ClientCommand, { type: T }> } = {
  'room.setTitle': { id: 'cmd-000001', type: 'room.setTitle', payload: { title: 'New title' } },
  'room.setFocus': { id: 'cmd-000002', type: 'room.setFocus', payload: { tool: 'carPark' } },
  'member.setName': { id: 'cmd-000003', type: 'member.setName', payload: { name: 'Sam' } },
  'carPark.add': { id: 'cmd-000004', type: 'carPark.add', payload: { text: 'Parking', anonymous: false } },
  'carPark.edit': { id: 'cmd-000005', type: 'carPark.edit', payload: { itemId: MISSING_ITEM, text: 'Parking' } },
  'carPark.setOutcome': { id: 'cmd-000006', type: 'carPark.setOutcome', payload: { itemId: MISSING_ITEM, outcome: null } },
  'carPark.remove': { id: 'cmd-000007', type: 'carPark.remove', payload: { itemId: MISSING_ITEM } },
  'queue.raiseHand': { id: 'cmd-000008', type: 'queue.raiseHand', payload: { card: 'speak' } },
  'queue.lowerHand': { id: 'cmd-000009', type: 'queue.lowerHand', payload: {} },
  'queue.requestBreak': { id: 'cmd-000010', type: 'queue.requestBreak', payload: {} },
  'queue.addGuestHand': { id: 'cmd-000011', type: 'queue.addGuestHand', payload: { name: 'Pat', card: 'speak' } },
  'queue.removeHand': { id: 'cmd-000012', type: 'queue.removeHand', payload: { handId: MISSING_ITEM } },
  'queue.moveHand': { id: 'cmd-000013', type: 'queue.moveHand', payload: { handId: MISSING_ITEM, afterHandId: null } },
  'queue.next': { id: 'cmd-000014', type: 'queue.next', payload: {} },
  'queue.pick': { id: 'cmd-000015', type: 'queue.pick', payload: { handId: MISSING_ITEM } },
  'queue.endTurn': { id: 'cmd-000016', type: 'queue.endTurn', payload: {} },
  'queue.clear': { id: 'cmd-000017', type: 'queue.clear', payload: {} },
  'queue.setSettings': { id: 'cmd-000018', type: 'queue.setSettings', payload: { paused: true } },
  'queue.clearBreaks': { id: 'cmd-000019', type: 'queue.clearBreaks', payload: {} },
  'definitions.setStage': { id: 'cmd-000020', type: 'definitions.setStage', payload: { stage: 'definition' } },
  'definitions.addCard': { id: 'cmd-000021', type: 'definitions.addCard', payload: { text: 'Everyone has a say' } },
  'definitions.editCard': { id: 'cmd-000022', type: 'definitions.editCard', payload: { cardId: MISSING_ITEM, text: 'Everyone has a say' } },
  'definitions.moveCard': { id: 'cmd-000023', type: 'definitions.moveCard', payload: { cardId: MISSING_ITEM, afterCardId: null } },
  'definitions.removeCard': { id: 'cmd-000024', type: 'definitions.removeCard', payload: { cardId: MISSING_ITEM } },
  'definitions.replaceDeck': { id: 'cmd-000025', type: 'definitions.replaceDeck', payload: { from: 'empty' } },
  'definitions.answer': { id: 'cmd-000026', type: 'definitions.answer', payload: { cardId: MISSING_ITEM, answer: 'agree' } },
  'definitions.setRevealed': { id: 'cmd-000027', type: 'definitions.setRevealed', payload: { revealed: true } },
  'definitions.clearAnswers': { id: 'cmd-000028', type: 'definitions.clearAnswers', payload: {} },
  'definitions.propose': { id: 'cmd-000029', type: 'definitions.propose', payload: { text: 'Equal say', anonymous: false } },
  'definitions.support': { id: 'cmd-000030', type: 'definitions.support', payload: { proposalId: MISSING_ITEM, supported: true } },
  'definitions.removeProposal': { id: 'cmd-000031', type: 'definitions.removeProposal', payload: { proposalId: MISSING_ITEM } },
  'definitions.setDraft': { id: 'cmd-000032', type: 'definitions.setDraft', payload: { text: 'Working together', proposalIds: [] } },
  'definitions.adopt': { id: 'cmd-000033', type: 'definitions.adopt', payload: {} },
  'glossary.add': { id: 'cmd-000034', type: 'glossary.add', payload: { term: 'Commissioning', meaning: null } },
  'glossary.setMeaning': { id: 'cmd-000035', type: 'glossary.setMeaning', payload: { entryId: MISSING_ITEM, meaning: 'Buying services' } },
  'glossary.editTerm': { id: 'cmd-000036', type: 'glossary.editTerm', payload: { entryId: MISSING_ITEM, term: 'Commissioning' } },
  'glossary.setAgreed': { id: 'cmd-000037', type: 'glossary.setAgreed', payload: { entryId: MISSING_ITEM, agreed: true } },
  'glossary.remove': { id: 'cmd-000038', type: 'glossary.remove', payload: { entryId: MISSING_ITEM } },
  'agreements.propose': { id: 'cmd-000039', type: 'agreements.propose', payload: { text: 'We take turns', anonymous: false } },
  'agreements.reword': { id: 'cmd-000040', type: 'agreements.reword', payload: { agreementId: MISSING_ITEM, text: 'We take turns' } },
  'agreements.withdraw': { id: 'cmd-000041', type: 'agreements.withdraw', payload: { agreementId: MISSING_ITEM } },
  'agreements.openRound': { id: 'cmd-000042', type: 'agreements.openRound', payload: { agreementId: MISSING_ITEM } },
  'agreements.answer': { id: 'cmd-000043', type: 'agreements.answer', payload: { answer: 'agree', reason: null, named: false } },
  'agreements.closeRound': { id: 'cmd-000044', type: 'agreements.closeRound', payload: { decision: 'adopted' } },
  'agreements.move': { id: 'cmd-000045', type: 'agreements.move', payload: { agreementId: MISSING_ITEM, afterAgreementId: null } },
  'agreements.showExamples': { id: 'cmd-000046', type: 'agreements.showExamples', payload: { shown: true } },
  'agreements.startCheckIn': { id: 'cmd-000047', type: 'agreements.startCheckIn', payload: {} },
  'agreements.checkIn': { id: 'cmd-000048', type: 'agreements.checkIn', payload: { agreementId: MISSING_ITEM, mark: 'works' } },
  'agreements.resolve': { id: 'cmd-000049', type: 'agreements.resolve', payload: { agreementId: MISSING_ITEM, outcome: 'kept' } },
  'agreements.endCheckIn': { id: 'cmd-000050', type: 'agreements.endCheckIn', payload: {} },
  'summary.share': { id: 'cmd-000051', type: 'summary.share', payload: { token: 'summary-token-01', includeNames: false } },
  'summary.stop': { id: 'cmd-000052', type: 'summary.stop', payload: {} },
  'stakeholders.add': { id: 'cmd-000060', type: 'stakeholders.add', payload: { name: 'Carers', why: null, brings: null } },
  'stakeholders.edit': { id: 'cmd-000061', type: 'stakeholders.edit', payload: { stakeholderId: MISSING_ITEM, name: 'Carers', why: null, brings: null } },
  'stakeholders.remove': { id: 'cmd-000062', type: 'stakeholders.remove', payload: { stakeholderId: MISSING_ITEM } },
  'stakeholders.addStarters': { id: 'cmd-000063', type: 'stakeholders.addStarters', payload: {} },
  'stakeholders.addNote': { id: 'cmd-000064', type: 'stakeholders.addNote', payload: { stakeholderId: MISSING_ITEM, column: 'needs', text: 'Bus fares' } },
  'stakeholders.editNote': { id: 'cmd-000065', type: 'stakeholders.editNote', payload: { noteId: MISSING_ITEM, text: 'Bus fares' } },
  'stakeholders.removeNote': { id: 'cmd-000066', type: 'stakeholders.removeNote', payload: { noteId: MISSING_ITEM } },
  'stakeholders.addGroup': { id: 'cmd-000067', type: 'stakeholders.addGroup', payload: { name: 'Blue table' } },
  'stakeholders.renameGroup': { id: 'cmd-000068', type: 'stakeholders.renameGroup', payload: { groupId: MISSING_ITEM, name: 'Blue table' } },
  'stakeholders.removeGroup': { id: 'cmd-000069', type: 'stakeholders.removeGroup', payload: { groupId: MISSING_ITEM } },
  'stakeholders.assign': { id: 'cmd-000070', type: 'stakeholders.assign', payload: { stakeholderId: MISSING_ITEM, groupId: null } },
  'stakeholders.joinGroup': { id: 'cmd-000071', type: 'stakeholders.joinGroup', payload: { groupId: MISSING_ITEM } },
  'stakeholders.place': { id: 'cmd-000072', type: 'stakeholders.place', payload: { stakeholderId: MISSING_ITEM, quadrant: 'littleInfluenceMuchAffected' } },
  'stakeholders.setInvolved': { id: 'cmd-000073', type: 'stakeholders.setInvolved', payload: { stakeholderId: MISSING_ITEM, involved: true } },
  'stakeholders.setView': { id: 'cmd-000074', type: 'stakeholders.setView', payload: { view: 'grid', highlightGaps: true } },
  'valuesTree.setPhase': { id: 'cmd-000080', type: 'valuesTree.setPhase', payload: { phase: 'reflect' } },
  'valuesTree.addNote': { id: 'cmd-000081', type: 'valuesTree.addNote', payload: { text: 'Honesty', anonymous: false } },
  'valuesTree.editNote': { id: 'cmd-000082', type: 'valuesTree.editNote', payload: { noteId: MISSING_ITEM, text: 'Honesty' } },
  'valuesTree.removeNote': { id: 'cmd-000083', type: 'valuesTree.removeNote', payload: { noteId: MISSING_ITEM } },
  'valuesTree.reveal': { id: 'cmd-000084', type: 'valuesTree.reveal', payload: {} },
  'valuesTree.addTheme': { id: 'cmd-000085', type: 'valuesTree.addTheme', payload: { name: 'Respect' } },
  'valuesTree.renameTheme': { id: 'cmd-000086', type: 'valuesTree.renameTheme', payload: { themeId: MISSING_ITEM, name: 'Respect' } },
  'valuesTree.mergeThemes': { id: 'cmd-000087', type: 'valuesTree.mergeThemes', payload: { fromThemeId: MISSING_ITEM, intoThemeId: 'theme-also-missing' } },
  'valuesTree.removeTheme': { id: 'cmd-000088', type: 'valuesTree.removeTheme', payload: { themeId: MISSING_ITEM } },
  'valuesTree.moveNote': { id: 'cmd-000089', type: 'valuesTree.moveNote', payload: { noteId: MISSING_ITEM, themeId: null, afterNoteId: null } },
  'valuesTree.setSettings': { id: 'cmd-000090', type: 'valuesTree.setSettings', payload: { phonesMayMove: true, votesPerPerson: 3 } },
  'valuesTree.vote': { id: 'cmd-000091', type: 'valuesTree.vote', payload: { themeId: MISSING_ITEM, count: 1 } },
  'valuesTree.revealVotes': { id: 'cmd-000092', type: 'valuesTree.revealVotes', payload: { revealed: true } },
  'valuesTree.clearVotes': { id: 'cmd-000093', type: 'valuesTree.clearVotes', payload: {} },
  'valuesTree.addLeaf': { id: 'cmd-000094', type: 'valuesTree.addLeaf', payload: { text: 'We respect each other', themeIds: [] } },
  'valuesTree.editLeaf': { id: 'cmd-000095', type: 'valuesTree.editLeaf', payload: { leafId: MISSING_ITEM, text: 'We respect each other', themeIds: [] } },
  'valuesTree.removeLeaf': { id: 'cmd-000096', type: 'valuesTree.removeLeaf', payload: { leafId: MISSING_ITEM } },
  'access.setNeeds': { id: 'cmd-000100', type: 'access.setNeeds', payload: { needs: ['breaks'], other: null } },
};

/**
 * Commands that, past the table, are refused in a fresh room for a reason of their own: nothing
 * to act on (nobody waiting or speaking, nothing answered, no round or check-in open, no agreement
 * adopted), or no definition written yet. Every
 * sample that names an item, hand, card, proposal or word names one that does not exist.
 */
const REFUSED_IN_A_FRESH_ROOM: Partial<Record<CommandType, ErrorCode>> = {
  'queue.lowerHand': ErrorCode.NOT_FOUND,
  'queue.next': ErrorCode.NOT_FOUND,
  'queue.endTurn': ErrorCode.NOT_FOUND,
  'definitions.clearAnswers': ErrorCode.CONFLICT,
  'definitions.adopt': ErrorCode.BAD_REQUEST,
  'agreements.answer': ErrorCode.NOT_FOUND,
  'agreements.closeRound': ErrorCode.NOT_FOUND,
  'agreements.startCheckIn': ErrorCode.CONFLICT,
  'agreements.endCheckIn': ErrorCode.NOT_FOUND,
  'summary.stop': ErrorCode.CONFLICT,
  'valuesTree.clearVotes': ErrorCode.CONFLICT,
};
const NAMES_A_MISSING_THING = ['itemId', 'handId', 'cardId', 'proposalId', 'entryId', 'agreementId', 'stakeholderId', 'noteId', 'groupId', 'themeId', 'fromThemeId', 'leafId'];

const ACTORS: Record<Role | 'system', Actor> = {
  facilitator: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID },
  participant: { role: 'participant', memberId: 'member-alice' },
  screen: { role: 'screen', memberId: null },
  system: { role: 'system', memberId: null },
};

const COMMAND_TYPES = Object.keys(PERMISSIONS) as CommandType[];

function room(): RoomState {
  const state = createRoomState('room-0001', 'Bus routes', NOW);
  const joined = applyCommand(
    state,
    { id: 'join-member-alice', type: 'member.join', payload: { memberId: 'member-alice', name: 'Alice' } },
    { actor: ACTORS.system, now: NOW },
  );
  if (!joined.ok) throw new Error(joined.message);
  return joined.state;
}

describe('the permission table', () => {
  it('has exactly one row for every command a client can send', () => {
    const schemaTypes = clientCommandSchema.options.map((option) => option.shape.type.value);
    expect([...COMMAND_TYPES].sort()).toEqual([...schemaTypes].sort());
  });

  it('has a sample command here for every row, each one valid by the schema', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...COMMAND_TYPES].sort());
    for (const sample of Object.values(SAMPLES)) expect(clientCommandSchema.safeParse(sample).success).toBe(true);
  });

  it.each(COMMAND_TYPES)('lets the screen run nothing: %s', (type) => {
    expect(PERMISSIONS[type]).not.toContain('screen');
    expect(mayRun('screen', type)).toBe(false);
  });
});

const cases = COMMAND_TYPES.flatMap((type) =>
  [...ROLES, 'system' as const].map((role) => ({
    type,
    role,
    allowed: role !== 'system' && (PERMISSIONS[type] as readonly Role[]).includes(role),
  })),
);

describe('applyCommand checks the table first', () => {
  it.each(cases.filter((entry) => !entry.allowed))('refuses $type from the $role as FORBIDDEN', ({ type, role }) => {
    expect(applyCommand(room(), SAMPLES[type], { actor: ACTORS[role], now: NOW })).toEqual({
      ok: false,
      code: ErrorCode.FORBIDDEN,
      message: expect.any(String),
    });
  });

  it.each(cases.filter((entry) => entry.allowed))('lets $type from the $role past the table', ({ type, role }) => {
    const result = applyCommand(room(), SAMPLES[type], { actor: ACTORS[role], now: NOW });
    const payload = SAMPLES[type].payload;
    const code = NAMES_A_MISSING_THING.some((key) => key in payload) ? ErrorCode.NOT_FOUND : REFUSED_IN_A_FRESH_ROOM[type];
    expect(result).toMatchObject(code ? { ok: false, code } : { ok: true });
  });

  it.each(['facilitator', 'participant', 'screen'] as const)('refuses member.join from the %s', (role) => {
    const command = { id: 'join-member-bob', type: 'member.join', payload: { memberId: 'member-bob', name: null } } as const;
    expect(applyCommand(room(), command, { actor: ACTORS[role], now: NOW })).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
  });
});
