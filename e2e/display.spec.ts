import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';

const PHONE = { width: 390, height: 844 };
/** The narrowest screen WCAG asks a page to fit without scrolling sideways (reflow, 1.4.10). */
const NARROWEST = { width: 320, height: 720 };
const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };

/** Makes a room by its API; returns its links. */
async function makeRoom(page: Page, title: string): Promise<{ facilitator: string; join: string; screen: string }> {
  const response = await page.request.post(`${BASE_URL}/api/rooms`, { data: { title } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { links: { facilitator: string; join: string; screen: string } }).links;
}

/** A phone opens the join link and sees the room's welcome, where everyone starts. */
async function phoneAt(browser: Browser, link: string, title: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await phone.goto(link);
  await expect(phone.getByRole('heading', { level: 1, name: `Welcome to ${title}` })).toBeVisible();
  return phone;
}

/** What the page's <html> says about the display choices. */
const choicesOn = (page: Page) =>
  page.evaluate(() => {
    const { textSize, contrast, calm, spacing } = document.documentElement.dataset;
    return { textSize, contrast, calm, spacing };
  });

/** True when the page is wider than the window: someone would have to scroll sideways to read it. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`The Tab key never reached ${String(target)}.`);
}

test('a phone chooses bigger text, high contrast, calm and more spacing, and keeps them after a reload', async ({ browser }) => {
  test.setTimeout(90_000);
  const host = await (await browser.newContext({ viewport: LAPTOP })).newPage();
  const links = await makeRoom(host, 'Display choices');
  const phone = await phoneAt(browser, links.join, 'Display choices');
  expect(await choicesOn(phone)).toEqual({ textSize: '100', contrast: 'standard', calm: 'off', spacing: 'standard' });

  await phone.getByRole('button', { name: 'Display', exact: true }).click();
  await phone.getByRole('radio', { name: 'Biggest (twice as big)' }).check();
  expect((await choicesOn(phone)).textSize).toBe('200');
  await phone.getByRole('checkbox', { name: /High contrast/ }).check();
  expect((await choicesOn(phone)).contrast).toBe('high');
  await phone.getByRole('checkbox', { name: /Calm/ }).check();
  expect((await choicesOn(phone)).calm).toBe('on');
  await phone.getByRole('checkbox', { name: /More space/ }).check();
  expect((await choicesOn(phone)).spacing).toBe('wide');
  await expectNoAxeViolations(phone);

  await phone.reload();
  await expect(phone.getByRole('heading', { level: 1, name: 'Welcome to Display choices' })).toBeVisible();
  expect(await choicesOn(phone)).toEqual({ textSize: '200', contrast: 'high', calm: 'on', spacing: 'wide' });
  await phone.getByRole('button', { name: 'Display', exact: true }).click();
  await expect(phone.getByRole('checkbox', { name: /High contrast/ })).toBeChecked();
  await expect(phone.getByRole('radio', { name: 'Biggest (twice as big)' })).toBeChecked();

  // Twice the text and high contrast on the narrowest phone: nothing to scroll sideways, nothing axe finds.
  await phone.getByRole('checkbox', { name: /More space/ }).uncheck();
  await phone.getByRole('button', { name: 'Close display choices' }).click();
  await phone.setViewportSize(NARROWEST);
  expect(await scrollsSideways(phone)).toBe(false);
  await expectNoAxeViolations(phone);

  // The accessibility statement is one tap away.
  await phone.getByRole('link', { name: 'Accessibility' }).click();
  await expect(phone.getByRole('heading', { level: 1, name: 'Accessibility' })).toBeVisible();
  await expect(phone.getByText('22 November 2026')).toBeVisible();
  expect(await scrollsSideways(phone)).toBe(false);
  await expectNoAxeViolations(phone);
});

test('the console sets its display by keyboard alone, fits 320 pixels at twice the text, and links the statement', async ({ browser }) => {
  test.setTimeout(90_000);
  const laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
  const links = await makeRoom(laptop, 'Display on the console');
  await laptop.goto(links.facilitator);
  await expect(laptop.getByRole('heading', { level: 1, name: 'Display on the console' })).toBeVisible();

  const toggle = laptop.getByRole('button', { name: 'Display', exact: true });
  await tabTo(laptop, toggle);
  await laptop.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await laptop.keyboard.press('Tab');
  await expect(laptop.getByRole('radio', { name: 'Normal' })).toBeFocused();
  await laptop.keyboard.press('ArrowDown');
  await laptop.keyboard.press('ArrowDown');
  await expect(laptop.getByRole('radio', { name: 'Biggest (twice as big)' })).toBeChecked();
  await laptop.keyboard.press('Tab');
  await expect(laptop.getByRole('checkbox', { name: /High contrast/ })).toBeFocused();
  await laptop.keyboard.press('Space');
  expect(await choicesOn(laptop)).toMatchObject({ textSize: '200', contrast: 'high' });
  await tabTo(laptop, laptop.getByRole('button', { name: 'Close display choices' }));
  await laptop.keyboard.press('Enter');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  await expectNoAxeViolations(laptop);
  await laptop.setViewportSize(NARROWEST);
  expect(await scrollsSideways(laptop)).toBe(false);
  await expectNoAxeViolations(laptop);

  const statement = laptop.getByRole('link', { name: 'Accessibility' });
  await expect(statement).toHaveAttribute('href', '/accessibility');
  await laptop.goto('/accessibility');
  await expect(laptop.getByRole('heading', { level: 1, name: 'Accessibility' })).toBeVisible();
  expect(await scrollsSideways(laptop)).toBe(false);
  await expectNoAxeViolations(laptop);

  // The projector on the same computer keeps the choices, and its Display button is there for a mouse or keyboard.
  await laptop.setViewportSize(PROJECTOR);
  await laptop.goto(links.screen);
  await expect(laptop.getByRole('heading', { level: 1, name: 'Display on the console' })).toBeVisible();
  expect(await choicesOn(laptop)).toMatchObject({ textSize: '200', contrast: 'high' });
  await expect(laptop.getByRole('button', { name: 'Display', exact: true })).toBeVisible();
  await expectNoAxeViolations(laptop);
});

test('a device that asks for less motion gets calm mode without choosing it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/accessibility');
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility' })).toBeVisible();
  expect((await choicesOn(page)).calm).toBe('on');
  await page.getByRole('button', { name: 'Display', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: /Calm/ })).toBeChecked();
});

test('a phone reads a car park item aloud with its own voice, and stops when asked', async ({ browser }) => {
  test.setTimeout(60_000);
  const host = await (await browser.newContext({ viewport: LAPTOP })).newPage();
  const links = await makeRoom(host, 'Read aloud');
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  // The browser's voice, replaced by one that writes down what it was asked to say.
  await context.addInitScript(() => {
    const said: { text: string; lang: string }[] = [];
    let current: SpeechSynthesisUtterance | null = null;
    Object.assign(window, { said });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak(utterance: SpeechSynthesisUtterance) {
          said.push({ text: utterance.text, lang: utterance.lang });
          current = utterance;
        },
        cancel() {
          const stopped = current;
          current = null;
          stopped?.onend?.call(stopped, new Event('end') as SpeechSynthesisEvent);
        },
      },
    });
  });
  const phone = await context.newPage();
  await phone.goto(links.join);
  await phone.getByLabel('What should we call you?').fill('Aisha');
  await phone.getByRole('button', { name: 'Save name' }).click();
  await expect(phone.getByText('You are: Aisha')).toBeVisible();
  await phone.getByRole('button', { name: 'Car park', exact: true }).click();
  await phone.getByLabel('Add to the car park').fill('Can the next meeting be in the afternoon?');
  await phone.getByRole('button', { name: 'Add', exact: true }).click();

  const item = phone.getByRole('article', { name: 'Can the next meeting be in the afternoon?' });
  await item.getByRole('button', { name: 'Read aloud this item' }).click();
  await expect(item.getByRole('button', { name: 'Stop reading this item' })).toBeVisible();
  expect(await phone.evaluate(() => (window as unknown as { said: unknown[] }).said)).toEqual([
    { text: 'Can the next meeting be in the afternoon?', lang: 'en-GB' },
  ]);
  await expectNoAxeViolations(phone);
  await item.getByRole('button', { name: 'Stop reading this item' }).click();
  await expect(item.getByRole('button', { name: 'Read aloud this item' })).toBeVisible();
});
