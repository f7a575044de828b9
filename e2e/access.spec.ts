import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
/** What no device but the console and the phone that answered may ever receive. */
const PRIVATE = ['wheelchair', 'access.needsSaved', '"largePrint"', '"moreTime"'];

/** A page in its own context that keeps every WebSocket frame it receives, from before it opens anything. */
async function recordingPage(browser: Browser, viewport: { width: number; height: number }, phone = false) {
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(payload.toString())));
  return { page, frames };
}

/** A phone joins by its link and gives a name (or none). */
async function join(page: Page, link: string, name: string | null): Promise<void> {
  await page.goto(link);
  if (name) {
    await page.getByLabel('What should we call you?').fill(name);
    await page.getByRole('button', { name: 'Save name' }).click();
  } else {
    await page.getByRole('button', { name: 'Don’t show my name' }).click();
  }
}

const question = (page: Page) => page.getByRole('form', { name: 'Is there anything you need to take part today?' });

test('what a person needs reaches the host only, by name, and no screen or other phone', async ({ browser }) => {
  const laptop = await recordingPage(browser, LAPTOP);
  const projector = await recordingPage(browser, PROJECTOR);
  const [aisha, ben, cy] = [await recordingPage(browser, PHONE, true), await recordingPage(browser, PHONE, true), await recordingPage(browser, PHONE, true)];

  const response = await laptop.page.request.post(`${BASE_URL}/api/rooms`, { data: { title: 'Bus routes' } });
  expect(response.status()).toBe(201);
  const { links } = (await response.json()) as { links: { facilitator: string; screen: string; join: string } };
  await laptop.page.goto(links.facilitator);
  const panel = laptop.page.getByRole('region', { name: 'What people need' });
  await expect(panel.getByText('Nobody has told you what they need yet.')).toBeVisible();
  await projector.page.goto(links.screen);

  await join(aisha.page, links.join, 'Aisha');
  await expect(question(aisha.page)).toBeVisible();
  await expectNoAxeViolations(aisha.page);
  await question(aisha.page).getByRole('checkbox', { name: 'Large print' }).check();
  await question(aisha.page).getByRole('checkbox', { name: 'More time to think and answer' }).check();
  await question(aisha.page).getByLabel('Anything else').fill('I use a wheelchair');
  // What was ticked and typed survives a reload before it is sent.
  await aisha.page.reload();
  await expect(question(aisha.page).getByLabel('Anything else')).toHaveValue('I use a wheelchair');
  await expect(question(aisha.page).getByRole('checkbox', { name: 'Large print' })).toBeChecked();
  await question(aisha.page).getByRole('button', { name: 'Tell the host' }).click();
  await expect(question(aisha.page)).toBeHidden();
  await expect(aisha.page.getByText('The host knows what you need.')).toBeVisible();

  await join(ben.page, links.join, 'Ben');
  await question(ben.page).getByRole('button', { name: 'Skip' }).click();
  await expect(ben.page.getByText('You can tell the host what you need.')).toBeVisible();
  await join(cy.page, links.join, null);
  await expect(question(cy.page)).toBeVisible();

  const aishaRow = panel.getByRole('listitem').filter({ hasText: 'Aisha' }).first();
  await expect(aishaRow).toContainText('Large print');
  await expect(aishaRow).toContainText('More time to think and answer');
  await expect(aishaRow).toContainText('Anything else: “I use a wheelchair”');
  await expect(panel.getByRole('status')).toHaveText('Someone told you what they need.');
  await expectNoAxeViolations(laptop.page, { include: '.access-panel' });

  // Changing it later, from "What I need": a need taken away reaches the host too.
  await aisha.page.getByRole('button', { name: 'What I need' }).click();
  await question(aisha.page).getByRole('checkbox', { name: 'More time to think and answer' }).uncheck();
  await question(aisha.page).getByRole('button', { name: 'Tell the host' }).click();
  await expect(aishaRow).not.toContainText('More time to think and answer');
  await expect(aishaRow).toContainText('Large print');

  await expect(projector.page.getByText('wheelchair')).toHaveCount(0);
  for (const device of [projector, ben, cy]) await device.page.reload();
  await expect(ben.page.getByText('You can tell the host what you need.')).toBeVisible();
  await expect(projector.page.getByRole('heading', { name: 'Bus routes' })).toBeVisible();

  const received = (frames: string[]) => frames.join('\n');
  expect(received(laptop.frames)).toContain('wheelchair');
  expect(received(aisha.frames)).toContain('wheelchair');
  for (const [label, device] of Object.entries({ projector, ben, cy })) {
    expect(device.frames.length, label).toBeGreaterThan(0);
    for (const word of PRIVATE) expect(received(device.frames), `${label}: ${word}`).not.toContain(word);
  }
});
