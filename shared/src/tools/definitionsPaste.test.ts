import { describe, expect, it } from 'vitest';
import { clientCommandSchema } from '../commands.ts';
import { applyCommand } from '../reducer.ts';
import { createRoomState } from '../state.ts';
import { orderedCards } from './definitions.ts';

const HOST = { role: 'facilitator' as const, memberId: 'facilitator' };
const pasted = { id: 'cmd-paste-01', type: 'definitions.replaceDeck', payload: { from: 'list', text: '- One\n\n2. Two\n  Three  ' } } as const;

describe('definitions.replaceDeck from a pasted list', () => {
  it('travels as the text typed, so the parsed command is the command sent', () => {
    const parsed = clientCommandSchema.parse(pasted);
    expect(parsed).toEqual(pasted);
  });

  it('gives the same deck from the unparsed command a device folds in as from the parsed one', () => {
    const state = createRoomState('room-0001', 'Bus routes', 0);
    const folded = applyCommand(state, pasted, { actor: HOST, now: 1 });
    const parsed = applyCommand(state, clientCommandSchema.parse(pasted), { actor: HOST, now: 1 });
    if (!folded.ok || !parsed.ok) throw new Error('refused');
    expect(orderedCards(folded.state.definitions).map((card) => card.text)).toEqual(['One', 'Two', 'Three']);
    expect(folded.state.definitions).toEqual(parsed.state.definitions);
  });

  it('names the line that is too long', () => {
    const result = clientCommandSchema.safeParse({ ...pasted, payload: { from: 'list', text: `Fine\n${'x'.repeat(301)}` } });
    expect(result.success ? null : result.error.issues[0]?.message).toBe('Line 2 is longer than 300 characters.');
  });
});
