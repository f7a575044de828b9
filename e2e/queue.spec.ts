import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';
import { cuttableNetwork } from './support/network.ts';
import { pickUpAndMove } from './support/keyboardDrag.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
/** The narrowest console the queue must fit: a small phone's width, with the text at twice its size. */
const NARROW = { width: 360, height: 800 };
const DOUBLE_TEXT = 'html { font-size: 200% !important; }';
/** How long the test keeps one phone's network cut: well inside the server's grace for a raised hand. */
const CUT_MS = 30_000;

async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
}

/** A phone joins by its link and gives a name (or none); the host already shows the queue. */
async function join(context: BrowserContext, link: string, name: string | null): Promise<Page> {
  const phone = await context.newPage();
  await phone.goto(link);
  if (name) {
    await phone.getByLabel('What should we call you?').fill(name);
    await phone.getByRole('button', { name: 'Save name' }).click();
  } else {
    await phone.getByRole('button', { name: 'Don’t show my name' }).click();
  }
  await expect(phone.getByRole('heading', { name: 'Hands up' })).toBeVisible();
  return phone;
}

/** The console's list of waiting hands. */
const consoleHands = (laptop: Page) => laptop.getByRole('list', { name: 'People waiting to speak, in order' }).getByRole('listitem');
/** One hand's row on the console, by the name shown. */
const row = (laptop: Page, name: string) => consoleHands(laptop).filter({ hasText: name });
/** The projector's "Next in line". */
const screenHands = (projector: Page) => projector.getByRole('region', { name: 'Next in line' }).getByRole('listitem');

/** Makes a room and opens its console on `laptop`, showing the speaking queue; returns its links. */
async function openQueueConsole(laptop: Page, title: string): Promise<{ facilitator: string; screen: string; join: string }> {
  const response = await laptop.request.post(`${BASE_URL}/api/rooms`, { data: { title } });
  expect(response.status()).toBe(201);
  const { links } = (await response.json()) as { links: { facilitator: string; screen: string; join: string } };
  await laptop.goto(links.facilitator);
  await laptop.getByRole('radio', { name: 'Speaking queue' }).check();
  return links;
}

