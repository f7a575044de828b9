import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';
import { decodeQr } from './support/qr.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

async function device(browser: Browser, viewport: { width: number; height: number }, mobile = false): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
  return context.newPage();
}

/** The car park item on a console or phone, found by its text. */
const item = (page: Page, text: string) => page.getByRole('article', { name: text });
/** The car park card on the projector, found by its text. */
const card = (page: Page, text: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: text }) });

test('a workshop on a laptop, a projector and two phones, with the car park', async ({ browser }) => {
  // Four browser contexts and eleven accessibility scans on two cores.
  test.setTimeout(120_000);
  const laptop = await device(browser, LAPTOP);
  const projector = await device(browser, PROJECTOR);
  const aisha = await device(browser, PHONE, true);
  const ben = await device(browser, PHONE, true);

  // The facilitator starts a workshop; a title is enough.
  await laptop.goto('/');
  await expectNoAxeViolations(laptop);
  await laptop.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(laptop.getByRole('alert').filter({ hasText: /title/i })).toBeVisible();
  await laptop.getByLabel('Workshop title').fill('Planning the bus routes together');
  await laptop.getByRole('button', { name: 'Start the workshop' }).click();
  await expect(laptop.getByRole('heading', { level: 1, name: 'Planning the bus routes together' })).toBeVisible();
  await expect(laptop).toHaveURL(/\/f\/[\w-]+#[\w-]{32}$/);
  await expect(laptop.getByRole('heading', { name: 'How people join' })).toBeVisible();
  await expectNoAxeViolations(laptop);

  // The projector opens the screen view from the console's link.
  const screenLink = await laptop.getByRole('link', { name: /Open the screen view/ }).getAttribute('href');
  expect(screenLink).toMatch(/\/s\/[\w-]+$/);
  await projector.goto(screenLink!.replace(/^https?:\/\/[^/]+/, BASE_URL));
  await expect(projector.getByRole('heading', { level: 1, name: 'Planning the bus routes together' })).toBeVisible();
  const joinCode = (await laptop.locator('dt:text-is("Join code") + dd').innerText()).trim();
  expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
  await expect(projector.getByText(joinCode)).toBeVisible();
  await expectNoAxeViolations(projector);

  // A phone joins through the link in the QR code, read from the screen's pixels.
  const joinUrl = await decodeQr(projector.getByTestId('join-qr'));
  expect(joinUrl).toMatch(new RegExp(`^${BASE_URL}/j/[\\w-]+$`));
  await aisha.goto(joinUrl);
  await expect(aisha.getByRole('heading', { level: 1, name: /Welcome to Planning the bus routes together/ })).toBeVisible();
  await expectNoAxeViolations(aisha);
  await aisha.getByLabel('What should we call you?').fill('Aisha');
  await aisha.getByRole('button', { name: 'Save name' }).click();
  await expect(aisha.getByText('You are: Aisha')).toBeVisible();

  // The other phone types the short code instead, in lower case with a space, and does not show a name.
  await ben.goto('/join');
  await expectNoAxeViolations(ben);
  await ben.getByLabel('Join code').fill('ZZZ ZZZ');
  await ben.getByRole('button', { name: 'Join' }).click();
  await expect(ben.getByRole('alert').filter({ hasText: 'No workshop has that code' })).toBeVisible();
  await expect(ben.getByLabel('Join code')).toHaveValue('ZZZ ZZZ');
  await ben.getByLabel('Join code').fill(`${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3).toLowerCase()}`);
  await ben.getByRole('button', { name: 'Join' }).click();
  await ben.getByRole('button', { name: 'Don’t show my name' }).click();
  await expect(ben.getByText('Your name is not shown')).toBeVisible();
  await expect(projector.getByText('2 people joined')).toBeVisible();

  // The facilitator puts the car park on the screen; phones open on it.
  await laptop.getByRole('radio', { name: 'Car park' }).check();
  await expect(projector.getByRole('heading', { name: 'Car park' })).toBeVisible();
  await expect(aisha.getByLabel('Add to the car park')).toBeVisible();

  // Both phones park something; Ben without his name. An empty add is refused in plain words.
  await aisha.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(aisha.getByRole('alert').filter({ hasText: 'Please write something' })).toBeVisible();
  await aisha.getByLabel('Add to the car park').fill('Can carers travel free on the new routes?');
  await aisha.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(aisha.getByText('Added to the car park.')).toBeVisible();
  await ben.getByRole('button', { name: 'Car park', exact: true }).click();
  await ben.getByLabel('Add to the car park').fill('The meeting room is hard to reach by wheelchair');
  await ben.getByLabel('Add without my name').check();
  await ben.getByRole('button', { name: 'Add', exact: true }).click();

  // The screen and the other phone show both, with who raised them (or that no name is shown).
  for (const page of [laptop, aisha, ben]) {
    await expect(item(page, 'Can carers travel free on the new routes?')).toBeVisible();
    await expect(item(page, 'The meeting room is hard to reach by wheelchair')).toBeVisible();
  }
  await expect(card(projector, 'Can carers travel free on the new routes?')).toContainText('Raised by Aisha');
  await expect(card(projector, 'The meeting room is hard to reach by wheelchair')).toContainText('Name not shown');
  await expect(item(ben, 'Can carers travel free on the new routes?')).toContainText('Raised by Aisha');
  await expect(item(aisha, 'The meeting room is hard to reach by wheelchair')).toContainText('Name not shown');
  await expect(item(laptop, 'The meeting room is hard to reach by wheelchair')).toContainText('Name not shown');
  await expect(item(ben, 'The meeting room is hard to reach by wheelchair')).toContainText('You raised this');
  await expectNoAxeViolations(projector);
  await expectNoAxeViolations(aisha);

  // The facilitator gives each an outcome; the authors' phones show what happened.
  const aishas = item(laptop, 'Can carers travel free on the new routes?');
  await aishas.getByRole('button', { name: 'Set outcome' }).click();
  await aishas.getByRole('radio', { name: 'An action' }).check();
  await aishas.getByLabel('Who will do it').fill('Priya');
  await aishas.getByLabel('By when').fill('2026-12-03');
  await expectNoAxeViolations(laptop);
  await aishas.getByRole('button', { name: 'Save outcome' }).click();
  const bens = item(laptop, 'The meeting room is hard to reach by wheelchair');
  await bens.getByRole('button', { name: 'Set outcome' }).click();
  await bens.getByRole('radio', { name: 'For the next meeting' }).check();
  await bens.getByRole('button', { name: 'Save outcome' }).click();

  await expect(item(aisha, 'Can carers travel free on the new routes?')).toContainText('Action: Priya will do this by 3 December 2026');
  await expect(item(ben, 'The meeting room is hard to reach by wheelchair')).toContainText('The group will look at this at the next meeting');
  await expect(card(projector, 'Can carers travel free on the new routes?')).toContainText('Priya');

  // A reload keeps the phone the same person, and its item still its own.
  await aisha.reload();
  await expect(aisha.getByText('You are: Aisha')).toBeVisible();
  await expect(item(aisha, 'Can carers travel free on the new routes?')).toContainText('You raised this');
  await expectNoAxeViolations(aisha);

  await expectNoAxeViolations(laptop);
  for (const page of [laptop, projector, aisha, ben]) await page.context().close();
});
