import { describe, expect, it } from 'vitest';
import { createRoomState, type RoomState } from '../state.ts';
import { buildReport } from './buildReport.ts';
import { NAME_NOT_SHOWN, type Report } from './model.ts';
import { Workshop, WORKSHOP_START, workshopRoom } from './workshopRoom.ts';

const NOW = WORKSHOP_START + 3 * 3600_000;
const room = workshopRoom({ participants: 6, items: 30 });

/** Every word a reader of the report could see. */
function allText(report: Report): string {
  return JSON.stringify(report);
}

function table(report: Report, name: string) {
  for (const section of report.sections) {
    for (const block of section.blocks) if (block.kind === 'table' && block.name === name) return block;
  }
  throw new Error(`No table ${name}`);
}

function paragraphs(report: Report, sectionId: string): string[] {
  const section = report.sections.find((found) => found.id === sectionId);
  return section ? section.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])) : [];
}

const stakeholderId = (state: RoomState, name: string) => Object.values(state.stakeholders.stakeholders).find((found) => found.name === name)!.id;

describe('buildReport', () => {
  it('has a section for every tool the group used, after the meeting’s own details', () => {
    const report = buildReport(room, { includeNames: false, now: NOW });
    expect(report.sections.map((section) => section.heading)).toEqual([
      'About this meeting',
      'Agreements',
      'Car park',
      'Taking turns to speak',
      'Definition cards and our definition',
      'Glossary',
      'Stakeholders',
    ]);
    expect(report).toMatchObject({ title: 'Bus routes for everyone', meetingNumber: 1, date: '14 March 2026', isoDate: '2026-03-14', participants: 6 });
  });

  it('leaves out every name and member id unless names are chosen', () => {
    const report = buildReport(room, { includeNames: false, now: NOW });
    const text = allText(report);
    expect(text).not.toMatch(/Person \d/);
    expect(text).not.toContain('member-');
    expect(text).toContain('Names are left out of this report.');
    expect(table(report, 'car-park').columns).not.toContain('Raised by');
    expect(table(report, 'turn-taking').rows.every((row) => row[0] === NAME_NOT_SHOWN)).toBe(true);
  });

  it('shows the names people gave when chosen, never an anonymous author’s or a member id', () => {
    const report = buildReport(room, { includeNames: true, now: NOW });
    expect(allText(report)).not.toContain('member-');
    const carPark = table(report, 'car-park');
    expect(carPark.columns).toContain('Raised by');
    // Point 1 came from Person 1 with their name; point 2 was parked anonymously.
    expect(carPark.rows[0]).toContain('Person 1');
    expect(carPark.rows[1]).toContain(NAME_NOT_SHOWN);
    const meeting = report.sections[0]!;
    expect(meeting.blocks).toContainEqual({ kind: 'list', items: ['Person 1', 'Person 2', 'Person 4', 'Person 5'] });
    expect(meeting.blocks).toContainEqual({ kind: 'paragraph', text: '2 people did not give a name.' });
  });

  it('says how each agreement was agreed and what happens to each parked point', () => {
    const report = buildReport(room, { includeNames: false, now: NOW });
    expect(table(report, 'agreements').rows[0]).toEqual(['1', 'We agree on point 1', 'Agreed in round 1 at meeting 1 (5 agree, 1 not sure, 0 cannot agree).']);
    expect(table(report, 'car-park').rows[2]).toEqual(['Parked point 3 about buses', '1', 'Someone will act on it', 'Sam from the council', '1 April 2026']);
    expect(table(report, 'car-park').rows[3]?.[2]).toBe('Not for this group: A matter for the bus company');
  });

  it('says how evenly turns were shared', () => {
    const report = buildReport(room, { includeNames: false, now: NOW });
    const turns = report.sections.find((section) => section.id === 'queue')!;
    const paragraphs = turns.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(paragraphs[0]).toMatch(/^6 people spoke, in 8 turns and .+ of speaking in all\.$/);
    expect(paragraphs[1]).toMatch(/^The 2 people who spoke longest \(a quarter of the speakers\) had \d+% of the speaking time\. If everyone had spoken equally, that would be 33%\.$/);
    expect(paragraphs[2]).toBe('People had from 1 to 2 turns each.');
  });

  it('gives the room’s answers to the cards, the group’s definition and the glossary', () => {
    const report = buildReport(room, { includeNames: false, now: NOW });
    const cards = table(report, 'definition-cards');
    expect(cards.columns).toEqual(['Statement', 'Agree', 'Not sure', 'Disagree']);
    expect(cards.rows[0]!.slice(1).map(Number).reduce((a, b) => a + b)).toBe(6);
    expect(allText(report)).toContain('Co-production is people who use services and staff deciding together as equals.');
    expect(table(report, 'glossary').rows[0]).toEqual(['Word 1', 'A plain meaning of word 1', 'Yes']);
  });

  it('lists the stakeholders with why, what they bring, their small group, place on the map and whether involved', () => {
    const report = buildReport(room, { includeNames: true, now: NOW });
    const list = table(report, 'stakeholders');
    expect(list.columns).toEqual(['Stakeholder', 'Why involve them', 'What they bring', 'Small group', 'On the influence map', 'Involved yet']);
    expect(list.rows).toEqual([
      ['Stakeholder group 1', 'The buses matter to group 1', 'Know the routes well', 'Red table', 'Much influence, much affected', 'Yes'],
      ['Stakeholder group 2', 'The buses matter to group 2', '', 'Blue table', 'Much influence, little affected', 'Not yet'],
      ['Stakeholder group 3', 'The buses matter to group 3', 'Know the routes well', 'Green table', 'Much affected, little influence', 'Not yet'],
      ['Stakeholder group 4', '', '', 'Red table', 'Little influence, little affected', 'Yes'],
      ['Stakeholder group 5', 'The buses matter to group 5', 'Know the routes well', 'Blue table', 'Not placed yet', 'Not yet'],
    ]);
    expect(paragraphs(report, 'stakeholders')[0]).toBe('The group listed 5 stakeholders; 2 are involved in the work so far.');
  });

  it('gives the grid as a table with each cell’s notes, oldest first, and says where its gaps are', () => {
    const workshop = new Workshop();
    workshop.state = room;
    workshop.now = NOW - 60_000;
    workshop.run(workshop.phone(1), 'stakeholders.addNote', { stakeholderId: stakeholderId(room, 'Stakeholder group 1'), column: 'needs', text: 'A later note' });
    const report = buildReport(workshop.state, { includeNames: false, now: NOW });
    const grid = table(report, 'stakeholder-notes');
    expect(grid.columns).toEqual(['Stakeholder', 'What they need to take part', 'What might stop them', 'How we could remove that']);
    expect(grid.rows[0]).toEqual(['Stakeholder group 1', 'Note 1 on needs\nA later note', 'Note 6 on barriers', '']);
    expect(grid.rows[4]).toEqual(['Stakeholder group 5', 'Note 5 on needs', '', '']);
    const section = report.sections.find((found) => found.id === 'stakeholders')!;
    expect(section.blocks).toContainEqual({
      kind: 'list',
      items: [
        'Stakeholder group 1: nothing yet on how to remove that.',
        'Stakeholder group 2: nothing yet on what might stop them and how to remove that.',
        'Stakeholder group 3: nothing yet on what might stop them and how to remove that.',
        'Stakeholder group 4: nothing yet on what might stop them and how to remove that.',
        'Stakeholder group 5: nothing yet on what might stop them and how to remove that.',
      ],
    });
    expect(paragraphs(report, 'stakeholders')).toContain(
      'Much affected by the work, with little influence over it: Stakeholder group 3. These are the people co-production most needs to hear.',
    );
  });

  it('draws the influence map as a figure: four areas in reading order, those not yet involved marked, and all of it in words', () => {
    const report = buildReport(room, { includeNames: false, now: NOW });
    const section = report.sections.find((found) => found.id === 'stakeholders')!;
    const figure = section.blocks.find((block) => block.kind === 'figure');
    expect(figure).toEqual({
      kind: 'figure',
      caption: expect.stringMatching(/^The influence map/),
      alt: expect.any(String),
      sides: { top: 'Much influence over the work', bottom: 'Little influence', left: 'Little affected', right: 'Much affected by it' },
      areas: [
        { label: 'Much influence, little affected', entries: [{ text: 'Stakeholder group 2', marked: true }], stressed: false },
        { label: 'Much influence, much affected', entries: [{ text: 'Stakeholder group 1', marked: false }], stressed: false },
        { label: 'Little influence, little affected', entries: [{ text: 'Stakeholder group 4', marked: false }], stressed: false },
        { label: 'Much affected, little influence', entries: [{ text: 'Stakeholder group 3', marked: true }], stressed: true },
      ],
      markedMeans: 'not yet involved',
    });
    expect(figure?.kind === 'figure' && figure.alt).toBe(
      'A square in four parts. Influence over the work rises going up; how much the work affects them rises going right. ' +
        'Top left, much influence, little affected: Stakeholder group 2 (not yet involved). Top right, much influence, much affected: Stakeholder group 1. ' +
        'Bottom left, little influence, little affected: Stakeholder group 4. Bottom right, much affected, little influence: Stakeholder group 3 (not yet involved).',
    );
    expect(paragraphs(report, 'stakeholders').at(-1)).toBe('Not on the map yet: Stakeholder group 5.');
  });

  it('says so, with no picture, when nobody is on the map, and leaves the section out with no stakeholders', () => {
    const workshop = new Workshop();
    workshop.run('facilitator', 'stakeholders.add', { name: 'Funders', why: null, brings: null });
    const section = buildReport(workshop.state, { includeNames: false, now: NOW }).sections.find((found) => found.id === 'stakeholders')!;
    expect(section.blocks.some((block) => block.kind === 'figure')).toBe(false);
    expect(section.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'Nobody has been placed on the influence map yet.' });
    expect(section.blocks).toContainEqual({ kind: 'paragraph', text: 'Nobody was placed as much affected by the work with little influence over it.' });
    workshop.run('facilitator', 'stakeholders.remove', { stakeholderId: Object.keys(workshop.state.stakeholders.stakeholders)[0] });
    expect(buildReport(workshop.state, { includeNames: false, now: NOW }).sections.map((found) => found.id)).toEqual(['meeting']);
  });

  it('reads sensibly for a room where nothing happened', () => {
    const report = buildReport(createRoomState('room-empty', 'Quiet day', WORKSHOP_START), { includeNames: false, now: NOW });
    expect(report.sections).toHaveLength(1);
    expect(report.sections[0]!.blocks).toContainEqual({ kind: 'paragraph', text: '0 people took part from a phone.' });
    expect(report.sections[0]!.blocks).toContainEqual({ kind: 'paragraph', text: 'Nothing was recorded with the meeting’s tools yet.' });
  });

  it('counts a turn still going up to the moment of the report', () => {
    const live = new Workshop();
    live.join(0);
    live.run(live.phone(0), 'queue.raiseHand', { card: 'speak' });
    live.run('facilitator', 'queue.next');
    const report = buildReport(live.state, { includeNames: true, now: live.now + 90_000 });
    expect(table(report, 'turn-taking').rows).toEqual([['Person 1', '1', '2 minutes', '100%']]);
  });
});

describe('buildReport and the definition cards’ hidden answers', () => {
  it('gives no counts the room was never shown, only how many people answered', () => {
    const hidden = new Workshop();
    hidden.state = room;
    hidden.run('facilitator', 'definitions.setRevealed', { revealed: false });
    const report = buildReport(hidden.state, { includeNames: true, now: NOW });
    expect(() => table(report, 'definition-cards')).toThrow();
    expect(paragraphs(report, 'definitions').join(' ')).toMatch(/answered the cards\. The answers were not shown to the group/);

    const shown = buildReport(room, { includeNames: true, now: NOW });
    expect(table(shown, 'definition-cards').rows.length).toBeGreaterThan(0);
  });
});
