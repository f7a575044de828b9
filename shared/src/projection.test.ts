import { describe, expect, it } from 'vitest';
import { canSee, FACILITATOR_MEMBER_ID, type Viewer } from './audience.ts';
import type { Actor } from './command.ts';
import { clientCommandSchema } from './commands.ts';
import { applyCommand, applyDelta, type AnyCommand } from './reducer.ts';
import { createRoomState, projectRoom, type Effect, type RoomState } from './state.ts';
import type { Outcome } from './tools/carPark.ts';
import { CHECK_IN_MARKS, openCheckIn, ROUND_ANSWERS } from './tools/agreements.ts';
import { CARD_ANSWERS, DEFINITION_STAGES } from './tools/definitions.ts';
import { termKey } from './tools/glossary.ts';
import { QUEUE_CARDS } from './tools/queue.ts';
import { VALUES_PHASES, votesUsed } from './tools/valuesTree.ts';
import { GRID_COLUMNS, QUADRANTS, STAKEHOLDER_VIEWS, STARTER_STAKEHOLDERS } from './tools/stakeholders.ts';
import { TOOL_IDS } from './tools/room.ts';

const SEEDS = [1, 20260314, 987654321];
const STEPS = 2000;
const START = Date.UTC(2026, 2, 14, 9, 0);
const PARTICIPANT_IDS = ['member-ana', 'member-ben', 'member-cy'];
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };

const VIEWERS: Viewer[] = [
  { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID },
  ...PARTICIPANT_IDS.map((memberId): Viewer => ({ role: 'participant', memberId })),
  { role: 'screen', memberId: null },
];

const TEXTS = ['Parking', 'Who pays for the hall?', 'Step-free access', 'Lunch'];
const NAMES = ['Ana', 'Ben', 'Cy', '', null];
const OUTCOMES: (Outcome | null)[] = [
  null,
  { kind: 'today' },
  { kind: 'nextMeeting' },
  { kind: 'action', owner: 'Ben', due: '2026-04-30' },
  { kind: 'outOfScope', reason: 'The council decides' },
];
const GUEST_NAMES = ['Pat', 'pat', 'Sam Lee'];
const STATEMENTS = ['Everyone has an equal say', 'Staff decide in the end', 'Carers count too'];
const TERMS = ['Commissioning', 'commissioning ', 'Co-design', 'KPI', 'Lived experience'];
const MEANINGS = ['Deciding what to pay for', 'Designing a service together', 'A number used to judge progress'];

/** mulberry32: a tiny seeded generator, so a failing run can be replayed exactly. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { pick, chance: (p: number) => next() < p };
}

/** Freezes every object inside `value`, so a delta that mutates the view it is given throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

interface Step {
  type: string;
  state: RoomState;
  effects: Effect[];
}

/**
 * Plays `STEPS` valid commands from the facilitator and three participants who join along the way,
 * and now and then the server lowering the hand of a phone that has been away.
 */
