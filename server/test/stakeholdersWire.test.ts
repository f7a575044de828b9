import { FACILITATOR_MEMBER_ID, type Viewer } from '@roundtable/shared';
import { expect, it } from 'vitest';
import { TestClient, useTestRoom } from './support/harness.ts';

const testRoom = useTestRoom('Who should be in the room?');
const { device, ok, serverView } = testRoom;



type Json = Record<string, unknown>;

/** What a device was sent about the stakeholder grid, live or in a catch-up answer. */
interface Sent {
  /** Every stakeholder and note it was given, in a delta or a whole copy of the tool. */
  things: Json[];
  memberGroupDeltas: Json[];
  /** Every whole copy of the tool's `memberGroups`. */
  memberGroupCopies: Record<string, string>[];
}

function sentTo(client: TestClient): Sent {
  const sent: Sent = { things: [], memberGroupDeltas: [], memberGroupCopies: [] };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const record = value as Json;
    if (record.type === 'stakeholders.stakeholderSaved') sent.things.push(record.stakeholder as Json);
    if (record.type === 'stakeholders.noteSaved') sent.things.push(record.note as Json);
    if (record.type === 'stakeholders.memberGroupSaved') sent.memberGroupDeltas.push(record);
    if ('memberGroups' in record && 'stakeholders' in record && 'notes' in record) {
      sent.memberGroupCopies.push(record.memberGroups as Record<string, string>);
      sent.things.push(...(Object.values(record.stakeholders as Json) as Json[]), ...(Object.values(record.notes as Json) as Json[]));
    }
    Object.values(record).forEach(walk);
  };
  for (const message of client.received) walk(JSON.parse(message));
  return sent;
}

