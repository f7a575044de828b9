import { roomFile, type CreateRoomResponse, type Report, type RoomState } from '@roundtable/shared';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workshop, workshopRoom } from '../../shared/src/report/workshopRoom.ts';
import { startTestServer, type TestServer } from './support/harness.ts';

const FORMULAS = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)'];

/** The usual workshop, plus parked points and a word that a spreadsheet would run as formulas. */
function workshopWithFormulas(): RoomState {
  const room = new Workshop();
  room.state = workshopRoom({ participants: 6, items: 30 });
  for (const text of FORMULAS) room.run(room.phone(0), 'carPark.add', { text, anonymous: false });
  room.run('facilitator', 'glossary.add', { term: '=1+1', meaning: '@once' });
  const stakeholderId = room.run(room.phone(1), 'stakeholders.add', { name: '=HYPERLINK("http://y")', why: '-3', brings: null });
  room.run(room.phone(2), 'stakeholders.addNote', { stakeholderId, column: 'barriers', text: '+SUM(B1)' });
  return room.state;
}

let server: TestServer;
let room: CreateRoomResponse;
let original: RoomState;

async function importRoom(body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/rooms/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

function exportFrom(target: CreateRoomResponse, format: string, options: { key?: string | null; names?: boolean } = {}): Promise<Response> {
  const key = options.key === undefined ? target.facilitatorKey : options.key;
  const query = `format=${format}${options.names ? '&names=include' : ''}`;
  return fetch(`${server.url}/api/rooms/${target.roomId}/export?${query}`, { headers: key === null ? {} : { authorization: `Bearer ${key}` } });
}

async function bytes(response: Response): Promise<Uint8Array> {
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

beforeAll(async () => {
  server = await startTestServer();
  original = workshopWithFormulas();
  const created = await importRoom(roomFile(original, Date.now()));
  expect(created.status).toBe(201);
  room = (await created.json()) as CreateRoomResponse;
});

afterAll(async () => {
  await server.close();
});

describe('GET /api/rooms/:roomId/export', () => {
  it('opens as a Word document with real headings, tables with a repeating header row, a title and a language', async () => {
    const response = await exportFrom(room, 'docx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?bus-routes-for-everyone-meeting-1-2026-03-14\.docx"?$/);
    const files = unzipSync(await bytes(response));
    const document = strFromU8(files['word/document.xml']!);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading2"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]);
    expect(headings).toEqual(['About this meeting', 'Agreements', 'Car park', 'Taking turns to speak', 'Definition cards and our definition', 'Glossary', 'Stakeholders']);
    expect(document.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(6);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain('<w:t xml:space="preserve">Sam from the council</w:t>');
    expect(strFromU8(files['docProps/core.xml']!)).toContain('<dc:title>Bus routes for everyone</dc:title>');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:val="en-GB"');
    expect(document).not.toMatch(/Person \d/);
    // The influence map is a two-by-two table in Word, then the picture in words.
    const texts = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]);
    const map = texts.indexOf('Much influence over the work');
    expect(texts.slice(map - 3, map + 4)).toEqual(['', 'Little affected', 'Much affected by it', 'Much influence over the work', 'Stakeholder group 2 (not yet involved)', 'Stakeholder group 1', 'Little influence']);
    expect(texts).toContainEqual(expect.stringMatching(/^The picture in words: A square in four parts\./));
    expect(texts).toContain('Stakeholder group 3 (not yet involved)');
  });

  it('opens as a tagged A4 PDF whose text has every section and its content', async () => {
    const response = await exportFrom(room, 'pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const data = await bytes(response);
    const raw = Buffer.from(data).toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    const pdf = await getDocumentProxy(data);
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const page = await pdf.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ');
    for (const heading of ['Bus routes for everyone', 'About this meeting', 'Agreements', 'Car park', 'Taking turns to speak', 'Glossary', 'Stakeholders']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Parked point 3 about buses');
    expect(text).toContain('Co-production is people who use services');
    expect(text).not.toMatch(/Person \d/);
    // The influence map is drawn, its words on the page, and tagged as a figure that a screen reader reads in words.
    for (const words of ['Much influence over the work', 'Much affected, little influence', 'Little affected', 'A ring: not yet involved', 'Stakeholder group 3']) {
      expect(text).toContain(words);
    }
    expect(raw).toMatch(/\/S \/Figure/);
    expect(raw).toMatch(/\/Alt \(A square in four parts\./);
  });

  it('gives the same report as Markdown sections, with names only when asked for', async () => {
    const response = await exportFrom(room, 'md');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await response.text();
    expect(text.split('\n')[0]).toBe('# Bus routes for everyone');
    expect(text.match(/^## .+$/gm)).toEqual([
      '## About this meeting',
      '## Agreements',
      '## Car park',
      '## Taking turns to speak',
      '## Definition cards and our definition',
      '## Glossary',
      '## Stakeholders',
    ]);
    expect(text).toContain('| Point | Meeting | What happens | Who will do it | By when |');
    expect(text).not.toMatch(/Person \d/);
    const named = await (await exportFrom(room, 'md', { names: true })).text();
    expect(named).toContain('| Parked point 1 about buses | Person 1 | 1 | Dealt with in the meeting |  |  |');
    expect(text).toContain(
      [
        '*The influence map: how much say each stakeholder has, and how much the work affects them*',
        '',
        '|  | Little affected | Much affected by it |',
        '| --- | --- | --- |',
        '| Much influence over the work | Stakeholder group 2 (not yet involved) | Stakeholder group 1 |',
        '| Little influence | Stakeholder group 4 | Stakeholder group 3 (not yet involved) |',
        '',
        'The picture in words: A square in four parts.',
      ].join('\n'),
    );
  });

  it('gives a zip of CSV files, one per table, where no cell can run as a formula', async () => {
    const response = await exportFrom(room, 'csv');
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(await bytes(response));
    expect(Object.keys(files).sort()).toEqual(
      ['agreement-proposals', 'agreements', 'car-park', 'definition-cards', 'definition-proposals', 'glossary', 'meeting', 'stakeholder-notes', 'stakeholders', 'turn-taking'].map(
        (name) => `${name}.csv`,
      ),
    );
    const rows = parseCsv(strFromU8(files['car-park.csv']!).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Point', 'Meeting', 'What happens', 'Who will do it', 'By when']);
    const points = rows.map((row) => row[0]);
    for (const formula of FORMULAS) expect(points).toContain(`'${formula}`);
    const cells = Object.values(files).flatMap((file) => parseCsv(strFromU8(file).replace(/^\uFEFF/, '')).flat());
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'@once");
    const stakeholders = parseCsv(strFromU8(files['stakeholders.csv']!).replace(/^\uFEFF/, ''));
    expect(stakeholders[0]).toEqual(['Stakeholder', 'Why involve them', 'What they bring', 'Small group', 'On the influence map', 'Involved yet']);
    expect(stakeholders[1]).toEqual(['Stakeholder group 1', 'The buses matter to group 1', 'Know the routes well', 'Red table', 'Much influence, much affected', 'Yes']);
    expect(stakeholders.at(-1)).toEqual(['\'=HYPERLINK("http://y")', "'-3", '', '', 'Not placed yet', 'Not yet']);
    const grid = parseCsv(strFromU8(files['stakeholder-notes.csv']!).replace(/^\uFEFF/, ''));
    expect(grid[0]).toEqual(['Stakeholder', 'What they need to take part', 'What might stop them', 'How we could remove that']);
    expect(grid[1]).toEqual(['Stakeholder group 1', 'Note 1 on needs', 'Note 6 on barriers', '']);
    expect(grid.at(-1)).toEqual(['\'=HYPERLINK("http://y")', '', "'+SUM(B1)", '']);
  });

  it('gives the whole room as JSON that opens as a new room with the identical state', async () => {
    const response = await exportFrom(room, 'json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const file = (await response.json()) as { format: string; schemaVersion: number; state: RoomState };
    expect(file).toMatchObject({ format: 'roundtable-room', schemaVersion: 1 });
    const restored = await importRoom(file);
    expect(restored.status).toBe(201);
    const copy = (await restored.json()) as CreateRoomResponse;
    expect(copy.roomId).not.toBe(room.roomId);
    expect(copy.links.facilitator).toBe(`${server.url}/f/${copy.roomId}#${copy.facilitatorKey}`);
    const again = (await (await exportFrom(copy, 'json')).json()) as { state: RoomState };
    expect(again.state).toEqual({ ...original, id: copy.roomId });
  });

  it('answers 401 and shows nothing without the facilitator key or with a wrong one', async () => {
    for (const key of [null, 'not-the-key', room.facilitatorKey.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))]) {
      const response = await exportFrom(room, 'json', { key });
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ code: 'UNAUTHORIZED', message: expect.stringMatching(/^Only the facilitator/) });
      expect(text).not.toContain('Bus routes');
    }
    const unknownRoom = await exportFrom({ ...room, roomId: 'no-such-room' }, 'json');
    expect(unknownRoom.status).toBe(401);
  });
});

describe('POST /api/rooms/import', () => {
  it('answers 400 in plain words for a broken or foreign file, and creates no room', async () => {
    const before = server.registry.loadedCount;
    const cases: [unknown, RegExp][] = [
      [{ hello: 'world' }, /not a Roundtable room/],
      [{ format: 'roundtable-room', schemaVersion: 99, exportedAt: 1, state: original }, /different version/],
      [{ format: 'roundtable-room', schemaVersion: 1, exportedAt: 1, state: { ...original, members: 'everyone' } }, /damaged or incomplete/],
      [[1, 2, 3], /not a Roundtable room/],
      // Parts that refer to each other must agree, and times must be ones a date can hold.
      [roomFile({ ...original, createdAt: 1e20 }, 1), /damaged or incomplete/],
      [roomFile({ ...original, members: { ...original.members, 'member-x': { id: 'member-y', name: null, role: 'participant', joinedAt: 1 } } }, 1), /damaged or incomplete/],
      [roomFile({ ...original, members: { ...original.members, facilitator: { id: 'facilitator', name: 'F', role: 'participant', joinedAt: 1 } } }, 1), /damaged or incomplete/],
      [
        roomFile({ ...original, agreements: { ...original.agreements, round: { agreementId: 'agreement-gone', number: 1, version: 1, openedAt: 1, counts: { agree: 0, notSure: 0, cannotAgree: 0 } } } }, 1),
        /damaged or incomplete/,
      ],
    ];
    for (const [body, message] of cases) {
      const response = await importRoom(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
    }
    const notJson = await fetch(`${server.url}/api/rooms/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"format": ' });
    expect(notJson.status).toBe(400);
    expect(server.registry.loadedCount).toBe(before);
  });
});

describe('an imported room is nobody’s next meeting', () => {
  it('drops an earlier meeting named in the file, so no phone from another group’s room is taken for a member', async () => {
    const other = (await (await fetch(`${server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Another group' }) })).json()) as CreateRoomResponse;
    const file = roomFile({ ...original, meeting: { number: 2, previousRoomId: other.roomId } }, Date.now());
    const created = (await (await importRoom(file)).json()) as CreateRoomResponse;
    const exported = (await (await exportFrom(created, 'json')).json()) as { state: RoomState };
    expect(exported.state.meeting).toEqual({ number: 2, previousRoomId: null });
  });
});

describe('GET /api/summary/:roomId/:token', () => {
  it('gives the report only while the facilitator shares it, names as they chose', async () => {
    const summaryUrl = (token: string) => `${server.url}/api/summary/${room.roomId}/${token}`;
    expect((await fetch(summaryUrl('summary-token-0001'))).status).toBe(404);

    const shared = new Workshop();
    shared.state = original;
    shared.run('facilitator', 'summary.share', { token: 'summary-token-0001', includeNames: false });
    const created = (await (await importRoom(roomFile(shared.state, Date.now()))).json()) as CreateRoomResponse;
    const url = (token: string) => `${server.url}/api/summary/${created.roomId}/${token}`;
    const report = (await (await fetch(url('summary-token-0001'))).json()) as Report;
    expect(report.sections.map((section) => section.id)).toEqual(['meeting', 'agreements', 'carPark', 'queue', 'definitions', 'glossary', 'stakeholders']);
    expect(JSON.stringify(report)).not.toMatch(/Person \d|member-/);
    const wrong = await fetch(url('summary-token-0002'));
    expect(wrong.status).toBe(404);
    expect(await wrong.json()).toEqual({ code: 'NOT_FOUND', message: expect.stringMatching(/not shared/) });
  });
});

/** A small RFC 4180 reader, as a spreadsheet reads a file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}
