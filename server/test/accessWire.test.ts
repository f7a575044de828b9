import { ACCESS_NEEDS } from '@roundtable/shared';
import { expect, it } from 'vitest';
import { eventually, TestClient, useTestRoom } from './support/harness.ts';

const testRoom = useTestRoom('Bus routes');
const { device } = testRoom;

/** The words and keys of the answer below: none may reach a device but the console and the phone that gave it. */
const PRIVATE = ['wheelchair', 'access.needsSaved', ...ACCESS_NEEDS.map((need) => `"${need}"`)];
const everything = (client: TestClient) => client.received.join('\n');

it('sends what a person needs to the console and their own phone, and to no other phone or screen, live or on catch-up', async () => {
  const facilitator = await device('facilitator');
  const screen = await device('screen');
  const [ana, ben, cy] = [await device('participant'), await device('participant'), await device('participant')] as [TestClient, TestClient, TestClient];
  const anaId = ana.me!.memberId!;
  expect(await ana.send('member.setName', { name: 'Ana' })).toMatchObject({ ok: true });
  // Cy's phone is away while Ana answers, and catches up afterwards.
  cy.disconnect();
  expect(await ana.send('access.setNeeds', { needs: ['breaks', 'largePrint', 'readToMe'], other: 'I use a wheelchair' })).toMatchObject({ ok: true });
  expect(await ana.send('access.setNeeds', { needs: ['breaks', 'largePrint', 'readToMe', 'moreTime', 'quietSpace', 'hearingLoop', 'signLanguage', 'stepFree', 'writeForMe'], other: 'I use a wheelchair' })).toMatchObject({ ok: true });
  await cy.connect();
  const lateScreen = await device('screen');
  const latePhone = await device('participant');
  const lateConsole = await device('facilitator');
  for (const client of [facilitator, screen, ana, ben, cy, lateScreen, latePhone, lateConsole]) await client.sync();

  const want = { needs: [...ACCESS_NEEDS], other: 'I use a wheelchair' };
  await eventually(() => expect(facilitator.view!.access.needs[anaId]).toMatchObject(want));
  expect(lateConsole.view!.access.needs[anaId]).toMatchObject(want);
  expect(ana.view!.access.needs).toEqual({ [anaId]: expect.objectContaining(want) });
  expect(everything(facilitator)).toContain('wheelchair');
  expect(everything(ana)).toContain('wheelchair');

  for (const [label, client] of Object.entries({ screen, ben, cy, lateScreen, latePhone })) {
    expect(client.view!.access.needs, label).toEqual({});
    const received = everything(client);
    expect(received.length, label).toBeGreaterThan(0);
    for (const word of PRIVATE) expect(received, `${label}: ${word}`).not.toContain(word);
  }
});

it('clears the answer on the console when the phone takes it back', async () => {
  const facilitator = await device('facilitator');
  const ana = await device('participant');
  const anaId = ana.me!.memberId!;
  expect(await ana.send('access.setNeeds', { needs: ['moreTime'], other: null })).toMatchObject({ ok: true });
  await eventually(() => expect(facilitator.view!.access.needs[anaId]?.needs).toEqual(['moreTime']));
  expect(await ana.send('access.setNeeds', { needs: [], other: null })).toMatchObject({ ok: true });
  await eventually(() => expect(facilitator.view!.access.needs).toEqual({}));
});

it('refuses an answer from the console or the screen', async () => {
  const facilitator = await device('facilitator');
  const screen = await device('screen');
  for (const client of [facilitator, screen]) {
    expect(await client.send('access.setNeeds', { needs: ['breaks'], other: null })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  }
});
