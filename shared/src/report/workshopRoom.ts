// Test and benchmark support: a room in which a workshop happened, made by playing real commands
// through the reducer, with every tool that exists used. Not exported from the package.
import { FACILITATOR_MEMBER_ID } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, type RoomState } from '../state.ts';
import { orderedCards } from '../tools/definitions.ts';
import { GRID_COLUMNS, QUADRANTS } from '../tools/stakeholders.ts';

export const WORKSHOP_START = Date.UTC(2026, 2, 14, 10, 0);
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const SYSTEM: Actor = { role: 'system', memberId: null };

export interface WorkshopSize {
  /** People on phones; every third gives no name. */
  participants: number;
  /** Things the group made, spread over the car park, glossary, proposals, agreements, cards, stakeholders and grid notes. */
  items: number;
}

/** Plays commands against a room, a second apart, and throws on any refusal (the script is wrong then). */
export class Workshop {
  state: RoomState;
  now = WORKSHOP_START;
  private count = 0;

  constructor(title = 'Bus routes for everyone') {
    this.state = createRoomState('room-workshop', title, WORKSHOP_START);
  }

  static memberId(index: number): string {
    return `member-${String(index).padStart(4, '0')}`;
  }

  static nameOf(index: number): string | null {
    return index % 3 === 2 ? null : `Person ${index + 1}`;
  }

  phone(index: number): Actor {
    return { role: 'participant', memberId: Workshop.memberId(index) };
  }

  join(index: number): void {
    this.apply(SYSTEM, { id: `join-${Workshop.memberId(index)}`, type: 'member.join', payload: { memberId: Workshop.memberId(index), name: Workshop.nameOf(index) } });
  }

  /** Runs a client command; returns the id it used (a creating command's new thing's id). */
  run(actor: Actor | 'facilitator', type: string, payload: unknown = {}): string {
    const id = `cmd-${String(++this.count).padStart(8, '0')}`;
    this.apply(actor === 'facilitator' ? FACILITATOR : actor, clientCommandSchema.parse({ id, type, payload }));
    return id;
  }

  private apply(actor: Actor, command: AnyCommand): void {
    this.now += 1000;
    const reduction = applyCommand(this.state, command, { actor, now: this.now });
    if (!reduction.ok) throw new Error(`${command.type} was refused: ${reduction.message}`);
    this.state = reduction.state;
  }
}