function play(seed: number): { initial: RoomState; steps: Step[] } {
  const random = generator(seed);
  const initial = createRoomState('room-0001', 'Bus routes', START);
  const steps: Step[] = [];
  let state = initial;
  let counter = 0;
  const played = new Set<string>();
  const apply = (actor: Actor, command: AnyCommand) => {
    const reduction = applyCommand(state, command, { actor, now: START + ++counter * 1000 });
    if (!reduction.ok) throw new Error(`Seed ${seed}: ${command.type} refused: ${reduction.message}`);
    state = reduction.state;
    steps.push({ type: command.type, state, effects: reduction.effects });
  };
  const client = (type: string, payload: unknown): AnyCommand =>
    clientCommandSchema.parse({ id: `cmd-${String(counter).padStart(6, '0')}`, type, payload });
  /** Some of the settings, each with a random value; pausing is rare so that hands keep going up. */
  const settings = () =>
    Object.fromEntries(
      Object.entries({
        paused: random.chance(0.2),
        progressive: random.chance(0.6),
        showBalance: random.chance(0.6),
        softLimitSeconds: random.pick([null, 90, 300]),
      }).filter(() => random.chance(0.5)),
    );

  while (steps.length < STEPS) {
    const waiting = PARTICIPANT_IDS.filter((id) => !state.members[id]);
    if (waiting.length && random.chance(0.05)) {
      const memberId = waiting[0]!;
      apply({ role: 'system', memberId: null }, { id: `join-${memberId}`, type: 'member.join', payload: { memberId, name: random.pick(NAMES) || null } });
      continue;
    }
    const joined = PARTICIPANT_IDS.filter((id) => state.members[id]);
    const hands = Object.values(state.queue.hands);
    const away = hands.filter((hand) => hand.memberId !== null);
    if (away.length && random.chance(0.02)) {
      const { memberId } = random.pick(away);
      apply({ role: 'system', memberId: null }, { id: `away-${String(counter).padStart(6, '0')}`, type: 'queue.memberAway', payload: { memberId: memberId! } });
      continue;
    }
    const actor: Actor = random.chance(0.3) || !joined.length ? FACILITATOR : { role: 'participant', memberId: random.pick(joined) };
    const items = Object.values(state.carPark.items);
    const mine = actor.role === 'facilitator' ? items : items.filter((item) => item.authorId === actor.memberId);
    const choices: (() => AnyCommand)[] = [
      () => client('carPark.add', { text: random.pick(TEXTS), anonymous: random.chance(0.5) }),
      () => client('member.setName', { name: random.pick(NAMES) }),
    ];
    if (mine.length) choices.push(() => client('carPark.edit', { itemId: random.pick(mine).id, text: random.pick(TEXTS) }));
    /** The definition cards and the glossary; with the agreements, picked about half the time, so the queue still gets its share. */
    const more: (() => AnyCommand)[] = [];
    const defs = state.definitions;
    const cards = Object.values(defs.cards);
    const proposals = Object.values(defs.proposals);
    const entries = Object.values(state.glossary.entries);
    const newTerms = TERMS.filter((term) => !entries.some((entry) => termKey(entry.term) === termKey(term)));
    more.push(() => client('definitions.propose', { text: random.pick(TEXTS), anonymous: random.chance(0.5) }));
    if (newTerms.length) more.push(() => client('glossary.add', { term: random.pick(newTerms), meaning: random.chance(0.3) ? random.pick(MEANINGS) : null }));
    const open = entries.filter((entry) => actor.role === 'facilitator' || !entry.agreed);
    if (open.length) more.push(() => client('glossary.setMeaning', { entryId: random.pick(open).id, meaning: random.pick(MEANINGS) }));
    if (actor.role === 'participant' && actor.memberId !== null) {
      const memberId = actor.memberId;
      if (cards.length) {
        const answer = () => {
          const card = random.pick(cards);
          const mineNow = defs.answers[card.id]?.[memberId] ?? null;
          return client('definitions.answer', { cardId: card.id, answer: random.pick([null, ...CARD_ANSWERS].filter((option) => option !== mineNow)) });
        };
        // Answering is what phones do most with this tool.
        more.push(answer, answer, answer);
      }
      if (proposals.length) {
        more.push(() => {
          const proposal = random.pick(proposals);
          return client('definitions.support', { proposalId: proposal.id, supported: !defs.supports[proposal.id]?.includes(memberId) });
        });
      }
    }
    const agreed = actor.role === 'facilitator' ? agreementChoices(state, client, random) : participantAgreementChoices(state, actor, client, random);
    const mapped = stakeholderChoices(state, actor, client, random);
    const grown = [...valuesTreeChoices(state, actor, client, random), ...accessChoices(state, actor, client, random)];
    if (actor.role === 'participant') {
      const own = hands.find((hand) => hand.memberId === actor.memberId);
      // Raising again with the card already up is refused; any other card moves the hand.
      const raise = () => client('queue.raiseHand', { card: random.pick(QUEUE_CARDS.filter((card) => card !== own?.card)) });
      // Raising is the commonest thing a phone does in a meeting; a paused queue refuses only new hands.
      if (!state.queue.paused || own) choices.push(raise, raise, raise);
      if (own) choices.push(() => client('queue.lowerHand', {}));
      if (!state.queue.breakRequestedBy.includes(actor.memberId ?? '')) choices.push(() => client('queue.requestBreak', {}));
    }
    const guestsWithoutHands = GUEST_NAMES.filter((name) => !hands.some((hand) => hand.memberId === null && hand.name?.toLowerCase() === name.toLowerCase()));
    if (actor.role === 'facilitator') {
      choices.push(
        () => client('room.setTitle', { title: `Bus routes ${counter}` }),
        () => client('room.setFocus', { tool: random.pick(TOOL_IDS) }),
        () => client('queue.setSettings', settings()),
        () => client('queue.clearBreaks', {}),
        () => client('summary.share', { token: random.pick(['summary-token-01', 'summary-token-02']), includeNames: random.chance(0.5) }),
      );
      if (state.summary.token !== null) choices.push(() => client('summary.stop', {}));
      // A guest can have one hand up at a time (names match whatever their case).
      if (guestsWithoutHands.length) {
        choices.push(() => client('queue.addGuestHand', { name: random.pick(guestsWithoutHands), card: random.pick(QUEUE_CARDS) }));
      }
      if (state.queue.paused) choices.push(() => client('queue.setSettings', { paused: false }));
      more.push(
        () => client('definitions.setStage', { stage: random.pick(DEFINITION_STAGES) }),
        () => client('definitions.setRevealed', { revealed: !defs.revealed }),
        () => client('definitions.setDraft', { text: random.pick(TEXTS), proposalIds: proposals.filter(() => random.chance(0.4)).map((proposal) => proposal.id) }),
      );
      if (cards.length < 20) more.push(() => client('definitions.addCard', { text: random.pick(STATEMENTS) }));
      more.push(() => client('definitions.replaceDeck', random.pick([{ from: 'starter' }, { from: 'empty' }, { from: 'list', text: STATEMENTS.join('\n') }])));
      if (defs.respondents > 0 || defs.revealed) more.push(() => client('definitions.clearAnswers', {}));
      if (defs.draft.text.trim() && defs.draft.text.trim() !== defs.versions.at(-1)?.text) {
        const adopt = () => client('definitions.adopt', {});
        more.push(adopt, adopt, adopt);
      }
      if (cards.length) {
        const card = () => random.pick(cards).id;
        more.push(
          () => client('definitions.editCard', { cardId: card(), text: random.pick(STATEMENTS) }),
          () => {
            const cardId = card();
            return client('definitions.moveCard', { cardId, afterCardId: random.pick([null, ...cards.map((other) => other.id).filter((id) => id !== cardId)]) });
          },
        );
        more.push(() => client('definitions.removeCard', { cardId: card() }));
      }
      if (proposals.length) more.push(() => client('definitions.removeProposal', { proposalId: random.pick(proposals).id }));
      if (entries.length) {
        const entry = random.pick(entries);
        const others = TERMS.filter((term) => !entries.some((other) => other.id !== entry.id && termKey(other.term) === termKey(term)));
        more.push(() => client('glossary.editTerm', { entryId: entry.id, term: random.pick(others) }));
        if (entry.meaning !== null) more.push(() => client('glossary.setAgreed', { entryId: entry.id, agreed: !entry.agreed }));
        more.push(() => client('glossary.remove', { entryId: entry.id }));
      }
      if (state.queue.speaker) choices.push(() => client('queue.endTurn', {}));
      if (hands.length) {
        const others = (handId: string) => hands.filter((hand) => hand.id !== handId).map((hand) => hand.id);
        choices.push(
          () => client('queue.next', {}),
          () => client('queue.next', {}),
          () => client('queue.pick', { handId: random.pick(hands).id }),
          () => client('queue.removeHand', { handId: random.pick(hands).id }),
          () => {
            const handId = random.pick(hands).id;
            return client('queue.moveHand', { handId, afterHandId: random.pick([null, ...others(handId)]) });
          },
        );
        if (hands.length >= 2) choices.push(() => client('queue.clear', {}));
      }
      if (items.length) {
        choices.push(
          () => client('carPark.setOutcome', { itemId: random.pick(items).id, outcome: random.pick(OUTCOMES) }),
          () => client('carPark.remove', { itemId: random.pick(items).id }),
        );
      }
    }
    const roll = random.chance(0.5);
    const others = random.chance(0.4) ? more : random.chance(0.4) ? agreed : random.chance(0.5) ? mapped : grown;
    const pool = roll && others.length ? others : choices;
    // Now and then, a kind of command not played yet (if one is possible here), so every kind is covered.
    const unseen = random.chance(0.25) ? [...choices, ...more, ...agreed, ...mapped, ...grown].map((make) => make()).filter((command) => !played.has(command.type)) : [];
    const command = unseen.length ? random.pick(unseen) : random.pick(pool)();
    played.add(command.type);
    apply(actor, command);
  }
  return { initial, steps };
}

