import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';
import { cuttableNetwork } from './support/network.ts';
import { pickUpAndMove } from './support/keyboardDrag.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

interface Links {
  facilitator: string;
  screen: string;
  join: string;
}

const FIRST_WORDS = 'We let each other finish before we speak';
const SECOND_WORDS = 'We let each other finish, and we say when we have finished';
const BREAK_WORDS = 'We take a break when anyone needs one';
const EXAMPLE = 'We listen without interrupting and give everyone time to finish.';
const EXAMPLE_REFUSAL = 'The examples are there to start you off. Please put it in the group’s own words.';

async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
}

/**
 * A phone opens a join link and says what to call it. A phone that was in an earlier meeting of the
 * group (`returning`) is recognised: its name is already filled in.
 */
async function join(phone: Page, link: string, name: string | null, returning = false): Promise<void> {
  await phone.goto(link);
  const field = phone.getByLabel('What should we call you?');
  if (name) {
    if (returning) await expect(field).toHaveValue(name);
    else await field.fill(name);
    await phone.getByRole('button', { name: 'Save name' }).click();
  } else {
    await phone.getByRole('button', { name: 'Don’t show my name' }).click();
  }
  await expect(phone.getByRole('heading', { name: 'Agreements', exact: true })).toBeVisible();
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the keyboard's own way around the page. */
async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  for (let presses = 0; presses < 90; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`The Tab key never reached ${String(target)}.`);
}

/** The projector's bars: "1 agree", "0 not sure", "2 can’t agree". */
const screenBars = (projector: Page) => projector.getByRole('region', { name: 'Can we agree this?' }).getByRole('listitem');
const screenList = (projector: Page) => projector.getByRole('region', { name: 'Our agreements' }).getByRole('listitem');
const consoleList = (laptop: Page) => laptop.getByRole('list', { name: 'Our agreements, in order' }).getByRole('listitem');
const answer = (phone: Page, words: string) => phone.getByRole('button', { name: words, exact: true });

