import { type ValuesTreeState, type Viewer } from '@roundtable/shared';
import { expect, it } from 'vitest';
import { eventually, TestClient, useTestRoom } from './support/harness.ts';

const testRoom = useTestRoom('What matters to us');
const { device, ok, serverView } = testRoom;



type Json = Record<string, unknown>;

/** What a device was sent about the values tree, live or in a catch-up answer. */
interface Sent {
  deltas: Json[];
  /** Every whole copy of the tool (in a snapshot). */
  copies: ValuesTreeState[];
  /** Every note it was given, in a delta or a copy. */
  notes: Json[];
}

function sentTo(client: TestClient, from = 0): Sent {
  const sent: Sent = { deltas: [], copies: [], notes: [] };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const record = value as Json;
    if (typeof record.type === 'string' && record.type.startsWith('valuesTree.')) sent.deltas.push(record);
    if (record.type === 'valuesTree.noteSaved') sent.notes.push(record.note as Json);
    if (record.type === 'valuesTree.notesRevealed') sent.notes.push(...(record.notes as Json[]));
    if ('noteCount' in record && 'votesPerPerson' in record) {
      const copy = record as unknown as ValuesTreeState;
      sent.copies.push(copy);
      sent.notes.push(...(Object.values(copy.notes) as unknown as Json[]));
    }
    Object.values(record).forEach(walk);
  };
  for (const message of client.received.slice(from)) walk(JSON.parse(message));
  return sent;
}

const ofType = (sent: Sent, type: string) => sent.deltas.filter((delta) => delta.type === type);
const label = (client: TestClient) => `${client.me!.role} ${client.me!.memberId ?? ''}`;
const viewerOf = (client: TestClient): Viewer => ({ role: client.me!.role, memberId: client.me!.memberId });

