import { describe, expect, it } from 'vitest';
import { EVERYONE, FACILITATOR_MEMBER_ID } from '../audience.ts';
import type { Actor } from '../command.ts';
import { clientCommandSchema } from '../commands.ts';
import { describeIssue, ErrorCode } from '../errors.ts';
import { applyCommand, type AnyCommand } from '../reducer.ts';
import { createRoomState, projectRoom, type Effect, type Reduction, type RoomState } from '../state.ts';
import { GLOSSARY_MAX_ENTRIES, MEANING_MAX, sortedEntries, TERM_MAX, termKey, type GlossaryEntry } from './glossary.ts';

const NOW = Date.UTC(2026, 2, 14, 10, 0);
const LATER = NOW + 60_000;
const SYSTEM: Actor = { role: 'system', memberId: null };
const FACILITATOR: Actor = { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID };
const ANA: Actor = { role: 'participant', memberId: 'member-ana' };
const SCREEN: Actor = { role: 'screen', memberId: null };

/** Freezes every object inside `value`, so any mutation by the reducer throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A room Ana has joined, with commands played against its frozen state. */
class Glossary {
  state: RoomState;
  effects: Effect[] = [];
  private count = 0;

  constructor() {
    const join: AnyCommand = { id: 'join-ana-0001', type: 'member.join', payload: { memberId: 'member-ana', name: 'Ana' } };
    const joined = applyCommand(createRoomState('room-0001', 'Words', NOW - 60_000), join, { actor: SYSTEM, now: NOW - 30_000 });
    if (!joined.ok) throw new Error(joined.message);
    this.state = joined.state;
  }

  command(type: string, payload: unknown): AnyCommand {
    return clientCommandSchema.parse({ id: `cmd-${String(++this.count).padStart(6, '0')}`, type, payload });
  }

  attempt(actor: Actor, type: string, payload: unknown, at = NOW): Reduction {
    const reduction = applyCommand(deepFreeze(this.state), this.command(type, payload), { actor, now: at });
    if (reduction.ok) {
      this.state = reduction.state;
      this.effects = reduction.effects;
    }
    return reduction;
  }

  run(actor: Actor, type: string, payload: unknown, at = NOW): Effect[] {
    const reduction = this.attempt(actor, type, payload, at);
    if (!reduction.ok) throw new Error(`${type} refused with ${reduction.code}: ${reduction.message}`);
    return reduction.effects;
  }

  add(term: string, meaning: string | null = null, actor: Actor = ANA): string {
    this.run(actor, 'glossary.add', { term, meaning });
    return this.entryOf(term).id;
  }

  entryOf(term: string): GlossaryEntry {
    const entry = Object.values(this.state.glossary.entries).find((candidate) => termKey(candidate.term) === termKey(term));
    if (!entry) throw new Error(`No entry for ${term}`);
    return entry;
  }
}

describe('termKey', () => {
  it.each([
    ['Commissioning', 'commissioning'],
    ['  Lived   Experience ', 'lived experience'],
    ['KPI', 'kpi'],
    ['Co-design', 'co-design'],
  ])('reads %j as %j', (term, key) => {
    expect(termKey(term)).toBe(key);
  });
});

