import { describe, expect, it } from 'vitest';
import { createRoomState } from '../state.ts';
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
