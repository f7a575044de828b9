import { applyCommand, buildReport, clientCommandSchema, createRoomState, FACILITATOR_MEMBER_ID, type Report, type RoomState } from '@roundtable/shared';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SummaryPage } from './SummaryPage.tsx';

const START = Date.UTC(2026, 2, 14, 10, 0);
const fetchMock = vi.fn<typeof fetch>();

/** A room where the facilitator listed three stakeholders and placed two of them on the influence map. */
function stakeholderRoom(): RoomState {
  let state = createRoomState('room-summary', 'Bus routes for everyone', START);
  let count = 0;
  const run = (type: string, payload: unknown) => {
    const command = clientCommandSchema.parse({ id: `cmd-${String(++count).padStart(8, '0')}`, type, payload });
    const reduction = applyCommand(state, command, { actor: { role: 'facilitator', memberId: FACILITATOR_MEMBER_ID }, now: START + count * 1000 });
    if (!reduction.ok) throw new Error(reduction.message);
    state = reduction.state;
    return command.id;
  };
  const families = run('stakeholders.add', { name: 'Families and carers of people who travel', why: null, brings: null });
  const council = run('stakeholders.add', { name: 'The council', why: 'It pays for the buses', brings: null });
  run('stakeholders.add', { name: 'Drivers', why: null, brings: null });
  run('stakeholders.place', { stakeholderId: families, quadrant: 'littleInfluenceMuchAffected' });
  run('stakeholders.place', { stakeholderId: council, quadrant: 'muchInfluenceLittleAffected' });
  run('stakeholders.setInvolved', { stakeholderId: council, involved: true });
  run('stakeholders.addNote', { stakeholderId: council, column: 'barriers', text: 'Meetings in office hours' });
  return state;
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  fetchMock.mockReset();
});

async function showSummary(report: Report) {
  fetchMock.mockResolvedValue(new Response(JSON.stringify(report), { status: 200, headers: { 'content-type': 'application/json' } }));
  render(<SummaryPage roomId="room-summary" token="summary-token-0001" />);
  return screen.findByRole('region', { name: 'Stakeholders' });
}

describe('SummaryPage', () => {
  it('draws the influence map as a captioned picture that a screen reader reads in words', async () => {
    const report = buildReport(stakeholderRoom(), { includeNames: false, now: START + 3600_000 });
    const section = await showSummary(report);
    const figure = within(section).getByRole('figure', { name: /^The influence map/ });
    const picture = within(figure).getByRole('img');
    const block = report.sections.at(-1)!.blocks.find((found) => found.kind === 'figure');
    expect(picture.getAttribute('aria-label')).toBe(block?.kind === 'figure' ? block.alt : 'a figure');
    expect(picture.getAttribute('aria-label')).toContain('Bottom right, much affected, little influence: Families and carers of people who travel (not yet involved).');
    expect(figure.querySelector('figcaption')?.textContent).toMatch(/^The influence map/);

    const drawn = [...picture.querySelectorAll('text')].map((text) => text.textContent);
    for (const words of ['Much influence over the work', 'Little influence', 'Little affected', 'Much affected by it', 'The council', 'Nobody', 'A ring: not yet involved']) {
      expect(drawn).toContain(words);
    }
    // The long name wraps inside its area instead of running out of the picture.
    expect(drawn.join(' ')).toContain('Families and carers of people who travel');
    expect(drawn).not.toContain('Families and carers of people who travel');
    // The council is involved (a dot, top left); the families are not yet (a ring, bottom right); then the key's ring.
    const markers = [...picture.querySelectorAll('circle')].map((circle) => circle.getAttribute('fill'));
    expect(markers).toEqual(['#1a1a1a', 'none', 'none']);
    // The area that most needs work stands out.
    expect(picture.querySelectorAll('rect[stroke-width="3"]')).toHaveLength(1);
  });

  it('gives the list, the grid and the gaps as tables and words', async () => {
    const section = await showSummary(buildReport(stakeholderRoom(), { includeNames: false, now: START + 3600_000 }));
    const list = within(section).getByRole('table', { name: 'Who to involve' });
    expect(within(list).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Stakeholder',
      'Why involve them',
      'What they bring',
      'Small group',
      'On the influence map',
      'Involved yet',
    ]);
    expect(within(list).getByRole('row', { name: /The council/ }).textContent).toContain('Much influence, little affected');
    const grid = within(section).getByRole('table', { name: 'Needs, barriers and solutions for each stakeholder' });
    expect(within(grid).getByRole('row', { name: /The council/ }).textContent).toContain('Meetings in office hours');
    expect(section.textContent).toContain('Not on the map yet: Drivers.');
    expect(section.textContent).toContain('Much affected by the work, with little influence over it: Families and carers of people who travel.');
  });
});