type Client = (type: string, payload: unknown) => AnyCommand;
type Random = ReturnType<typeof generator>;
const AGREEMENT_TEXTS = ['We take turns', 'Phones on quiet', 'We listen to each other', 'Breaks when anyone needs one'];

/** What the facilitator can do with the agreements in `state` (each choice valid there). */
function agreementChoices(state: RoomState, client: Client, random: Random): (() => AnyCommand)[] {
  const { agreements: all, round } = state.agreements;
  const agreements = Object.values(all);
  const proposed = agreements.filter((agreement) => agreement.status === 'proposed');
  const adopted = agreements.filter((agreement) => agreement.status === 'adopted');
  const checkIn = openCheckIn(state.agreements);
  const choices: (() => AnyCommand)[] = [() => client('agreements.showExamples', { shown: !state.agreements.examplesShown })];
  if (agreements.length < 20) choices.push(() => client('agreements.propose', { text: random.pick(AGREEMENT_TEXTS), anonymous: random.chance(0.3) }));
  const rewordable = agreements.filter((agreement) => agreement.id !== round?.agreementId);
  // Rewording sends an adopted agreement back to proposed: kept rare so that several stay adopted.
  if (rewordable.length && random.chance(0.3)) {
    const agreement = random.pick(rewordable);
    choices.push(() => client('agreements.reword', { agreementId: agreement.id, text: `${agreement.text}, kindly` }));
  }
  const withdrawable = proposed.filter((agreement) => !agreement.rounds.length && agreement.id !== round?.agreementId);
  if (withdrawable.length) choices.push(() => client('agreements.withdraw', { agreementId: random.pick(withdrawable).id }));
  if (!round && proposed.length) {
    const open = () => client('agreements.openRound', { agreementId: random.pick(proposed).id });
    choices.push(open, open);
  }
  if (round) {
    const text = `${all[round.agreementId]!.text}, again`;
    const decision = () => random.pick([{ decision: 'adopted' }, { decision: 'adopted' }, { decision: 'adopted' }, { decision: 'dropped' }, { decision: 'undecided' }, { decision: 'reworded', text }]);
    const close = () => client('agreements.closeRound', decision());
    choices.push(close, close, close);
  }
  if (adopted.length >= 2) {
    const agreement = random.pick(adopted);
    const others = adopted.filter((other) => other.id !== agreement.id).map((other) => other.id);
    const move = () => client('agreements.move', { agreementId: agreement.id, afterAgreementId: random.pick([null, ...others]) });
    choices.push(move, move);
  }
  if (!checkIn && adopted.length) choices.push(() => client('agreements.startCheckIn', {}));
  if (checkIn) {
    choices.push(() => client('agreements.endCheckIn', {}));
    const agreementId = random.pick(checkIn.agreementIds);
    const agreement = all[agreementId];
    if (agreement) {
      const outcomes: unknown[] = [{ agreementId, outcome: 'retired' }];
      if (agreement.status === 'adopted') outcomes.push(...Array.from({ length: 3 }, () => ({ agreementId, outcome: 'kept' })));
      if (agreement.id !== round?.agreementId) outcomes.push({ agreementId, outcome: 'reworded', text: `${agreement.text}, for now` });
      choices.push(() => client('agreements.resolve', random.pick(outcomes)));
    }
  }
  return choices;
}