it('keeps each note on its writer’s devices until the reveal, then shows every note with anonymous writers kept hidden', async () => {
  const facilitator = await device('facilitator');
  const screen = await device('screen');
  const [ana, ben, cy] = [await device('participant'), await device('participant'), await device('participant')] as [TestClient, TestClient, TestClient];
  const anaAgain = await device('participant', ana.memberSecret);
  await ok(ana, 'member.setName', { name: 'Ana' });

  // Each text is written once, so finding it anywhere in a device's messages means it was sent there.
  const written = new Map<TestClient, string[]>([
    [ana, ['Kindness at the bus stop', 'Time to listen']],
    [ben, ['Being heard by the council']],
    [cy, ['Fair shares for everyone', 'Patience with new people']],
    [facilitator, ['Trust takes time']],
  ]);
  const writerOf = (text: string) => [...written].find(([, texts]) => texts.includes(text))![0];
  await ok(ana, 'valuesTree.addNote', { text: 'Kindness at the bus stop', anonymous: false }, 'note-ana-0001');
  await ok(ben, 'valuesTree.addNote', { text: 'Being heard', anonymous: true }, 'note-ben-0001');
  await ok(cy, 'valuesTree.addNote', { text: 'Fair shares for everyone', anonymous: false }, 'note-cy-00001');
  await ok(facilitator, 'valuesTree.addNote', { text: 'Trust takes time', anonymous: false }, 'note-facil-01');
  // Cy's phone drops; meanwhile Ana writes on her second phone and Ben changes his words; Cy catches up on return.
  cy.disconnect();
  await ok(anaAgain, 'valuesTree.addNote', { text: 'Time to listen', anonymous: false }, 'note-ana-0002');
  await ok(ben, 'valuesTree.editNote', { noteId: 'note-ben-0001', text: 'Being heard by the council' });
  const away = cy.received.length;
  await cy.connect();
  expect(cy.received.slice(away).find((message) => message.startsWith('["session:sync (answer)"'))).toContain('"mode":"changes"');
  const last = await ok(cy, 'valuesTree.addNote', { text: 'Patience with new people', anonymous: false }, 'note-cy-00002');
  // Devices joining now get the whole room in a snapshot.
  const lateScreen = await device('screen');
  const lateConsole = await device('facilitator');
  const everyone = [facilitator, lateConsole, screen, lateScreen, ana, anaAgain, ben, cy];
  for (const client of everyone) await client.waitForVersion(last);

  const allTexts = [...written.values()].flat();
  const sameWriter = (client: TestClient, text: string) => {
    const writer = writerOf(text);
    return client === writer || (writer.me!.memberId !== null && writer.me!.memberId === client.me!.memberId);
  };
  for (const client of everyone) {
    const raw = client.received.join('\n');
    for (const text of allTexts) if (!sameWriter(client, text)) expect(raw, `${label(client)}: ${text}`).not.toContain(text);
    if (client !== ben) expect(raw, `${label(client)}: Ben's first words`).not.toContain('Being heard');
    expect(client.view!.valuesTree.noteCount, label(client)).toBe(6);
  }
  // The checks above looked at something: each writer's devices have their own notes, and only those.
  const texts = (client: TestClient) => Object.values(client.view!.valuesTree.notes).map((note) => note.text).sort();
  expect(texts(ana)).toEqual(['Kindness at the bus stop', 'Time to listen']);
  expect(texts(anaAgain)).toEqual(texts(ana));
  expect(texts(ben)).toEqual(['Being heard by the council']);
  expect(texts(cy)).toEqual(['Fair shares for everyone', 'Patience with new people']);
  expect(texts(facilitator)).toEqual(['Trust takes time']);
  expect(texts(lateConsole)).toEqual(['Trust takes time']);
  expect(texts(screen)).toEqual([]);
  expect(texts(lateScreen)).toEqual([]);

  // The reveal: every note to everyone; the anonymous writer's id only to his own phone.
  const beforeReveal = new Map(everyone.map((client) => [client, client.received.length]));
  const revealedAt = await ok(facilitator, 'valuesTree.reveal', {});
  const freshPhone = await device('participant');
  for (const client of everyone) await client.waitForVersion(revealedAt);
  const benId = ben.me!.memberId!;
  for (const client of [...everyone, freshPhone]) {
    expect(texts(client), label(client)).toEqual([...allTexts].sort());
    // The reveal itself names no anonymous writer, not even to the writer: his phone keeps the id it already had.
    if (client.me!.memberId !== benId) {
      for (const note of sentTo(client).notes.filter((note) => note.id === 'note-ben-0001')) expect(note.authorId, label(client)).toBeNull();
    }
    if (client.me!.role !== 'facilitator' && client !== ben) expect(client.received.join('\n'), label(client)).not.toContain(benId);
    if (client !== freshPhone) expect(ofType(sentTo(client, beforeReveal.get(client)), 'valuesTree.notesRevealed'), label(client)).toHaveLength(1);
  }
  expect(ben.view!.valuesTree.notes['note-ben-0001']).toMatchObject({ authorId: benId, authorName: null, anonymous: true });
  expect(screen.view!.valuesTree.notes['note-ana-0001']).toMatchObject({ authorName: 'Ana', text: 'Kindness at the bus stop' });

  for (const client of [...everyone, freshPhone]) expect(client.view, label(client)).toEqual(await serverView(viewerOf(client)));
});

