import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

const ASKED_MEANING = 'When the council buys services';
const AGREED_MEANING = 'How the council decides which services to pay for, and who runs them.';
const ITEM = 'Who does the commissioning for day centres next year?';

async function device(browser: Browser, viewport: { width: number; height: number }, mobile = false): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
  return context.newPage();
}

/** A phone joins by its link and gives a name; the host already shows the glossary. */
async function join(browser: Browser, link: string, name: string): Promise<Page> {
  const phone = await device(browser, PHONE, true);
  await phone.goto(link);
  await phone.getByLabel('What should we call you?').fill(name);
  await phone.getByRole('button', { name: 'Save name' }).click();
  await expect(phone.getByRole('heading', { name: 'Words we use' })).toBeVisible();
  return phone;
}

/** A tap on the phone's tool bar. */
const openTool = (phone: Page, label: string) => phone.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: label }).click();
/** One word in a list of words, on a phone or the console. */
const word = (page: Page | Locator, term: string) => page.getByRole('article', { name: term, exact: true });

test('the glossary: a word asked about on one phone, explained, agreed, and a tap away on another', async ({ browser }) => {
  // Five browser contexts and eight accessibility scans on two cores.
  test.setTimeout(90_000);
  const laptop = await device(browser, LAPTOP);
  const projector = await device(browser, PROJECTOR);
  const response = await laptop.request.post(`${BASE_URL}/api/rooms`, { data: { title: 'Day centres' } });
  expect(response.status()).toBe(201);
  const { links } = (await response.json()) as { links: { facilitator: string; screen: string; join: string } };
  await laptop.goto(links.facilitator);
  await laptop.getByRole('radio', { name: 'Glossary' }).check();
  await projector.goto(links.screen);
  await expect(projector.getByRole('heading', { name: 'Words we use' })).toBeVisible();
  const host = laptop.getByRole('region', { name: 'Glossary' });

  const [aisha, ben, chen] = await Promise.all([join(browser, links.join, 'Aisha'), join(browser, links.join, 'Ben'), join(browser, links.join, 'Chen')]);
  await expect(aisha.getByText('No words yet.')).toBeVisible();
  await expectNoAxeViolations(aisha);

  await test.step('Aisha asks what a word means; nobody is told who asked', async () => {
    await aisha.getByLabel('The word or words').fill('commissioning');
    await aisha.getByRole('button', { name: 'Add the word' }).click();
    await expect(aisha.getByText('Added “commissioning”.')).toBeVisible();
    await expect(word(ben, 'commissioning')).toContainText('Waiting for a meaning');
    await expect(word(ben, 'commissioning')).not.toContainText('Aisha');
    await expect(projector.locator('p', { hasText: 'Words to explain' })).toHaveText('Words to explain: commissioning.');
  });

  await test.step('Ben suggests a meaning; the host improves it and marks it agreed', async () => {
    await word(ben, 'commissioning').getByRole('button', { name: 'Suggest a meaning' }).click();
    await ben.getByLabel('What “commissioning” means, in plain words').fill(ASKED_MEANING);
    await ben.getByRole('button', { name: 'Send my meaning' }).click();
    await expect(word(host, 'commissioning')).toContainText(ASKED_MEANING);

    await word(host, 'commissioning').getByRole('button', { name: 'Change the meaning' }).click();
    await host.getByLabel('What “commissioning” means').fill(AGREED_MEANING);
    await host.getByRole('button', { name: 'Save the meaning' }).click();
    await word(host, 'commissioning').getByRole('button', { name: 'Mark as agreed' }).click();
    await expect(word(host, 'commissioning')).toContainText('Agreed by the group');
    await expectNoAxeViolations(laptop);

    await expect(word(aisha, 'commissioning')).toContainText('Agreed by the group');
    await expect(word(aisha, 'commissioning')).toContainText(AGREED_MEANING);
    await expect(word(aisha, 'commissioning').getByRole('button', { name: /Suggest/ })).toHaveCount(0);
  });

  await test.step('the screen shows the agreed word and its meaning', async () => {
    await expect(projector.locator('dt', { hasText: 'commissioning' })).toBeVisible();
    await expect(projector.locator('dd', { hasText: AGREED_MEANING })).toBeVisible();
    await expect(projector.locator('p', { hasText: 'Words to explain' })).toHaveCount(0);
    await expectNoAxeViolations(projector);
  });

  await test.step('in Ben’s car park item, the word is a tap away from its meaning on Chen’s phone', async () => {
    await openTool(ben, 'Car park');
    await ben.getByLabel('Add to the car park').fill(ITEM);
    await ben.getByRole('button', { name: 'Add', exact: true }).click();
    await openTool(chen, 'Car park');
    await expect(chen.getByRole('article', { name: ITEM })).toBeVisible();
    // Found by the list, not the item: once open, the meaning is part of the item's name.
    const tappable = chen.getByRole('list', { name: 'Car park items' }).getByRole('button', { name: 'commissioning', exact: true });
    await expect(tappable).toHaveAttribute('aria-expanded', 'false');
    await expect(chen.getByText(AGREED_MEANING)).toBeHidden();
    await tappable.click();
    await expect(tappable).toHaveAttribute('aria-expanded', 'true');
    await expect(chen.getByText(AGREED_MEANING)).toBeVisible();
    await expectNoAxeViolations(chen);
    await expect(laptop.getByRole('article', { name: ITEM }).getByRole('button', { name: 'commissioning' })).toBeVisible();
  });

  await test.step('the host adds a word with its meaning; a search on a phone finds it', async () => {
    await host.getByLabel('The word or words').fill('advocate');
    await host.getByLabel(/What it means/).fill('Someone who helps you say what you want.');
    await host.getByRole('button', { name: 'Add the word' }).click();
    await expect(host.getByText('2 words.')).toBeVisible();

    await openTool(chen, 'Words');
    const words = chen.getByRole('list', { name: 'Words, A to Z' }).getByRole('listitem');
    await expect(words).toHaveCount(2);
    await chen.getByRole('searchbox', { name: 'Look up a word' }).fill('HELPS');
    await expect(words).toHaveCount(1);
    await expect(words).toContainText('advocate');
    await expect(chen.getByRole('status').filter({ hasText: 'matches' })).toHaveText('1 of 2 words matches “HELPS”.');
    await expectNoAxeViolations(chen);
  });

  await test.step('"Please explain that" leads to the form to add the word', async () => {
    await openTool(aisha, 'Hands up');
    await aisha.getByRole('button', { name: 'Please explain that' }).click();
    await expect(aisha.getByText('Your hand is up: Please explain that.')).toBeVisible();
    await expectNoAxeViolations(aisha);
    await aisha.getByRole('button', { name: 'Add the word to the glossary' }).click();
    await expect(aisha.getByRole('heading', { name: 'Words we use' })).toBeVisible();
    await expect(aisha.getByLabel('The word or words')).toBeFocused();
  });
});