/** What a participant can do with the agreements in `state`. */
function participantAgreementChoices(state: RoomState, actor: Actor, client: Client, random: Random): (() => AnyCommand)[] {
  const memberId = actor.memberId!;
  const choices: (() => AnyCommand)[] = [];
  if (Object.keys(state.agreements.agreements).length < 20) {
    choices.push(() => client('agreements.propose', { text: random.pick(AGREEMENT_TEXTS), anonymous: random.chance(0.5) }));
  }
  if (state.agreements.round) {
    const answer = () =>
      client('agreements.answer', {
        answer: random.pick(ROUND_ANSWERS),
        reason: random.chance(0.5) ? random.pick(TEXTS) : null,
        named: random.chance(0.5),
      });
    choices.push(answer, answer, answer);
  }
  const checkIn = openCheckIn(state.agreements);
  if (checkIn) {
    const mark = () => {
      const agreementId = random.pick(checkIn.agreementIds);
      const mine = state.agreements.checkInMarks[memberId]?.[agreementId];
      return client('agreements.checkIn', { agreementId, mark: random.pick(CHECK_IN_MARKS.filter((option) => option !== mine)) });
    };
    choices.push(mark, mark, mark);
  }
  return choices;
}

const ACCESS_ANSWERS = [
  { needs: ['breaks', 'largePrint'], other: null },
  { needs: ['readToMe'], other: 'I use a wheelchair' },
  { needs: [], other: 'Please face me when you speak' },
  { needs: [], other: null },
] as const;