it('keeps each person’s votes on their own devices, the number of voters on the console, and the totals hidden until shown', async () => {
  const facilitator = await device('facilitator');
  const screen = await device('screen');
  const phones = [await device('participant'), await device('participant'), await device('participant')];
  const [ana, ben, cy] = phones as [TestClient, TestClient, TestClient];
  const memberIds = phones.map((phone) => phone.me!.memberId!);
  await ok(ana, 'valuesTree.addNote', { text: 'Kindness', anonymous: false }, 'note-ana-0001');
  await ok(ben, 'valuesTree.addNote', { text: 'Honesty', anonymous: true }, 'note-ben-0001');
  await ok(facilitator, 'valuesTree.reveal', {});
  await ok(facilitator, 'valuesTree.addTheme', { name: 'Care' }, 'theme-care-01');
  await ok(facilitator, 'valuesTree.addTheme', { name: 'Truth' }, 'theme-truth-1');
  await ok(facilitator, 'valuesTree.moveNote', { noteId: 'note-ana-0001', themeId: 'theme-care-01', afterNoteId: null });
  await ok(facilitator, 'valuesTree.moveNote', { noteId: 'note-ben-0001', themeId: 'theme-truth-1', afterNoteId: null });
  await ok(facilitator, 'valuesTree.setPhase', { phase: 'vote' });

  await ok(ana, 'valuesTree.vote', { themeId: 'theme-care-01', count: 2 });
  await ok(ben, 'valuesTree.vote', { themeId: 'theme-truth-1', count: 3 });
  // Ben's phone drops while others vote and a theme is merged; it catches up on return.
  ben.disconnect();
  await ok(cy, 'valuesTree.vote', { themeId: 'theme-truth-1', count: 1 });
  await ok(ana, 'valuesTree.vote', { themeId: 'theme-truth-1', count: 1 });
  await ok(facilitator, 'valuesTree.addTheme', { name: 'Being open' }, 'theme-open-01');
  await ok(cy, 'valuesTree.vote', { themeId: 'theme-open-01', count: 2 });
  await ok(facilitator, 'valuesTree.mergeThemes', { fromThemeId: 'theme-open-01', intoThemeId: 'theme-truth-1' });
  await ben.connect();
  await ok(ben, 'valuesTree.vote', { themeId: 'theme-truth-1', count: 2 });
  await ok(ben, 'valuesTree.vote', { themeId: 'theme-care-01', count: 1 });
  const lateScreen = await device('screen');
  const lateConsole = await device('facilitator');
  const everyone = [facilitator, lateConsole, screen, lateScreen, ...phones];
  // A vote sends nothing to most devices, so each asks for what it is owed, as after a hidden tab.
  for (const client of everyone) await client.sync();

  for (const client of everyone) {
    const sent = sentTo(client);
    const own = client.me!.memberId;
    expect(sent.copies.length, label(client)).toBeGreaterThan(0);
    for (const delta of ofType(sent, 'valuesTree.myVotesSaved')) expect(delta.memberId, label(client)).toBe(own);
    for (const copy of sent.copies) for (const memberId of Object.keys(copy.votes)) expect(memberId, label(client)).toBe(own);
    expect(ofType(sent, 'valuesTree.totalsSaved'), label(client)).toEqual([]);
    for (const copy of sent.copies) expect(copy.totals, label(client)).toEqual({});
    const voterCounts = ofType(sent, 'valuesTree.votersSaved');
    if (client.me!.role === 'facilitator') expect(client.view!.valuesTree.voters, label(client)).toBe(3);
    else expect([voterCounts, client.view!.valuesTree.voters], label(client)).toEqual([[], 0]);
  }
  expect(ofType(sentTo(facilitator), 'valuesTree.votersSaved').map((delta) => delta.voters)).toEqual([1, 2, 3]);
  expect(ana.view!.valuesTree.votes).toEqual({ [memberIds[0]!]: { 'theme-care-01': 2, 'theme-truth-1': 1 } });
  expect(ben.view!.valuesTree.votes).toEqual({ [memberIds[1]!]: { 'theme-truth-1': 2, 'theme-care-01': 1 } });
  expect(cy.view!.valuesTree.votes).toEqual({ [memberIds[2]!]: { 'theme-truth-1': 3 } });
  expect(facilitator.view!.valuesTree.votes).toEqual({});

  // Showing the totals reaches everyone, and so does a vote after it.
  await ok(facilitator, 'valuesTree.revealVotes', { revealed: true });
  const final = await ok(cy, 'valuesTree.vote', { themeId: 'theme-truth-1', count: 2 });
  const totals = { 'theme-care-01': 3, 'theme-truth-1': 5 };
  await eventually(() => {
    for (const client of everyone) expect(client.view!.valuesTree.totals, label(client)).toEqual(totals);
  });
  for (const client of everyone) await client.waitForVersion(final);
  for (const client of everyone) expect(client.view, label(client)).toEqual(await serverView(viewerOf(client)));
});
