import { z } from 'zod';
import { assertNever, EVERYONE } from '../audience.ts';
import { commandSchema, type CommandContext } from '../command.ts';
import { ErrorCode, fail } from '../errors.ts';
import { idSchema } from '../ids.ts';
import { typedText } from '../text.ts';
import type { Reduction, RoomState } from '../state.ts';

/** Most characters in a word or phrase. */
export const TERM_MAX = 60;
/** Most characters in a meaning. */
export const MEANING_MAX = 500;
/** Most words one room's glossary holds. */
export const GLOSSARY_MAX_ENTRIES = 300;

/**
 * A word or phrase someone found confusing and, once the group has written one, its meaning in
 * plain words. Who asked is never kept: asking what a word means should cost nobody anything.
 */
export const glossaryEntrySchema = z.object({
  id: idSchema,
  term: z.string(),
  meaning: z.string().nullable(),
  /** The facilitator marked the meaning as the group's. Agreed words are explained wherever they appear. */
  agreed: z.boolean(),
  askedAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossaryStateSchema = z.object({ entries: z.record(z.string(), glossaryEntrySchema) });
export type GlossaryState = z.infer<typeof glossaryStateSchema>;

export const emptyGlossary = (): GlossaryState => ({ entries: {} });

const termText = typedText(TERM_MAX, 'the word');
const meaningText = typedText(MEANING_MAX, 'the meaning');

export const glossaryCommandSchemas = [
  /** "What does this mean?": a word, with a meaning when the person adding it knows one. */
  commandSchema('glossary.add', z.object({ term: termText, meaning: meaningText.nullable() })),
  commandSchema('glossary.setMeaning', z.object({ entryId: idSchema, meaning: meaningText })),
  commandSchema('glossary.editTerm', z.object({ entryId: idSchema, term: termText })),
  commandSchema('glossary.setAgreed', z.object({ entryId: idSchema, agreed: z.boolean() })),
  commandSchema('glossary.remove', z.object({ entryId: idSchema })),
] as const;
export type GlossaryCommand = z.infer<(typeof glossaryCommandSchemas)[number]>;

export const glossaryDeltaSchemas = [
  z.object({ type: z.literal('glossary.entrySaved'), entry: glossaryEntrySchema }),
  z.object({ type: z.literal('glossary.entryRemoved'), entryId: z.string() }),
] as const;
export type GlossaryDelta = z.infer<(typeof glossaryDeltaSchemas)[number]>;

/** The form two spellings of one word share: case, surrounding space and repeated spaces ignored. */
export function termKey(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** Entries in alphabetical order of their terms, as a glossary reads. */
export function sortedEntries(glossary: GlossaryState): GlossaryEntry[] {
  return Object.values(glossary.entries).sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
}

function withEntry(state: RoomState, entry: GlossaryEntry): Reduction {
  return {
    ok: true,
    state: { ...state, glossary: { entries: { ...state.glossary.entries, [entry.id]: entry } } },
    effects: [{ to: EVERYONE, delta: { type: 'glossary.entrySaved', entry } }],
  };
}

function sameTerm(state: RoomState, term: string, exceptId: string | null): GlossaryEntry | undefined {
  const key = termKey(term);
  return Object.values(state.glossary.entries).find((entry) => entry.id !== exceptId && termKey(entry.term) === key);
}

const GONE = 'That word is no longer in the glossary.';

export function reduceGlossary(state: RoomState, command: GlossaryCommand, ctx: CommandContext): Reduction {
  const { actor, now } = ctx;
  const entries = state.glossary.entries;
  switch (command.type) {
    case 'glossary.add': {
      const { term, meaning } = command.payload;
      if (entries[command.id]) return fail(ErrorCode.CONFLICT, 'This word was already added.');
      const existing = sameTerm(state, term, null);
      if (existing) return fail(ErrorCode.CONFLICT, `“${existing.term}” is already in the glossary.`);
      if (Object.keys(entries).length >= GLOSSARY_MAX_ENTRIES) {
        return fail(ErrorCode.LIMIT_REACHED, `The glossary is full (${GLOSSARY_MAX_ENTRIES} words).`);
      }
      return withEntry(state, { id: command.id, term, meaning, agreed: false, askedAt: now, updatedAt: now });
    }
    case 'glossary.setMeaning': {
      const entry = entries[command.payload.entryId];
      if (!entry) return fail(ErrorCode.NOT_FOUND, GONE);
      if (entry.agreed && actor.role !== 'facilitator') {
        return fail(ErrorCode.FORBIDDEN, 'The group has agreed this meaning. Ask the host if it should change.');
      }
      return withEntry(state, { ...entry, meaning: command.payload.meaning, updatedAt: now });
    }
    case 'glossary.editTerm': {
      const entry = entries[command.payload.entryId];
      if (!entry) return fail(ErrorCode.NOT_FOUND, GONE);
      const existing = sameTerm(state, command.payload.term, entry.id);
      if (existing) return fail(ErrorCode.CONFLICT, `“${existing.term}” is already in the glossary.`);
      return withEntry(state, { ...entry, term: command.payload.term, updatedAt: now });
    }
    case 'glossary.setAgreed': {
      const entry = entries[command.payload.entryId];
      if (!entry) return fail(ErrorCode.NOT_FOUND, GONE);
      const { agreed } = command.payload;
      if (agreed && entry.meaning === null) return fail(ErrorCode.CONFLICT, 'Please write the meaning before marking it agreed.');
      if (entry.agreed === agreed) return fail(ErrorCode.CONFLICT, agreed ? 'This meaning is already agreed.' : 'This meaning is not marked agreed.');
      return withEntry(state, { ...entry, agreed, updatedAt: now });
    }
    case 'glossary.remove': {
      const { entryId } = command.payload;
      if (!entries[entryId]) return fail(ErrorCode.NOT_FOUND, GONE);
      const { [entryId]: _removed, ...rest } = entries;
      return {
        ok: true,
        state: { ...state, glossary: { entries: rest } },
        effects: [{ to: EVERYONE, delta: { type: 'glossary.entryRemoved', entryId } }],
      };
    }
    default:
      return assertNever(command);
  }
}

export function applyGlossaryDelta(glossary: GlossaryState, delta: GlossaryDelta): GlossaryState {
  switch (delta.type) {
    case 'glossary.entrySaved':
      return { entries: { ...glossary.entries, [delta.entry.id]: delta.entry } };
    case 'glossary.entryRemoved': {
      const { [delta.entryId]: _removed, ...entries } = glossary.entries;
      return { entries };
    }
    default:
      return assertNever(delta);
  }
}