/** A workshop with every tool used; `size` sets how many people and things. */
export function workshopRoom(size: WorkshopSize = { participants: 6, items: 30 }): RoomState {
  const room = new Workshop();
  const people = Array.from({ length: size.participants }, (_, index) => index);
  for (const index of people) room.join(index);
  const share = (fraction: number, max: number) => Math.min(max, Math.max(1, Math.round(size.items * fraction)));
  const someone = (index: number) => room.phone(index % size.participants);

  // Agreements: proposals, consent rounds (adopted, dropped) and one left waiting.
  const agreements = share(0.1, 100);
  for (let index = 0; index < agreements; index++) {
    const agreementId = room.run(someone(index), 'agreements.propose', { text: `We agree on point ${index + 1}`, anonymous: index % 4 === 1 });
    if (index === agreements - 1 && agreements > 1) break;
    room.run('facilitator', 'agreements.openRound', { agreementId });
    people.forEach((person) => room.run(room.phone(person), 'agreements.answer', { answer: person % 5 === 4 ? 'notSure' : 'agree', reason: null, named: false }));
    room.run('facilitator', 'agreements.closeRound', { decision: index % 7 === 3 ? 'dropped' : 'adopted' });
  }

  // Car park: points with every kind of outcome.
  const points = share(0.26, 1000);
  for (let index = 0; index < points; index++) {
    const itemId = room.run(someone(index), 'carPark.add', { text: `Parked point ${index + 1} about buses`, anonymous: index % 5 === 1 });
    const outcome = [
      { kind: 'today' },
      { kind: 'nextMeeting' },
      { kind: 'action', owner: 'Sam from the council', due: '2026-04-01' },
      { kind: 'outOfScope', reason: 'A matter for the bus company' },
      null,
    ][index % 5];
    if (outcome) room.run('facilitator', 'carPark.setOutcome', { itemId, outcome });
  }

  // Speaking queue: people raise hands and the facilitator gives turns.
  const speakers = people.slice(0, Math.min(people.length, 40));
  for (const [turn, person] of [...speakers, ...speakers.slice(0, Math.ceil(speakers.length / 4))].entries()) {
    room.run(room.phone(person), 'queue.raiseHand', { card: 'speak' });
    room.run('facilitator', 'queue.next');
    room.now += (turn % 4) * 30_000;
  }
  room.run('facilitator', 'queue.endTurn');

  // Definition cards: answers, reveal, suggestions with support, and an agreed definition.
  const cards = orderedCards(room.state.definitions).slice(0, share(0.05, 60));
  for (const person of people) {
    cards.forEach((card, index) => room.run(room.phone(person), 'definitions.answer', { cardId: card.id, answer: ['agree', 'notSure', 'disagree'][(person + index) % 3] }));
  }
  room.run('facilitator', 'definitions.setRevealed', { revealed: true });
  const proposals = share(0.15, 300);
  for (let index = 0; index < proposals; index++) {
    const proposalId = room.run(someone(index), 'definitions.propose', { text: `Co-production means sharing power, idea ${index + 1}`, anonymous: index % 3 === 0 });
    room.run(someone(index + 1), 'definitions.support', { proposalId, supported: true });
  }
  room.run('facilitator', 'definitions.setDraft', { text: 'Co-production is people who use services and staff deciding together as equals.', proposalIds: [] });
  room.run('facilitator', 'definitions.adopt');

  // Glossary: words, meanings, some agreed.
  const words = share(0.2, 300);
  for (let index = 0; index < words; index++) {
    const entryId = room.run(someone(index), 'glossary.add', { term: `Word ${index + 1}`, meaning: index % 4 === 3 ? null : `A plain meaning of word ${index + 1}` });
    if (index % 2 === 0) room.run('facilitator', 'glossary.setAgreed', { entryId, agreed: true });
  }

  // Stakeholder grid: groups to involve, notes in the grid (some cells left empty), small groups and the map.
  const groups = ['Red table', 'Blue table', 'Green table'].map((name) => room.run('facilitator', 'stakeholders.addGroup', { name }));
  people.forEach((person) => room.run(room.phone(person), 'stakeholders.joinGroup', { groupId: groups[person % groups.length] }));
  const stakeholders = Array.from({ length: Math.max(5, share(0.04, 100)) }, (_, index) => {
    const stakeholderId = room.run(someone(index), 'stakeholders.add', {
      name: `Stakeholder group ${index + 1}`,
      why: index % 4 === 3 ? null : `The buses matter to group ${index + 1}`,
      brings: index % 2 ? null : 'Know the routes well',
    });
    room.run('facilitator', 'stakeholders.assign', { stakeholderId, groupId: groups[index % groups.length] });
    const quadrant = index % 5 === 4 ? null : QUADRANTS[index % 4];
    if (quadrant) room.run(someone(index + 1), 'stakeholders.place', { stakeholderId, quadrant });
    if (index % 3 === 0) room.run(someone(index), 'stakeholders.setInvolved', { stakeholderId, involved: true });
    return stakeholderId;
  });
  const notes = share(0.2, 2000);
  for (let index = 0; index < notes; index++) {
    const stakeholderId = stakeholders[index % stakeholders.length];
    const column = GRID_COLUMNS[Math.floor(index / stakeholders.length) % GRID_COLUMNS.length];
    room.run(someone(index), 'stakeholders.addNote', { stakeholderId, column, text: `Note ${index + 1} on ${column}` });
  }
  return room.state;
}