/** Adds a hand from the console for someone without a phone. */
async function addGuest(laptop: Page, name: string, card: string): Promise<void> {
  const toggle = laptop.getByRole('button', { name: 'Add a hand for someone without a phone' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await laptop.getByLabel('Their name').fill(name);
  await laptop.getByRole('radio', { name: card }).check();
  await laptop.getByRole('button', { name: 'Add their hand' }).click();
  await expect(laptop.getByText(`${name}’s hand is in the queue.`)).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the keyboard's own way around the page. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let presses = 0; presses < 90; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`The Tab key never reached ${String(target)}.`);
}

test('the speaking queue: cards in order, a fair order, a dropped phone, a guest, and a console run by keyboard', async ({ browser }) => {
  // Six browser contexts, a 30-second cut connection and six accessibility scans on two cores.
  test.setTimeout(150_000);
  const laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
  const projector = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
  const links = await openQueueConsole(laptop, 'Who speaks next');
  await projector.goto(links.screen);
  await expect(projector.getByRole('heading', { name: 'Speaking now' })).toBeVisible();

  const deesContext = await phoneContext(browser);
  const deesNetwork = await cuttableNetwork(deesContext);
  const [aisha, ben, chen, dee] = await Promise.all([
    phoneContext(browser).then((context) => join(context, links.join, 'Aisha')),
    phoneContext(browser).then((context) => join(context, links.join, null)),
    phoneContext(browser).then((context) => join(context, links.join, 'Chen')),
    join(deesContext, links.join, 'Dee'),
  ]);
  const cardOrder = [/Dee.*Point of process/, /Chen.*Please explain/, /Someone \(name not shown\).*Responding/, /Aisha.*Wants to speak/];

  await test.step('hands raised in mixed order with different cards come out by card', async () => {
    // Each hand reaches the console before the next goes up.
    const raised: [Page, string][] = [
      [aisha, 'I’d like to speak'],
      [ben, 'I want to respond to this'],
      [chen, 'Please explain that'],
      [dee, 'Point of process'],
    ];
    for (const [index, [phone, card]] of raised.entries()) {
      await phone.getByRole('button', { name: card }).click();
      await expect(phone.getByText(`Your hand is up: ${card}.`)).toBeVisible();
      await expect(consoleHands(laptop)).toHaveCount(index + 1);
    }
    await expect(aisha.getByRole('button', { name: 'I’d like to speak' })).toHaveAttribute('aria-pressed', 'true');

    // Process, explain, respond, speak.
    await expect(consoleHands(laptop)).toHaveText(cardOrder);
    await expect(screenHands(projector)).toHaveText([/^Dee/, /^Chen/, /^Someone/, /^Aisha/]);
    await expect(dee.getByText('You are next.')).toBeVisible();
    await expect(chen.getByText('You are 2nd in line.')).toBeVisible();
    await expect(ben.getByText('You are 3rd in line.')).toBeVisible();
    await expect(aisha.getByText('You are 4th in line.')).toBeVisible();
    await expectNoAxeViolations(aisha);
  });

  // Dee's phone loses its connection for 30 seconds. Meanwhile the room carries on.
  deesNetwork.cut();
  const cutAt = Date.now();
  await expect(dee.getByText(/You are offline/)).toBeVisible();

  await test.step('a hand for someone without a phone: the same card as Aisha’s, later, so after her', async () => {
    await addGuest(laptop, 'Pat', 'Wants to speak');
    await expect(laptop.getByLabel('Their name')).toHaveValue('');
    await expect(consoleHands(laptop)).toHaveText([...cardOrder, /Pat.*Wants to speak/]);
    await expect(screenHands(projector)).toHaveText([/^Dee/, /^Chen/, /^Someone/, /^Aisha/, /^Pat/]);
  });

  await test.step('"I need a break" reaches the host privately, as a count', async () => {
    await aisha.getByRole('button', { name: 'I need a break' }).click();
    await expect(aisha.getByText('The host has been told. Nobody else sees this.')).toBeVisible();
    await expect(laptop.getByText('1 person asked for a break.')).toBeVisible();
    await expect(projector.getByText(/break/)).toHaveCount(0);
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(projector);
  });

  await test.step('after 30 seconds away, Dee’s hand still holds its place', async () => {
    await laptop.waitForTimeout(Math.max(0, CUT_MS - (Date.now() - cutAt)));
    await expect(consoleHands(laptop).first()).toHaveText(/Dee/);
    deesNetwork.restore();
    await expect(dee.getByText(/You are offline/)).toHaveCount(0, { timeout: 15_000 });
    await expect(dee.getByText('You are next.')).toBeVisible();
    await expect(dee.getByText('Your hand is up: Point of process.')).toBeVisible();
  });

  await test.step('once the host has cleared the requests, a phone can ask for a break again', async () => {
    await laptop.getByRole('button', { name: 'Clear the requests for a break' }).click();
    await expect(laptop.getByText('Nobody has asked for a break.')).toBeVisible();
    await aisha.getByRole('button', { name: 'I need a break' }).click();
    await expect(laptop.getByText('1 person asked for a break.')).toBeVisible();
    await laptop.getByRole('button', { name: 'Clear the requests for a break' }).click();
    await expect(laptop.getByText('Nobody has asked for a break.')).toBeVisible();
  });

  // From here the console is run by keyboard alone, from the top of a freshly loaded page.
  await laptop.reload();
  await expect(consoleHands(laptop)).toHaveCount(5);

  await test.step('Next speaker: Dee, on every device, and her phone says it is her turn', async () => {
    await tabTo(laptop, laptop.getByRole('button', { name: 'Next speaker' }));
    await laptop.keyboard.press('Enter');
    await expect(laptop.getByRole('region', { name: 'Speaking now' })).toContainText('Dee');
    await expect(projector.getByRole('region', { name: 'Speaking now' })).toContainText('Dee');
    await expect(dee.getByText('It’s your turn to speak', { exact: true })).toBeVisible();
    await expect(consoleHands(laptop)).toHaveText([/Chen/, /Someone/, /Aisha/, /Pat/]);
    await expectNoAxeViolations(dee);
  });

  const aishasHandle = row(laptop, 'Aisha').getByRole('button', { name: 'Drag to move Aisha' });
  await test.step('a keyboard drag: Space picks Aisha up, the up arrow moves her, Space puts her down', async () => {
    await tabTo(laptop, aishasHandle);
    await pickUpAndMove(laptop, aishasHandle, 'ArrowUp', 'Aisha would be 2nd in line.');
    await laptop.keyboard.press('Space');
    await expect(consoleHands(laptop)).toHaveText([/Chen/, /Aisha/, /Someone/, /Pat/]);
    await expect(screenHands(projector)).toHaveText([/^Chen/, /^Aisha/, /^Someone/, /^Pat/]);
    await expect(aishasHandle).toBeFocused();
  });

  await test.step('Escape leaves everything where it was', async () => {
    await laptop.keyboard.press('Space');
    await laptop.keyboard.press('ArrowDown');
    await laptop.keyboard.press('Escape');
    await expect(consoleHands(laptop)).toHaveText([/Chen/, /Aisha/, /Someone/, /Pat/]);
  });

  await test.step('"Move down" does the same by button, and focus stays on it as the row moves', async () => {
    const aishasDown = row(laptop, 'Aisha').getByRole('button', { name: 'Move down Aisha', exact: true });
    await tabTo(laptop, aishasDown);
    await laptop.keyboard.press('Enter');
    await expect(consoleHands(laptop)).toHaveText([/Chen/, /Someone/, /Aisha/, /Pat/]);
    await expect(aishasDown).toBeFocused();
    await expect(aisha.getByText('You are 3rd in line.')).toBeVisible();
  });

  await test.step('removing Pat’s hand: focus lands on the hand before it, not the top of the page', async () => {
    await tabTo(laptop, row(laptop, 'Pat').getByRole('button', { name: 'Remove Pat', exact: true }));
    await laptop.keyboard.press('Enter');
    await expect(consoleHands(laptop)).toHaveText([/Chen/, /Someone/, /Aisha/]);
    await expect(screenHands(projector)).toHaveText([/^Chen/, /^Someone/, /^Aisha/]);
    await expect(row(laptop, 'Aisha').locator(':focus')).toHaveText('Aisha');
  });

  await test.step('End turn, back up the page by Shift+Tab', async () => {
    await tabTo(laptop, laptop.getByRole('button', { name: 'End turn' }), true);
    await laptop.keyboard.press('Enter');
    await expect(laptop.getByRole('region', { name: 'Speaking now' })).toContainText('Nobody is speaking.');
    await expect(dee.getByText('It’s your turn to speak', { exact: true })).toHaveCount(0);
  });

  await test.step('fair order: Chen, who has not spoken, goes before Dee, who has', async () => {
    // Chen puts her hand down and raises it again after Dee, with the same card, and still goes first.
    await tabTo(laptop, laptop.getByRole('checkbox', { name: 'Fair order: people who have spoken less go first' }));
    await laptop.keyboard.press('Space');
    await expect(laptop.getByRole('checkbox', { name: /Fair order/ })).toBeChecked();
    await dee.getByRole('button', { name: 'I’d like to speak' }).click();
    await expect(consoleHands(laptop)).toHaveCount(4);
    await chen.getByRole('button', { name: 'Put my hand down' }).click();
    await expect(chen.getByText('Your hand is down.')).toBeVisible();
    await expect(consoleHands(laptop)).toHaveCount(3);
    await chen.getByRole('button', { name: 'I’d like to speak' }).click();
    await expect(consoleHands(laptop)).toHaveText([/Someone/, /Aisha/, /Chen/, /Dee/]);
    await expect(dee.getByText('You are 4th in line.')).toBeVisible();
    await expect(chen.getByText('You are 3rd in line.')).toBeVisible();

    // Without the fair order it is first come, first served again; with it, Chen goes first again.
    await laptop.keyboard.press('Space');
    await expect(consoleHands(laptop)).toHaveText([/Someone/, /Aisha/, /Dee/, /Chen/]);
    await laptop.keyboard.press('Space');
    await expect(consoleHands(laptop)).toHaveText([/Someone/, /Aisha/, /Chen/, /Dee/]);
  });

  await test.step('the screen can show how evenly people have spoken, without names', async () => {
    await laptop.getByRole('checkbox', { name: 'Show the screen how evenly people have spoken' }).check();
    await expect(projector.getByText(/^1 person has spoken/)).toBeVisible();
  });

  await test.step('pausing stops new hands on phones, in plain words; hands already up stay', async () => {
    await laptop.getByRole('button', { name: 'Pause the queue' }).click();
    await expect(ben.getByText('The host has paused the queue.', { exact: false })).toBeVisible();
    await expect(projector.getByText('The queue is paused. Hands can’t go up just now.')).toBeVisible();
    await laptop.getByRole('button', { name: 'Let hands go up again' }).click();
  });

  await test.step('clearing asks first, with the safe choice focused', async () => {
    await laptop.getByRole('button', { name: 'Clear the queue' }).click();
    await expect(laptop.getByRole('button', { name: 'Keep the queue' })).toBeFocused();
    await expect(laptop.getByText('Take 4 hands out of the queue?', { exact: false })).toBeVisible();
    await laptop.getByRole('button', { name: 'Yes, clear it' }).click();
    await expect(consoleHands(laptop)).toHaveCount(0);
    await expect(dee.getByText('Your hand is down.')).toBeVisible();
  });

  for (const page of [laptop, projector, aisha, ben, chen, dee]) await page.context().close();
});

test('the console fits a 360-pixel-wide screen with text at twice its size', async ({ browser }) => {
  const context = await browser.newContext({ viewport: NARROW });
  const laptop = await context.newPage();
  await openQueueConsole(laptop, 'A workshop with a rather long title about the bus routes');

  await test.step('a speaker, and hands with long names and cards that jump the line', async () => {
    await addGuest(laptop, 'Bartholomew Featherstonehaugh-Smythe', 'Wants to speak');
    await laptop.getByRole('button', { name: 'Next speaker' }).click();
    await expect(laptop.getByRole('region', { name: 'Speaking now' })).toContainText('Bartholomew');
    await addGuest(laptop, 'Oluwaseun Adebayo-Williams', 'Point of process');
    await addGuest(laptop, 'Pat', 'Please explain');
    await expect(consoleHands(laptop)).toHaveText([/Oluwaseun/, /Pat/]);
  });

  await test.step('at twice the text size nothing is wider than the screen, and axe finds no violation', async () => {
    await laptop.addStyleTag({ content: DOUBLE_TEXT });
    await expect(laptop.getByRole('region', { name: 'Speaking queue' })).toBeVisible();
    const { scrollWidth, clientWidth } = await laptop.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
    await expectNoAxeViolations(laptop);
  });

  await context.close();
});
