import { emptyStakeholders, type GridNote, type Stakeholder } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { byPlace, dropPlace, gapsOf, groupFirst, UNPLACED } from './stakeholderOrder.ts';

function person(name: string, overrides: Partial<Stakeholder> = {}): Stakeholder {
  return { id: `s-${name}`, name, why: null, brings: null, addedBy: null, createdAt: 0, sortKey: name, groupId: null, quadrant: null, involved: false, ...overrides };
}

function note(stakeholderId: string, column: GridNote['column']): GridNote {
  return { id: `n-${stakeholderId}-${column}`, stakeholderId, column, text: 'A note', addedBy: null, createdAt: 0 };
}

const carers = person('a-carers', { groupId: 'g1' });
const funders = person('b-funders', { groupId: 'g2' });
const council = person('c-council', { groupId: 'g1' });
const buses = person('d-buses');
const list = [carers, funders, council, buses];

describe('groupFirst', () => {
  it('puts my small group’s rows first, each part keeping the list’s order', () => {
    expect(groupFirst(list, 'g1')).toEqual([carers, council, funders, buses]);
    expect(groupFirst(list, 'g2')).toEqual([funders, carers, council, buses]);
  });

  it('leaves the list as it is for someone in no group, or in a group with no rows', () => {
    expect(groupFirst(list, null)).toEqual(list);
    expect(groupFirst(list, 'g3')).toEqual(list);
  });
});

describe('dropPlace', () => {
  it('sends the quadrant a chip was dropped on, or null for the tray', () => {
    expect(dropPlace(null, 'littleInfluenceMuchAffected')).toBe('littleInfluenceMuchAffected');
    expect(dropPlace('muchInfluenceMuchAffected', UNPLACED)).toBeNull();
  });

  it('sends nothing for a drop where it was, over nothing, or over something else', () => {
    expect(dropPlace('muchInfluenceMuchAffected', 'muchInfluenceMuchAffected')).toBeUndefined();
    expect(dropPlace(null, UNPLACED)).toBeUndefined();
    expect(dropPlace(null, null)).toBeUndefined();
    expect(dropPlace(null, 's-a-carers')).toBeUndefined();
  });
});

describe('gapsOf', () => {
  it('lists each stakeholder with a column nobody has written in, and which columns', () => {
    const notes = Object.fromEntries(
      [note(carers.id, 'needs'), note(carers.id, 'barriers'), note(carers.id, 'solutions'), note(funders.id, 'barriers')].map((one) => [one.id, one]),
    );
    const gaps = gapsOf({ ...emptyStakeholders(), notes }, list);
    expect(gaps.map((gap) => [gap.stakeholder.name, gap.columns])).toEqual([
      ['b-funders', ['needs', 'solutions']],
      ['c-council', ['needs', 'barriers', 'solutions']],
      ['d-buses', ['needs', 'barriers', 'solutions']],
    ]);
  });
});

describe('byPlace', () => {
  it('sorts the stakeholders into the four places and the tray, keeping the list’s order', () => {
    const placed = byPlace([
      { ...carers, quadrant: 'littleInfluenceMuchAffected' },
      funders,
      { ...council, quadrant: 'littleInfluenceMuchAffected' },
    ]);
    expect(placed.littleInfluenceMuchAffected.map((one) => one.name)).toEqual(['a-carers', 'c-council']);
    expect(placed.unplaced.map((one) => one.name)).toEqual(['b-funders']);
    expect(placed.muchInfluenceMuchAffected).toEqual([]);
  });
});