it('sends who added each stakeholder and note, and who is in which small group, only to that person’s own devices', async () => {
  const facilitator = await device('facilitator');
  const screen = await device('screen');
  const phones = [await device('participant'), await device('participant'), await device('participant')];
  const [ana, ben, cy] = phones as [TestClient, TestClient, TestClient];
  const [anaId, benId, cyId] = phones.map((phone) => phone.me!.memberId!) as [string, string, string];
  // Ana's second phone: the same person, so it may see what she added.
  const anaAgain = await device('participant', ana.memberSecret!);
  expect(anaAgain.me!.memberId).toBe(anaId);

  await ok(ana, 'stakeholders.add', { name: 'Bus drivers', why: 'They run the routes', brings: null }, 'sh-drivers-01');
  await ok(facilitator, 'stakeholders.add', { name: 'Local shops', why: null, brings: 'Space for posters' }, 'sh-shops-001');
  await ok(facilitator, 'stakeholders.addStarters', {}, 'cmd-starters-1');
  await ok(ben, 'stakeholders.addNote', { stakeholderId: 'sh-drivers-01', column: 'needs', text: 'Paid time to come' }, 'note-ben-0001');
  await ok(cy, 'stakeholders.addNote', { stakeholderId: 'cmd-starters-1-01', column: 'barriers', text: 'Forms are hard' }, 'note-cy-00001');
  await ok(facilitator, 'stakeholders.addNote', { stakeholderId: 'sh-shops-001', column: 'solutions', text: 'Meet after closing' }, 'note-facil-01');
  await ok(facilitator, 'stakeholders.addGroup', { name: 'Red table' }, 'group-red-001');
  await ok(facilitator, 'stakeholders.addGroup', { name: 'Blue table' }, 'group-blue-01');
  await ok(ana, 'stakeholders.joinGroup', { groupId: 'group-red-001' });
  await ok(ben, 'stakeholders.joinGroup', { groupId: 'group-blue-01' });
  // The facilitator's edit of Ana's row goes out again, and must stay silent about her.
  await ok(facilitator, 'stakeholders.edit', { stakeholderId: 'sh-drivers-01', name: 'Bus drivers and crews', why: 'They run the routes', brings: null });
  await ok(ben, 'stakeholders.place', { stakeholderId: 'sh-drivers-01', quadrant: 'littleInfluenceMuchAffected' });
  // Cy's phone drops; meanwhile more is added and he is put in a group; he catches up on return.
  cy.disconnect();
  await ok(ana, 'stakeholders.addNote', { stakeholderId: 'sh-drivers-01', column: 'solutions', text: 'Meet at the depot' }, 'note-ana-0001');
  await ok(ben, 'stakeholders.add', { name: 'School staff', why: null, brings: null }, 'sh-school-01');
  await ok(ana, 'stakeholders.joinGroup', { groupId: 'group-blue-01' });
  await cy.connect();
  expect(cy.received.at(-1)).toContain('"mode":"changes"');
  await ok(cy, 'stakeholders.joinGroup', { groupId: 'group-red-001' });
  await ok(cy, 'stakeholders.editNote', { noteId: 'note-cy-00001', text: 'Forms are long and hard' });
  const last = await ok(facilitator, 'stakeholders.setView', { view: 'map', highlightGaps: true });
  // Devices joining now get the whole tool in a snapshot.
  const lateScreen = await device('screen');
  const lateConsole = await device('facilitator');
  const everyone = [facilitator, lateConsole, screen, lateScreen, ana, anaAgain, ben, cy];
  for (const client of everyone) await client.waitForVersion(last);

  const label = (client: TestClient) => `${client.me!.role} ${client.me!.memberId ?? ''}`;
  for (const client of everyone) {
    const own = client.me!.memberId;
    const sent = sentTo(client);
    expect(sent.things.length, label(client)).toBeGreaterThan(0);
    for (const thing of sent.things) expect([null, own], `${label(client)}: ${String(thing.id)}`).toContain(thing.addedBy);
    for (const delta of sent.memberGroupDeltas) expect(delta.memberId, label(client)).toBe(own);
    for (const copy of sent.memberGroupCopies) for (const memberId of Object.keys(copy)) expect(memberId, label(client)).toBe(own);
  }
  // The screens and phones were never sent another person's id at all.
  const memberIds = [anaId, benId, cyId];
  for (const client of [screen, lateScreen, ana, anaAgain, ben, cy]) {
    const raw = client.received.join('\n');
    for (const id of memberIds.filter((memberId) => memberId !== client.me!.memberId)) expect(raw, label(client)).not.toContain(id);
  }
  // The checks above looked at something: each person's devices were told what they added, and their group.
  const addedBy = (client: TestClient, id: string) => sentTo(client).things.filter((thing) => thing.id === id).map((thing) => thing.addedBy);
  expect(addedBy(ana, 'sh-drivers-01')).toContain(anaId);
  expect(addedBy(anaAgain, 'note-ana-0001')).toEqual([anaId]);
  expect(addedBy(ben, 'note-ben-0001')).toEqual([benId]);
  expect(addedBy(cy, 'note-cy-00001')).toContain(cyId);
  expect(addedBy(facilitator, 'sh-shops-001')).toEqual([FACILITATOR_MEMBER_ID]);
  expect(addedBy(screen, 'sh-shops-001')).toEqual([null]);
  expect(addedBy(facilitator, 'sh-drivers-01').every((by) => by === null)).toBe(true);
  expect(sentTo(cy).memberGroupDeltas.map((delta) => delta.groupId)).toEqual(['group-red-001']);

  // Every device's view is the server's projection for it.
  for (const client of everyone) {
    const viewer: Viewer = { role: client.me!.role, memberId: client.me!.memberId };
    expect(client.view, label(client)).toEqual(await serverView(viewer));
  }
  expect(ana.view!.stakeholders.memberGroups).toEqual({ [anaId]: 'group-blue-01' });
  expect(anaAgain.view!.stakeholders.memberGroups).toEqual({ [anaId]: 'group-blue-01' });
  expect(facilitator.view!.stakeholders.memberGroups).toEqual({});
  expect(screen.view!.stakeholders).toMatchObject({ view: 'map', highlightGaps: true, memberGroups: {} });
  expect(Object.keys(screen.view!.stakeholders.stakeholders)).toHaveLength(13);
});