/** What a phone can tell the host it needs in `state`: any answer but the one it gave (clearing included). */
function accessChoices(state: RoomState, actor: Actor, client: Client, random: Random): (() => AnyCommand)[] {
  if (actor.role !== 'participant' || actor.memberId === null) return [];
  const given = state.access.needs[actor.memberId] ?? { needs: [], other: null };
  const fresh = ACCESS_ANSWERS.filter((answer) => answer.other !== given.other || answer.needs.join() !== given.needs.join());
  return [() => client('access.setNeeds', random.pick(fresh))];
}

const STAKEHOLDER_NAMES = ['Carers', 'carers ', 'Bus companies', 'The council', 'Young people'];

/** What `actor` can do with the stakeholders in `state` (each choice valid there). */
function stakeholderChoices(state: RoomState, actor: Actor, client: Client, random: Random): (() => AnyCommand)[] {
  const { stakeholders: all, notes: allNotes, groups: allGroups } = state.stakeholders;
  const stakeholders = Object.values(all);
  const notes = Object.values(allNotes);
  const groups = Object.values(allGroups);
  const facilitator = actor.role === 'facilitator';
  const mine = <T extends { addedBy: string | null }>(things: T[]) => (facilitator ? things : things.filter((thing) => thing.addedBy === actor.memberId));
  const free = (exceptId: string | null) =>
    STAKEHOLDER_NAMES.filter((name) => !stakeholders.some((other) => other.id !== exceptId && other.name.trim().toLowerCase() === name.trim().toLowerCase()));
  const detail = () => random.pick([null, 'They know the routes', 'Lived experience']);
  const choices: (() => AnyCommand)[] = [];
  if (free(null).length && stakeholders.length < 30) choices.push(() => client('stakeholders.add', { name: random.pick(free(null)), why: detail(), brings: detail() }));
  const editable = mine(stakeholders).filter((stakeholder) => free(stakeholder.id).length);
  if (editable.length) {
    const stakeholder = random.pick(editable);
    choices.push(() => client('stakeholders.edit', { stakeholderId: stakeholder.id, name: random.pick(free(stakeholder.id)), why: detail(), brings: detail() }));
  }
  if (stakeholders.length) {
    const target = () => random.pick(stakeholders).id;
    const note = () => client('stakeholders.addNote', { stakeholderId: target(), column: random.pick(GRID_COLUMNS), text: random.pick(TEXTS) });
    choices.push(note, note, () => client('stakeholders.place', { stakeholderId: target(), quadrant: random.pick([null, ...QUADRANTS]) }));
    choices.push(() => client('stakeholders.setInvolved', { stakeholderId: target(), involved: random.chance(0.5) }));
  }
  const myNotes = mine(notes);
  if (myNotes.length) {
    choices.push(() => client('stakeholders.editNote', { noteId: random.pick(myNotes).id, text: random.pick(TEXTS) }));
    choices.push(() => client('stakeholders.removeNote', { noteId: random.pick(myNotes).id }));
  }
  if (facilitator) {
    choices.push(() => client('stakeholders.setView', { view: random.pick(STAKEHOLDER_VIEWS), highlightGaps: random.chance(0.5) }));
    if (groups.length < 4) choices.push(() => client('stakeholders.addGroup', { name: random.pick(['Blue table', 'Red table']) }));
    if (groups.length) {
      choices.push(() => client('stakeholders.renameGroup', { groupId: random.pick(groups).id, name: 'Green table' }));
      if (random.chance(0.3)) choices.push(() => client('stakeholders.removeGroup', { groupId: random.pick(groups).id }));
      if (stakeholders.length) {
        const assign = () => client('stakeholders.assign', { stakeholderId: random.pick(stakeholders).id, groupId: random.pick([null, ...groups.map((group) => group.id)]) });
        choices.push(assign, assign);
      }
    }
    if (stakeholders.length && random.chance(0.3)) choices.push(() => client('stakeholders.remove', { stakeholderId: random.pick(stakeholders).id }));
    const listed = new Set(stakeholders.map((stakeholder) => stakeholder.name.trim().toLowerCase()));
    if (stakeholders.length < 20 && STARTER_STAKEHOLDERS.some((name) => !listed.has(name.toLowerCase()))) choices.push(() => client('stakeholders.addStarters', {}));
  } else if (groups.length) {
    choices.push(() => client('stakeholders.joinGroup', { groupId: random.pick([null, ...groups.map((group) => group.id)]) }));
  }
  return choices;
}

