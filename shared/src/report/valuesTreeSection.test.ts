import { describe, expect, it } from 'vitest';
import { buildReport } from './buildReport.ts';
import { NAME_NOT_SHOWN, type ReportBlock, type ReportSection, type ReportTreeFigure } from './model.ts';
import { valuesTreeRoom } from './valuesTreeRoom.ts';
import { Workshop, WORKSHOP_START } from './workshopRoom.ts';

const NOW = WORKSHOP_START + 3 * 3600_000;

function section(stage: Parameters<typeof valuesTreeRoom>[0], includeNames = false): ReportSection {
  const found = buildReport(valuesTreeRoom(stage), { includeNames, now: NOW }).sections.find((candidate) => candidate.id === 'valuesTree');
  if (!found) throw new Error('No values tree section');
  return found;
}

const ofKind = <K extends ReportBlock['kind']>(found: ReportSection, kind: K) => found.blocks.filter((block): block is Extract<ReportBlock, { kind: K }> => block.kind === kind);
const words = (found: ReportSection) => found.blocks.flatMap((block) => (block.kind === 'paragraph' || block.kind === 'subheading' ? [block.text] : block.kind === 'list' ? block.items : []));
const figure = (found: ReportSection): ReportTreeFigure => ofKind(found, 'treeFigure')[0]!;

describe('the values tree in the report', () => {
  it('comes after the other tools, and only when the tree was used', () => {
    expect(buildReport(valuesTreeRoom(), { includeNames: false, now: NOW }).sections.map((found) => found.heading)).toEqual(['About this meeting', 'Values tree']);
    expect(buildReport(new Workshop().state, { includeNames: false, now: NOW }).sections.map((found) => found.id)).toEqual(['meeting']);
  });

  it('lists every value with its theme, the themes with their values and votes, and the shared values with where they grew from', () => {
    const tree = section('done');
    expect(ofKind(tree, 'table')).toEqual([
      {
        kind: 'table',
        name: 'values',
        caption: expect.any(String),
        columns: ['Value', 'Theme'],
        rows: [
          ['Kindness at the bus stop', 'Care'],
          ['Time to listen', 'Care'],
          ['Being told the truth', 'Truth'],
          ['Fair fares', 'Not in a theme'],
        ],
      },
    ]);
    const said = words(tree);
    expect(said).toEqual(expect.arrayContaining(['Care: 2 values, 3 votes', 'Truth: 1 value, 3 votes', 'We are kind and honest with each other (from Care and Truth)', 'We listen first (from Care)']));
    expect(ofKind(tree, 'list')[0]?.items).toEqual(['Kindness at the bus stop', 'Time to listen']);
  });

  it('draws the tree as a figure whose words say the whole picture', () => {
    expect(figure(section('done'))).toEqual({
      kind: 'treeFigure',
      caption: expect.stringContaining('values tree'),
      alt: expect.stringContaining('“We listen first”, from Care'),
      roots: { written: 4, unsorted: 1 },
      themes: [
        { name: 'Care', values: 2, votes: 3 },
        { name: 'Truth', values: 1, votes: 3 },
      ],
      leaves: [
        { text: 'We are kind and honest with each other', from: ['Care', 'Truth'] },
        { text: 'We listen first', from: ['Care'] },
      ],
    });
    expect(figure(section('done')).alt).toMatch(/^A tree\. At its roots, 4 values people wrote, 1 of them in no theme yet\. The trunk branches into 2 themes: Care: 2 values, 3 votes; Truth/);
  });

  it('gives no vote totals while they were not shown', () => {
    const tree = section('votesHidden');
    expect(figure(tree).themes.map((theme) => theme.votes)).toEqual([null, null]);
    expect(words(tree)).toEqual(expect.arrayContaining(['The votes for each theme were not shown.', 'Care: 2 values', 'Truth: 1 value']));
    expect(JSON.stringify(tree)).not.toMatch(/\d+ votes?\b/);
  });

  it('names writers only when names are chosen, never an anonymous one', () => {
    expect(JSON.stringify(section('done'))).not.toMatch(/Person \d|member-/);
    const named = ofKind(section('done', true), 'table')[0]!;
    expect(named.columns).toEqual(['Value', 'Theme', 'Written by']);
    expect(named.rows.map((row) => row[2])).toEqual(['Person 1', 'Person 1', NAME_NOT_SHOWN, NAME_NOT_SHOWN]);
  });

  it('before the reveal, gives how many values were written and none of their words', () => {
    const tree = section('written', true);
    const text = JSON.stringify(tree);
    for (const value of ['Kindness', 'truth', 'Fair fares', 'listen']) expect(text).not.toContain(value);
    expect(words(tree)).toContain('People wrote 4 values. They were not shown to the group, so they stay private.');
    expect(figure(tree).roots).toEqual({ written: 4, unsorted: 4 });
    expect(ofKind(tree, 'table')).toEqual([]);
  });
});