test('agreements: a consent round, new words, the group’s order by keyboard, and the next meeting’s check-in', async ({ browser }) => {
  // Five browser contexts, a cut connection, a second meeting and eleven accessibility scans on two cores.
  test.setTimeout(120_000);
  const laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
  const projector = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
  const created = await laptop.request.post(`${BASE_URL}/api/rooms`, { data: { title: 'How we work together' } });
  expect(created.status()).toBe(201);
  const { links } = (await created.json()) as { links: Links };
  await laptop.goto(links.facilitator);
  await laptop.getByRole('radio', { name: 'Agreements' }).check();
  await projector.goto(links.screen);
  await expect(projector.getByRole('heading', { name: 'Our agreements' })).toBeVisible();

  const chensContext = await phoneContext(browser);
  const chensNetwork = await cuttableNetwork(chensContext);
  const [aisha, ben, chen] = await Promise.all([
    phoneContext(browser).then((context) => context.newPage()),
    phoneContext(browser).then((context) => context.newPage()),
    chensContext.newPage(),
  ]);
  await Promise.all([join(aisha, links.join, 'Aisha'), join(ben, links.join, null), join(chen, links.join, 'Chen')]);

  await test.step('examples are hidden until asked for, and an example as it stands is not accepted', async () => {
    await expect(aisha.getByRole('heading', { name: 'Ideas to start you off' })).toHaveCount(0);
    await laptop.getByRole('button', { name: 'Show examples to the group' }).click();
    await aisha.getByRole('button', { name: /^Use as a starting point “We listen without/ }).click();
    const suggestion = aisha.getByLabel('Suggest an agreement');
    await expect(suggestion).toHaveValue(EXAMPLE);
    await expect(suggestion).toBeFocused();
    await aisha.getByRole('button', { name: 'Send my suggestion' }).click();
    await expect(aisha.getByText(EXAMPLE_REFUSAL)).toBeVisible();
    await expect(suggestion).toHaveValue(EXAMPLE);
    await expect(projector.getByRole('heading', { name: 'Ideas to start from' })).toBeVisible();
    await expectNoAxeViolations(aisha);
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(projector);

    await suggestion.fill(FIRST_WORDS);
    await aisha.getByRole('button', { name: 'Send my suggestion' }).click();
    await expect(aisha.getByText('Sent to the host. Thank you.')).toBeVisible();
    await laptop.getByRole('button', { name: 'Show examples to the group' }).click();
    await expect(projector.getByRole('heading', { name: 'Ideas to start from' })).toHaveCount(0);
  });

  await test.step('a consent round with mixed answers: counts fill in live on the screen, never who answered what', async () => {
    await expect(laptop.getByText('Suggested by Aisha')).toBeVisible();
    await laptop.getByRole('button', { name: /^Ask the group “We let each other/ }).click();
    await expect(projector.getByText(FIRST_WORDS)).toBeVisible();
    await expect(projector.getByText('0 of 3 have answered')).toBeVisible();

    await answer(aisha, 'I agree').click();
    await expect(aisha.getByText(/^Your answer has been counted/)).toBeVisible();
    await expect(projector.getByText('1 of 3 have answered')).toBeVisible();
    await expect(screenBars(projector)).toHaveText([/^1\s*agree/, /^0\s*not sure/, /^0\s*can’t agree/]);

    await ben.getByLabel('Want to say why? You don’t have to.').fill('I am not sure what finish means');
    await answer(ben, 'I’m not sure').click();
    await expect(ben.getByText(/^Your answer has been counted/)).toBeVisible();
    await expect(projector.getByText('2 of 3 have answered')).toBeVisible();

    await chen.getByLabel('Want to say why? You don’t have to.').fill('Some of us need more time to speak');
    await chen.getByLabel('Show my name with my reason').check();
    await answer(chen, 'I can’t agree').click();
    await expect(chen.getByText(/^Your answer has been counted/)).toBeVisible();
    await expect(answer(chen, 'I can’t agree')).toHaveAttribute('aria-pressed', 'true');
    await expect(screenBars(projector)).toHaveText([/^1\s*agree/, /^1\s*not sure/, /^1\s*can’t agree/]);

    // Reasons reach the host alone, with a name only where the person chose to give it.
    await expect(laptop.getByText('I am not sure what finish means (name not shown)')).toBeVisible();
    await expect(laptop.getByText('Some of us need more time to speak (Chen)')).toBeVisible();
    for (const secret of ['Aisha', 'Chen', 'finish means', 'more time to speak']) {
      await expect(projector.locator('body')).not.toContainText(secret);
    }
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(chen);
  });

  await test.step('a phone that drops out after its answer was counted still counts', async () => {
    chensNetwork.cut();
    await expect(chen.getByText(/You are offline/)).toBeVisible();
    await expect(laptop.getByRole('region', { name: 'Asking the group now (round 1)' }).getByRole('listitem').nth(2)).toHaveText(/^1\s*can’t agree/);
    await expect(screenBars(projector)).toHaveText([/^1\s*agree/, /^1\s*not sure/, /^1\s*can’t agree/]);
    chensNetwork.restore();
    await expect(chen.getByText(/You are offline/)).toHaveCount(0, { timeout: 15_000 });
    await expect(answer(chen, 'I can’t agree')).toHaveAttribute('aria-pressed', 'true');
    await expect(chen.getByText(/^Your answer has been counted/)).toBeVisible();
  });

  await test.step('the group rewords it, and agrees the new words in a second round', async () => {
    const round = laptop.getByRole('region', { name: 'Asking the group now (round 1)' });
    await round.getByRole('button', { name: 'Change the words', exact: true }).click();
    await round.getByLabel('The new words').fill(SECOND_WORDS);
    await laptop.getByRole('button', { name: 'Close with the new words' }).click();
    await expect(laptop.getByText('Suggested by Aisha · version 2')).toBeVisible();
    await expect(projector.getByText('No agreements yet.', { exact: false })).toBeVisible();

    await laptop.getByRole('button', { name: /^Ask the group “We let each other finish, and/ }).click();
    await expect(projector.getByText(SECOND_WORDS)).toBeVisible();
    await expect(aisha.getByText(/^Tap the answer that fits/)).toBeVisible();
    for (const phone of [aisha, ben, chen]) await answer(phone, 'I agree').click();
    await expect(screenBars(projector)).toHaveText([/^3\s*agree/, /^0\s*not sure/, /^0\s*can’t agree/]);
    await laptop.getByRole('button', { name: 'Agreed: add it to our agreements' }).click();
    await expect(screenList(projector)).toHaveText([SECOND_WORDS]);
    await expect(aisha.getByRole('heading', { name: 'Can we agree this?' })).toHaveCount(0);
    await consoleList(laptop).first().getByText('History').click();
    await expect(consoleList(laptop).first()).toContainText('Round 1 on version 1, meeting 1');
    await expect(consoleList(laptop).first()).toContainText('1 agree, 1 not sure, 1 can’t agree. The group changed the words.');
  });

  // From here the console is run by keyboard alone, from the top of a freshly loaded page.
  await laptop.reload();
  await expect(consoleList(laptop)).toHaveCount(1);

  await test.step('by keyboard: write one for the group, ask the group, record it as agreed', async () => {
    await tabTo(laptop, laptop.getByLabel('Write an agreement for the group'));
    await laptop.keyboard.type(BREAK_WORDS);
    await laptop.keyboard.press('Tab');
    await laptop.keyboard.press('Enter');
    const ask = laptop.getByRole('button', { name: /^Ask the group “We take a break/ });
    await tabTo(laptop, ask, true);
    await laptop.keyboard.press('Enter');
    await expect(laptop.getByRole('heading', { name: 'Asking the group now (round 1)' })).toBeFocused();
    await expect(projector.getByText(BREAK_WORDS)).toBeVisible();
    for (const phone of [aisha, ben, chen]) await answer(phone, 'I agree').click();
    await expect(laptop.getByText('3 of 3 have answered')).toBeVisible();
    await tabTo(laptop, laptop.getByRole('button', { name: 'Agreed: add it to our agreements' }));
    await laptop.keyboard.press('Enter');
    await expect(screenList(projector)).toHaveText([SECOND_WORDS, BREAK_WORDS]);
  });

  await test.step('by keyboard: Space picks an agreement up, the up arrow moves it, Space puts it down', async () => {
    const handle = laptop.getByRole('button', { name: `Drag to move “${BREAK_WORDS}”` });
    await tabTo(laptop, handle);
    await pickUpAndMove(laptop, handle, 'ArrowUp', `“${BREAK_WORDS}” would be 1st.`);
    await laptop.keyboard.press('Space');
    await expect(consoleList(laptop)).toHaveText([new RegExp(BREAK_WORDS), new RegExp(SECOND_WORDS)]);
    await expect(screenList(projector)).toHaveText([BREAK_WORDS, SECOND_WORDS]);
    await expect(aisha.getByRole('region', { name: 'Our agreements' }).getByRole('listitem')).toHaveText([BREAK_WORDS, SECOND_WORDS]);
  });

  await test.step('by keyboard: "Move down" does the same, and keeps focus as the row moves', async () => {
    const down = laptop.getByRole('button', { name: `Move down “${BREAK_WORDS}”` });
    await tabTo(laptop, down);
    await laptop.keyboard.press('Enter');
    await expect(screenList(projector)).toHaveText([SECOND_WORDS, BREAK_WORDS]);
    await expect(down).toBeFocused();
    await expectNoAxeViolations(laptop);
  });

  let next: { joinCode: string; links: Links } | null = null;
  await test.step('by keyboard: start the next meeting, which gets its own join code', async () => {
    await tabTo(laptop, laptop.getByRole('button', { name: 'Start the next meeting' }));
    await laptop.keyboard.press('Enter');
    await expect(laptop.getByText(/It keeps: the agreements, car park items/)).toBeVisible();
    const answered = laptop.waitForResponse((response) => response.url().endsWith('/next'));
    await tabTo(laptop, laptop.getByRole('button', { name: 'Start meeting 2' }));
    await laptop.keyboard.press('Enter');
    next = (await (await answered).json()) as { joinCode: string; links: Links };
    await expect(laptop.getByRole('heading', { name: 'Meeting 2 is ready' })).toBeFocused();
    await expect(laptop.getByText(next.joinCode, { exact: true })).toBeVisible();
    await laptop.keyboard.press('Tab');
    await laptop.keyboard.press('Enter');
    await expect(laptop.getByText('This is meeting 2. Start by checking the agreements still work for everyone.')).toBeVisible();
  });
  if (!next) throw new Error('The next meeting was not started.');
  const second: { joinCode: string; links: Links } = next;

  await test.step('the next meeting: phones are recognised, and its check-in flags one agreement', async () => {
    await projector.goto(second.links.screen);
    await expect(screenList(projector)).toHaveText([SECOND_WORDS, BREAK_WORDS]);
    await Promise.all([
      join(aisha, second.links.join, 'Aisha', true),
      join(ben, second.links.join, null, true),
      join(chen, second.links.join, 'Chen', true),
    ]);
    await expect(aisha.getByText('You are: Aisha')).toBeVisible();

    await laptop.getByRole('button', { name: 'Start the check-in' }).click();
    await expect(aisha.getByText('0 of 2 done')).toBeVisible();
    await aisha.getByRole('button', { name: `I want to talk about this “${SECOND_WORDS}”` }).click();
    await expect(aisha.getByText('1 of 2 done')).toBeVisible();
    await aisha.getByRole('button', { name: `Still works for me “${BREAK_WORDS}”` }).click();
    await expect(aisha.getByText(/^All 2 done/)).toBeVisible();
    for (const phone of [ben, chen]) {
      for (const words of [SECOND_WORDS, BREAK_WORDS]) await phone.getByRole('button', { name: `Still works for me “${words}”` }).click();
    }
    await expect(projector.getByText('3 people have checked in')).toBeVisible();
    const flagged = projector.getByRole('list').filter({ hasText: 'to talk about this' }).getByRole('listitem');
    await expect(flagged).toHaveText([`${SECOND_WORDS}1 person wants to talk about this`]);
    await expect(laptop.getByText('3 of 3 people have checked in')).toBeVisible();
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(aisha);
  });

  await test.step('the group keeps the flagged agreement, and the outcome is recorded', async () => {
    await laptop.getByRole('button', { name: `Keep it “${SECOND_WORDS}”` }).click();
    await expect(laptop.getByText('Decided: Kept as it is')).toBeVisible();
    await laptop.getByRole('button', { name: 'Finish the check-in' }).click();
    await expect(screenList(projector)).toHaveText([SECOND_WORDS, BREAK_WORDS]);
    await expect(laptop.getByText(/^This is meeting 2/)).toHaveCount(0);
  });
});