const VALUES = ['Honesty', 'Being listened to', 'Fairness', 'Kindness'];

/** What `actor` can do with the values tree in `state` (each choice valid there). */
function valuesTreeChoices(state: RoomState, actor: Actor, client: Client, random: Random): (() => AnyCommand)[] {
  const tree = state.valuesTree;
  const facilitator = actor.role === 'facilitator';
  const notes = Object.values(tree.notes);
  const themes = Object.values(tree.themes);
  const leaves = Object.values(tree.leaves);
  const choices: (() => AnyCommand)[] = [];
  const own = notes.filter((note) => note.authorId === actor.memberId);
  if (notes.length < 60 && own.length < 20) {
    const add = () => client('valuesTree.addNote', { text: random.pick(VALUES), anonymous: random.chance(0.5) });
    choices.push(add, add);
  }
  const changeable = facilitator && tree.revealed ? notes : own;
  if (changeable.length) {
    choices.push(() => client('valuesTree.editNote', { noteId: random.pick(changeable).id, text: random.pick(VALUES) }));
    if (random.chance(0.3)) choices.push(() => client('valuesTree.removeNote', { noteId: random.pick(changeable).id }));
  }
  if (tree.revealed && notes.length && (facilitator || tree.phonesMayMove)) {
    const move = () => {
      const note = random.pick(notes);
      const themeId = random.pick([null, ...themes.map((theme) => theme.id)]);
      const others = notes.filter((other) => other.id !== note.id && other.themeId === themeId).map((other) => other.id);
      return client('valuesTree.moveNote', { noteId: note.id, themeId, afterNoteId: random.pick([null, ...others]) });
    };
    choices.push(move, move);
  }
  if (!facilitator) {
    if (tree.phase === 'vote' && themes.length) {
      const mine = tree.votes[actor.memberId!] ?? {};
      const theme = random.pick(themes);
      const left = tree.votesPerPerson - votesUsed(mine) + (mine[theme.id] ?? 0);
      const counts = Array.from({ length: left + 1 }, (_, count) => count).filter((count) => count !== (mine[theme.id] ?? 0));
      if (counts.length) {
        const vote = () => client('valuesTree.vote', { themeId: theme.id, count: random.pick(counts) });
        choices.push(vote, vote, vote);
      }
    }
    return choices;
  }
  if (!tree.revealed) {
    if (notes.length >= 3) choices.push(() => client('valuesTree.reveal', {}));
    return choices;
  }
  // Voting needs themes and the vote phase, so the phase is mostly the vote once there are themes.
  const setPhase = () => client('valuesTree.setPhase', { phase: random.pick(themes.length ? ['vote', 'vote', 'vote', ...VALUES_PHASES] : VALUES_PHASES) });
  choices.push(setPhase, setPhase);
  const overspent = (limit: number) => Object.values(tree.votes).some((byTheme) => votesUsed(byTheme) > limit);
  const limits = [1, 2, 3, 5].filter((limit) => !overspent(limit));
  choices.push(() => client('valuesTree.setSettings', { phonesMayMove: random.chance(0.6), votesPerPerson: random.pick(limits) }));
  if (themes.length < 6) choices.push(() => client('valuesTree.addTheme', { name: random.pick(['Respect', 'Trust', 'Openness']) }));
  if (themes.length) {
    const theme = random.pick(themes);
    choices.push(() => client('valuesTree.renameTheme', { themeId: theme.id, name: 'Being heard' }));
    if (random.chance(0.3)) choices.push(() => client('valuesTree.removeTheme', { themeId: theme.id }));
    const into = themes.filter((other) => other.id !== theme.id);
    if (into.length && random.chance(0.4)) choices.push(() => client('valuesTree.mergeThemes', { fromThemeId: theme.id, intoThemeId: random.pick(into).id }));
    if (leaves.length < 5) choices.push(() => client('valuesTree.addLeaf', { text: 'We listen to each other', themeIds: [theme.id] }));
  }
  choices.push(() => client('valuesTree.revealVotes', { revealed: !tree.votesRevealed }));
  if (Object.keys(tree.votes).length) choices.push(() => client('valuesTree.clearVotes', {}));
  if (leaves.length) {
    const leaf = random.pick(leaves);
    choices.push(() => client('valuesTree.editLeaf', { leafId: leaf.id, text: 'We trust each other', themeIds: themes.slice(0, 2).map((theme) => theme.id) }));
    choices.push(() => client('valuesTree.removeLeaf', { leafId: leaf.id }));
  }
  return choices;
}

