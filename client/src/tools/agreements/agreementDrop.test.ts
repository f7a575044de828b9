import { describe, expect, it } from 'vitest';
import { agreementDrop, stepMove } from './agreementDrop.ts';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => ({ id })) as [{ id: string }, { id: string }, { id: string }, { id: string }];
const frozen = [a, b, c, d];

describe('agreementDrop', () => {
  it.each([
    { why: 'down, after the one above the drop', active: 'a', over: 'c', live: frozen, drop: { afterAgreementId: 'c', place: 3 } },
    { why: 'up to the top', active: 'd', over: 'a', live: frozen, drop: { afterAgreementId: null, place: 1 } },
    { why: 'up, after the one above the drop', active: 'd', over: 'b', live: frozen, drop: { afterAgreementId: 'a', place: 2 } },
    { why: 'after the nearest one still there when that one has left', active: 'd', over: 'c', live: [a, c, d], drop: { afterAgreementId: 'a', place: 2 } },
    { why: 'first when every one above has left', active: 'd', over: 'c', live: [c, d], drop: { afterAgreementId: null, place: 1 } },
    { why: 'in the list as it is now, where others moved', active: 'a', over: 'c', live: [c, d, b, a], drop: { afterAgreementId: 'c', place: 2 } },
    { why: 'nowhere when dropped where it was', active: 'b', over: 'b', live: frozen, drop: null },
    { why: 'nowhere when the dragged one has left the list', active: 'b', over: 'd', live: [a, c, d], drop: null },
  ])('moves $why', ({ active, over, live, drop }) => {
    expect(agreementDrop(frozen, live, active, over)).toEqual(drop);
  });
});

describe('stepMove', () => {
  it.each([
    { why: 'up to the top', id: 'b', step: -1 as const, move: { afterAgreementId: null, place: 1 } },
    { why: 'up one place', id: 'c', step: -1 as const, move: { afterAgreementId: 'a', place: 2 } },
    { why: 'down one place', id: 'b', step: 1 as const, move: { afterAgreementId: 'c', place: 3 } },
    { why: 'down to the bottom', id: 'c', step: 1 as const, move: { afterAgreementId: 'd', place: 4 } },
    { why: 'nowhere above the first', id: 'a', step: -1 as const, move: null },
    { why: 'nowhere below the last', id: 'd', step: 1 as const, move: null },
    { why: 'nowhere for one not on the list', id: 'e', step: 1 as const, move: null },
  ])('moves $why', ({ id, step, move }) => {
    expect(stepMove(frozen, id, step)).toEqual(move);
  });
});
