import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';
import { cuttableNetwork } from './support/network.ts';

async function startWorkshop(page: Page, title: string): Promise<{ join: string; screen: string }> {
  const response = await page.request.post(`${BASE_URL}/api/rooms`, { data: { title } });
  expect(response.status()).toBe(201);
  const room = (await response.json()) as { links: { facilitator: string; screen: string; join: string } };
  await page.goto(room.links.facilitator);
  return room.links;
}

test('a phone that loses its connection keeps what it typed and catches up when back', async ({ browser }) => {
  const laptop = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const network = await cuttableNetwork(phoneContext);
  const phone = await phoneContext.newPage();

  const links = await startWorkshop(laptop, 'Dropped connections');
  await laptop.getByRole('radio', { name: 'Car park' }).check();
  await phone.goto(links.join);
  await phone.getByRole('button', { name: 'Don’t show my name' }).click();
  await expect(phone.getByLabel('Add to the car park')).toBeVisible();

  network.cut();
  await expect(phone.getByText(/You are offline/)).toBeVisible();
  await expectNoAxeViolations(phone);

  // Typed while offline: kept on the phone and shown as waiting, not lost.
  await phone.getByLabel('Add to the car park').fill('Written on the bus with no signal');
  await phone.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(phone.getByText('Saved on this device. Waiting to send…')).toBeVisible();
  await expect(phone.getByRole('article', { name: 'Written on the bus with no signal' })).toContainText('Waiting to send');

  // Meanwhile the room moves on without the phone.
  await laptop.getByLabel('Add to the car park').fill('Added while the phone was away');
  await laptop.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(laptop.getByRole('article', { name: 'Added while the phone was away' })).toBeVisible();

  // A reload while still offline keeps the unsent item too.
  await phone.reload();
  await expect(phone.getByRole('article', { name: 'Written on the bus with no signal' })).toContainText('Waiting to send');

  network.restore();
  await expect(phone.getByRole('article', { name: 'Added while the phone was away' })).toBeVisible({ timeout: 15_000 });
  await expect(laptop.getByRole('article', { name: 'Written on the bus with no signal' })).toBeVisible();
  await expect(phone.getByRole('article', { name: 'Written on the bus with no signal' })).not.toContainText('Waiting to send');
  // Sent once, however many times the phone tried.
  await expect(laptop.getByRole('article', { name: 'Written on the bus with no signal' })).toHaveCount(1);
});

test('a console link without its key, and a link that opens nothing, say so plainly', async ({ page }) => {
  await page.goto('/f/abcdefghijkl');
  await expect(page.getByRole('heading', { level: 1, name: 'This console link is missing its key' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/j/nosuchtoken1234');
  await expect(page.getByText('This link does not open a workshop').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/no/such/page');
  await expect(page.getByRole('link', { name: /home|start/i }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the facilitator can edit and remove an item, and the screen follows', async ({ browser }) => {
  const laptop = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  const links = await startWorkshop(laptop, 'Tidying up');
  await laptop.getByRole('radio', { name: 'Car park' }).check();
  await projector.goto(links.screen);

  await laptop.getByLabel('Add to the car park').fill('Lunch times');
  await laptop.getByRole('button', { name: 'Add', exact: true }).click();
  const entry = laptop.getByRole('article', { name: 'Lunch times' });
  await entry.getByRole('button', { name: 'Edit' }).click();
  await entry.getByLabel('Change the item').fill('Lunch and break times');
  await entry.getByRole('button', { name: 'Save changes' }).click();
  await expect(projector.getByRole('heading', { name: 'Lunch and break times' })).toBeVisible();

  const edited = laptop.getByRole('article', { name: 'Lunch and break times' });
  await edited.getByRole('button', { name: 'Remove' }).click();
  await expect(edited.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(laptop);
  await edited.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(projector.getByRole('heading', { name: 'Lunch and break times' })).toHaveCount(0);
  await expect(laptop.getByRole('article', { name: 'Lunch and break times' })).toHaveCount(0);
});