const viewerName = (viewer: Viewer) => `${viewer.role} ${viewer.memberId ?? ''}`.trim();
const runs = new Map(SEEDS.map((seed) => [seed, play(seed)]));
const runOf = (seed: number) => runs.get(seed)!;

describe('projection by deltas', () => {
  it.each(SEEDS)('seed %i exercises every command, joins and anonymous items', (seed) => {
    const { steps } = runOf(seed);
    const everyType = [...clientCommandSchema.options.map((option) => option.shape.type.value), 'member.join', 'queue.memberAway'];
    expect(new Set(steps.map((step) => step.type))).toEqual(new Set(everyType));
    expect(steps.some((step) => Object.values(step.state.carPark.items).some((item) => item.anonymous))).toBe(true);
    // The queue's private and derived parts must have changed too, or the invariant checks little of them.
    const queues = steps.map((step) => step.state.queue);
    expect(queues.some((queue) => Object.keys(queue.hands).length >= 3)).toBe(true);
    expect(queues.some((queue) => queue.progressive && Object.values(queue.stats).some((stat) => stat.speakingMs > 0))).toBe(true);
    expect(queues.some((queue) => queue.balance.length >= 2)).toBe(true);
    expect(queues.some((queue) => queue.breakRequests >= 2)).toBe(true);
    expect(queues.some((queue) => Object.keys(queue.stats).some((key) => key.startsWith('guest:')))).toBe(true);
    // Answers while revealed and while hidden, several people, and anonymous words for the definition.
    const definitions = steps.map((step) => step.state.definitions);
    expect(definitions.some((defs) => defs.revealed && defs.respondents >= 2)).toBe(true);
    expect(definitions.some((defs) => !defs.revealed && defs.respondents >= 2)).toBe(true);
    expect(definitions.some((defs) => Object.values(defs.proposals).some((proposal) => proposal.anonymous && proposal.supportCount >= 1))).toBe(true);
    expect(definitions.some((defs) => Object.values(defs.proposals).some((proposal) => proposal.supportCount >= 2))).toBe(true);
    expect(definitions.some((defs) => defs.versions.length >= 2)).toBe(true);
    expect(steps.some((step) => Object.values(step.state.glossary.entries).some((entry) => entry.agreed))).toBe(true);
    // Rounds with several answers and named reasons, adopted agreements, and check-ins with flags.
    const agreements = steps.map((step) => step.state.agreements);
    expect(agreements.some((state) => state.round && Object.keys(state.roundAnswers).length >= 2)).toBe(true);
    expect(agreements.some((state) => Object.values(state.roundReasons).some((reason) => reason.name !== null))).toBe(true);
    expect(agreements.some((state) => Object.values(state.agreements).filter((agreement) => agreement.status === 'adopted').length >= 2)).toBe(true);
    expect(agreements.some((state) => Object.values(openCheckIn(state)?.talk ?? {}).some((count) => count >= 1))).toBe(true);
    // Stakeholders added by participants (whose ids are private), with notes, groups and members in them.
    const mapped = steps.map((step) => step.state.stakeholders);
    expect(mapped.some((state) => Object.values(state.stakeholders).some((stakeholder) => stakeholder.addedBy?.startsWith('member-')))).toBe(true);
    expect(mapped.some((state) => Object.values(state.stakeholders).some((stakeholder) => stakeholder.groupId !== null))).toBe(true);
    expect(mapped.some((state) => Object.values(state.notes).some((note) => note.addedBy?.startsWith('member-')))).toBe(true);
    expect(mapped.some((state) => Object.keys(state.memberGroups).length >= 2)).toBe(true);
    // Private notes before the reveal, several voters, shown totals, and merged themes.
    const trees = steps.map((step) => step.state.valuesTree);
    expect(trees.some((tree) => !tree.revealed && tree.noteCount >= 2)).toBe(true);
    expect(trees.some((tree) => tree.revealed && Object.values(tree.notes).some((note) => note.anonymous))).toBe(true);
    expect(trees.some((tree) => Object.values(tree.notes).some((note) => note.themeId !== null))).toBe(true);
    expect(trees.some((tree) => Object.keys(tree.votes).length >= 2)).toBe(true);
    expect(trees.some((tree) => Object.keys(tree.totals).length >= 1)).toBe(true);
    expect(trees.some((tree) => tree.votesRevealed)).toBe(true);
    // Several people telling the host what they need at once, in their own words too.
    const access = steps.map((step) => step.state.access);
    expect(access.some((state) => Object.keys(state.needs).length >= 2)).toBe(true);
    expect(access.some((state) => Object.values(state.needs).some((entry) => entry.other !== null))).toBe(true);
  });

  it.each(SEEDS.flatMap((seed) => VIEWERS.map((viewer) => ({ seed, viewer, name: viewerName(viewer) }))))(
    'seed $seed: the $name folding its deltas matches its projection after every command',
    ({ seed, viewer }) => {
      const { initial, steps } = runOf(seed);
      let view = projectRoom(initial, viewer);
      steps.forEach((step, index) => {
        for (const effect of step.effects) if (canSee(effect.to, viewer)) view = applyDelta(deepFreeze(view), effect.delta);
        expect(view, `after step ${index}: ${step.type}`).toEqual(projectRoom(step.state, viewer));
      });
    },
  );
});