describe('glossary.add', () => {
  it.each([
    { who: 'a participant', actor: ANA, meaning: null },
    { who: 'a participant who knows the meaning', actor: ANA, meaning: 'Deciding what to pay for' },
    { who: 'the facilitator', actor: FACILITATOR, meaning: 'Deciding what to pay for' },
  ])('adds a word from $who for everyone, with no record of who asked', ({ actor, meaning }) => {
    const glossary = new Glossary();
    const id = glossary.add('  Commissioning ', meaning, actor);
    const entry = { id, term: 'Commissioning', meaning, agreed: false, askedAt: NOW, updatedAt: NOW };
    expect(glossary.state.glossary.entries[id]).toEqual(entry);
    expect(glossary.effects).toEqual([{ to: EVERYONE, delta: { type: 'glossary.entrySaved', entry } }]);
  });

  it.each(['commissioning', ' COMMISSIONING ', 'Commissioning'])('refuses %j when “Commissioning” is there, naming it', (term) => {
    const glossary = new Glossary();
    glossary.add('Commissioning');
    expect(glossary.attempt(ANA, 'glossary.add', { term, meaning: null })).toEqual({
      ok: false,
      code: ErrorCode.CONFLICT,
      message: '“Commissioning” is already in the glossary.',
    });
  });

  it('treats repeated spaces as one', () => {
    const glossary = new Glossary();
    glossary.add('Lived experience');
    expect(glossary.attempt(ANA, 'glossary.add', { term: 'lived    Experience', meaning: null })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it('refuses the same command id twice', () => {
    const glossary = new Glossary();
    const add: AnyCommand = { id: 'entry-0001', type: 'glossary.add', payload: { term: 'KPI', meaning: null } };
    const first = applyCommand(glossary.state, add, { actor: ANA, now: NOW });
    if (!first.ok) throw new Error(first.message);
    const again = applyCommand(first.state, { ...add, payload: { term: 'Budget', meaning: null } }, { actor: ANA, now: NOW });
    expect(again).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
  });

  it(`accepts word ${GLOSSARY_MAX_ENTRIES} and refuses the next`, () => {
    const glossary = new Glossary();
    const entries: Record<string, GlossaryEntry> = {};
    for (let n = 0; n < GLOSSARY_MAX_ENTRIES - 1; n++) {
      entries[`entry-fill-${n}`] = { id: `entry-fill-${n}`, term: `Word ${n}`, meaning: null, agreed: false, askedAt: NOW, updatedAt: NOW };
    }
    glossary.state = { ...glossary.state, glossary: { entries } };
    glossary.add('The last word');
    expect(Object.keys(glossary.state.glossary.entries)).toHaveLength(GLOSSARY_MAX_ENTRIES);
    expect(glossary.attempt(FACILITATOR, 'glossary.add', { term: 'One more', meaning: null })).toMatchObject({ ok: false, code: ErrorCode.LIMIT_REACHED });
  });

  it.each([
    { input: 'a blank word', payload: { term: '   ', meaning: null }, message: 'Please write something in the word.' },
    { input: 'a word too long', payload: { term: 'x'.repeat(TERM_MAX + 1), meaning: null }, message: `The word can be up to ${TERM_MAX} characters.` },
    { input: 'a meaning too long', payload: { term: 'KPI', meaning: 'x'.repeat(MEANING_MAX + 1) }, message: `The meaning can be up to ${MEANING_MAX} characters.` },
  ])('refuses $input with a plain message', ({ payload, message }) => {
    const parsed = clientCommandSchema.safeParse({ id: 'cmd-parse-0001', type: 'glossary.add', payload });
    expect(parsed.success ? null : describeIssue(parsed.error.issues, 'not understood')).toBe(message);
  });
});

describe('glossary.setMeaning', () => {
  it('lets anyone write the meaning until it is agreed, then only the facilitator', () => {
    const glossary = new Glossary();
    const id = glossary.add('KPI');
    glossary.run(ANA, 'glossary.setMeaning', { entryId: id, meaning: ' A number to judge progress ' }, LATER);
    expect(glossary.state.glossary.entries[id]).toMatchObject({ meaning: 'A number to judge progress', askedAt: NOW, updatedAt: LATER });
    glossary.run(FACILITATOR, 'glossary.setAgreed', { entryId: id, agreed: true });
    expect(glossary.attempt(ANA, 'glossary.setMeaning', { entryId: id, meaning: 'Something else' })).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
    glossary.run(FACILITATOR, 'glossary.setMeaning', { entryId: id, meaning: 'A number we use to see how we are doing' });
    expect(glossary.state.glossary.entries[id]).toMatchObject({ meaning: 'A number we use to see how we are doing', agreed: true });
    expect(glossary.effects).toEqual([{ to: EVERYONE, delta: { type: 'glossary.entrySaved', entry: glossary.state.glossary.entries[id] } }]);
  });

  it('refuses a word that is gone', () => {
    expect(new Glossary().attempt(ANA, 'glossary.setMeaning', { entryId: 'missing-entry', meaning: 'x' })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('glossary.editTerm', () => {
  it('renames a word, and lets its own spelling change case', () => {
    const glossary = new Glossary();
    const id = glossary.add('kpi');
    glossary.run(FACILITATOR, 'glossary.editTerm', { entryId: id, term: 'KPI' }, LATER);
    expect(glossary.state.glossary.entries[id]).toMatchObject({ term: 'KPI', updatedAt: LATER });
  });

  it('refuses a name another word already has, naming it', () => {
    const glossary = new Glossary();
    glossary.add('Co-design');
    const id = glossary.add('Codesign');
    expect(glossary.attempt(FACILITATOR, 'glossary.editTerm', { entryId: id, term: 'CO-DESIGN' })).toEqual({
      ok: false,
      code: ErrorCode.CONFLICT,
      message: '“Co-design” is already in the glossary.',
    });
    expect(glossary.attempt(FACILITATOR, 'glossary.editTerm', { entryId: 'missing-entry', term: 'x' })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('glossary.setAgreed', () => {
  it('needs a meaning first, and refuses what is already so', () => {
    const glossary = new Glossary();
    const id = glossary.add('Commissioning');
    expect(glossary.attempt(FACILITATOR, 'glossary.setAgreed', { entryId: id, agreed: true })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    expect(glossary.attempt(FACILITATOR, 'glossary.setAgreed', { entryId: id, agreed: false })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    glossary.run(ANA, 'glossary.setMeaning', { entryId: id, meaning: 'Deciding what to pay for' });
    glossary.run(FACILITATOR, 'glossary.setAgreed', { entryId: id, agreed: true }, LATER);
    expect(glossary.state.glossary.entries[id]).toMatchObject({ agreed: true, updatedAt: LATER });
    expect(glossary.attempt(FACILITATOR, 'glossary.setAgreed', { entryId: id, agreed: true })).toMatchObject({ ok: false, code: ErrorCode.CONFLICT });
    glossary.run(FACILITATOR, 'glossary.setAgreed', { entryId: id, agreed: false });
    expect(glossary.state.glossary.entries[id]?.agreed).toBe(false);
  });
});

describe('glossary.remove', () => {
  it('removes a word for everyone, and refuses it twice', () => {
    const glossary = new Glossary();
    const kept = glossary.add('KPI');
    const id = glossary.add('Commissioning');
    expect(glossary.run(FACILITATOR, 'glossary.remove', { entryId: id })).toEqual([{ to: EVERYONE, delta: { type: 'glossary.entryRemoved', entryId: id } }]);
    expect(Object.keys(glossary.state.glossary.entries)).toEqual([kept]);
    expect(glossary.attempt(FACILITATOR, 'glossary.remove', { entryId: id })).toMatchObject({ ok: false, code: ErrorCode.NOT_FOUND });
  });
});

describe('sortedEntries', () => {
  it('lists words alphabetically, whatever their capitals', () => {
    const glossary = new Glossary();
    for (const term of ['banana', 'Zebra crossing', 'apple pie', 'Apple', 'KPI', 'commissioning']) glossary.add(term);
    expect(sortedEntries(glossary.state.glossary).map((entry) => entry.term)).toEqual(['Apple', 'apple pie', 'banana', 'commissioning', 'KPI', 'Zebra crossing']);
  });
});

describe('who may do what', () => {
  it.each([
    { who: 'a participant', actor: ANA, type: 'glossary.editTerm', payload: { entryId: 'entry-0001', term: 'Mine' } },
    { who: 'a participant', actor: ANA, type: 'glossary.setAgreed', payload: { entryId: 'entry-0001', agreed: true } },
    { who: 'a participant', actor: ANA, type: 'glossary.remove', payload: { entryId: 'entry-0001' } },
    { who: 'the screen', actor: SCREEN, type: 'glossary.add', payload: { term: 'Wall', meaning: null } },
    { who: 'the screen', actor: SCREEN, type: 'glossary.setMeaning', payload: { entryId: 'entry-0001', meaning: 'x' } },
  ])('refuses $type from $who and changes nothing', ({ actor, type, payload }) => {
    const glossary = new Glossary();
    const add: AnyCommand = { id: 'entry-0001', type: 'glossary.add', payload: { term: 'KPI', meaning: 'A number' } };
    const added = applyCommand(glossary.state, add, { actor: ANA, now: NOW });
    if (!added.ok) throw new Error(added.message);
    glossary.state = added.state;
    expect(glossary.attempt(actor, type, payload)).toMatchObject({ ok: false, code: ErrorCode.FORBIDDEN });
    expect(glossary.state).toBe(added.state);
  });

  it('shows every device the whole glossary', () => {
    const glossary = new Glossary();
    glossary.add('KPI', 'A number');
    for (const viewer of [{ role: 'screen', memberId: null }, { role: 'participant', memberId: 'member-other' }] as const) {
      expect(projectRoom(glossary.state, viewer).glossary).toEqual(glossary.state.glossary);
    }
  });
});

describe('determinism', () => {
  it('gives the same answer twice and never changes the state it is given', () => {
    const glossary = new Glossary();
    const id = glossary.add('KPI', 'A number');
    glossary.add('Budget');
    const state = deepFreeze(glossary.state);
    const copy = structuredClone(state);
    const commands: [Actor, string, unknown][] = [
      [ANA, 'glossary.add', { term: 'Commissioning', meaning: null }],
      [ANA, 'glossary.setMeaning', { entryId: id, meaning: 'A number to judge by' }],
      [FACILITATOR, 'glossary.editTerm', { entryId: id, term: 'Key number' }],
      [FACILITATOR, 'glossary.setAgreed', { entryId: id, agreed: true }],
      [FACILITATOR, 'glossary.remove', { entryId: id }],
    ];
    for (const [actor, type, payload] of commands) {
      const command = glossary.command(type, payload);
      const first = applyCommand(state, command, { actor, now: LATER });
      expect(first, type).toMatchObject({ ok: true });
      expect(applyCommand(state, command, { actor, now: LATER })).toEqual(first);
    }
    expect(state).toEqual(copy);
  });
});