describe('projectRoom', () => {
  const final = runOf(SEEDS[0]!).steps.at(-1)!.state;

  it.each([
    { viewer: VIEWERS[0]!, members: [FACILITATOR_MEMBER_ID, ...PARTICIPANT_IDS] },
    ...PARTICIPANT_IDS.map((memberId) => ({ viewer: { role: 'participant', memberId } as Viewer, members: [memberId] })),
    { viewer: VIEWERS.at(-1)!, members: [] },
    { viewer: { role: 'participant', memberId: 'member-never-joined' } as Viewer, members: [] },
  ])('shows the $viewer.role $viewer.memberId only the members $members', ({ viewer, members }) => {
    const view = projectRoom(final, viewer);
    expect(Object.keys(view.members).sort()).toEqual([...members].sort());
    for (const id of members) expect(view.members[id]).toEqual(final.members[id]);
  });

  it.each(VIEWERS.map((viewer) => ({ viewer, name: viewerName(viewer) })))(
    'gives the $name the author of an anonymous item only if it is theirs',
    ({ viewer }) => {
      const items = Object.values(final.carPark.items);
      expect(items.filter((item) => item.anonymous).length).toBeGreaterThan(0);
      const view = projectRoom(final, viewer);
      for (const item of items) {
        const hidden = item.anonymous && item.authorId !== viewer.memberId;
        expect(view.carPark.items[item.id]).toEqual({ ...item, authorId: hidden ? null : item.authorId });
      }
    },
  );

  it('keeps the title, focus and item list the same for every viewer', () => {
    const views = VIEWERS.map((viewer) => projectRoom(final, viewer));
    for (const view of views) {
      expect({ title: view.title, focus: view.focus, ids: Object.keys(view.carPark.items).sort() }).toEqual({
        title: final.title,
        focus: final.focus,
        ids: Object.keys(final.carPark.items).sort(),
      });
    }
  });
});
