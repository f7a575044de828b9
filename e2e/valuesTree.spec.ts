import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

interface Links {
  facilitator: string;
  screen: string;
  join: string;
}

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

/** A phone joins, with a name or without one, and opens on the values tree. */
async function join(phone: Page, link: string, name: string | null): Promise<void> {
  await phone.goto(link);
  if (name) {
    await phone.getByLabel('What should we call you?').fill(name);
    await phone.getByRole('button', { name: 'Save name' }).click();
  } else {
    await phone.getByRole('button', { name: 'Don’t show my name' }).click();
  }
  await expect(phone.getByRole('heading', { name: 'Our values', exact: true })).toBeVisible();
}

/** A phone writes one value, with or without its writer's name. */
async function writeValue(phone: Page, text: string, hideName = false): Promise<void> {
  await phone.getByLabel('Write one value').fill(text);
  await phone.getByLabel('Don’t show my name').setChecked(hideName);
  await phone.getByRole('button', { name: 'Add my value' }).click();
  await expect(phone.getByRole('region', { name: 'My values' }).getByRole('listitem').filter({ hasText: text })).toBeVisible();
}

/**
 * Drags `handle` onto `target` with the mouse, in small steps, as a person would, and lets go once
 * the console previews the value in its new place (`previewed`).
 */
async function drag(page: Page, handle: Locator, target: Locator, previewed: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Nothing to drag, or nowhere to drop it.');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await expect(previewed).toBeVisible();
  await page.mouse.up();
}

const svgText = (projector: Page, text: string | RegExp) => projector.locator('svg text', { hasText: text });

test('values tree: private values, the reveal, themes by drag and by choice, a hidden vote, and shared values on a drawn tree', async ({ browser }) => {
  // Five browser contexts and nine accessibility scans on two cores.
  test.setTimeout(90_000);
  const laptop = await (await browser.newContext({ viewport: LAPTOP })).newPage();
  const projector = await (await browser.newContext({ viewport: PROJECTOR })).newPage();
  const created = await laptop.request.post(`${BASE_URL}/api/rooms`, { data: { title: 'What matters to us' } });
  expect(created.status()).toBe(201);
  const { links } = (await created.json()) as { links: Links };
  await laptop.goto(links.facilitator);
  await laptop.getByRole('radio', { name: 'Values tree' }).check();
  await projector.goto(links.screen);
  await expect(projector.getByRole('heading', { name: 'Our values tree' })).toBeVisible();
  const values = laptop.getByRole('region', { name: 'Values tree' });
  const column = (name: RegExp) => values.getByRole('region', { name });

  const [aisha, ben, chen] = await Promise.all([phonePage(browser), phonePage(browser), phonePage(browser)]);
  await Promise.all([join(aisha, links.join, 'Aisha'), join(ben, links.join, 'Ben'), join(chen, links.join, 'Chen')]);

  await test.step('each person writes alone: nobody else sees the words, only how many there are', async () => {
    await expect(aisha.getByText('Only you can see these until the host shows them.')).toBeVisible();
    await writeValue(aisha, 'Respect');
    await writeValue(aisha, 'Honesty');
    await writeValue(ben, 'Being listened to', true);
    await writeValue(chen, 'Kindness');
    // Half-written words survive a reload.
    await chen.getByLabel('Write one value').fill('Time to th');
    await chen.reload();
    await expect(chen.getByLabel('Write one value')).toHaveValue('Time to th');
    await chen.getByLabel('Write one value').fill('Time to think');
    await chen.getByRole('button', { name: 'Add my value' }).click();

    await expect(values.getByText('5 values written so far')).toBeVisible();
    await expect(svgText(projector, '5 values written so far')).toBeVisible();
    for (const secret of ['Respect', 'Honesty', 'Being listened to', 'Kindness', 'Time to think']) {
      await expect(projector.locator('body')).not.toContainText(secret);
      await expect(values).not.toContainText(secret);
    }
    await expect(ben.locator('body')).not.toContainText('Respect');
    await expect(chen.locator('body')).not.toContainText('Being listened to');
    await expect(aisha.locator('body')).not.toContainText('Kindness');
    await expectNoAxeViolations(aisha);
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(projector);
  });

  await test.step('the host reveals the values: they grow at the roots, names only where people gave them', async () => {
    await values.getByRole('button', { name: 'Reveal the values' }).click();
    await values.getByRole('button', { name: 'Reveal them now' }).click();
    await expect(svgText(projector, 'Respect')).toBeVisible();
    await expect(svgText(projector, 'Being listened to')).toBeVisible();
    await expect(svgText(projector, 'Aisha').first()).toBeVisible();
    await expect(values.getByRole('listitem').filter({ hasText: 'Being listened to' })).toContainText('Name not shown');
    await expect(projector.locator('body')).not.toContainText('Ben');
  });

  await test.step('themes on the trunk: a drag on the console, and a phone’s “Move to theme”', async () => {
    await values.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(values.locator('[aria-current="step"]')).toHaveText('3. Group into themes');
    for (const theme of ['Being heard', 'Trust', 'Care']) {
      await values.getByLabel('Name of a new theme').fill(theme);
      await values.getByRole('button', { name: 'Add theme' }).click();
      await expect(column(new RegExp(`^${theme}`))).toBeVisible();
    }
    const heard = column(/^Being heard/);
    await drag(laptop, values.getByRole('button', { name: 'Drag to move “Being listened to”' }), heard.getByText(/^Drag values here/), heard.getByText('Being listened to', { exact: true }));
    await expect(column(/^Being heard/).getByRole('listitem')).toHaveText([/Being listened to/]);

    await values.getByLabel('Let phones move values too').check();
    await expect(aisha.getByText('You can move values into themes with “Move to theme”.')).toBeVisible();
    await aisha.getByLabel('Move to theme “Honesty”').selectOption({ label: 'Trust' });
    await expect(column(/^Trust/).getByRole('listitem')).toHaveText([/Honesty/]);
    await values.getByLabel('Move to theme “Kindness”').selectOption({ label: 'Care' });
    await expect(column(/^Care/).getByRole('listitem')).toHaveText([/Kindness/]);

    await column(/^Care/).getByLabel('Merge “Care” into…').selectOption({ label: 'Trust' });
    await column(/^Care/).getByRole('button', { name: 'Merge Care' }).click();
    await expect(column(/^Care/)).toHaveCount(0);
    await column(/^Trust/).getByRole('button', { name: 'Rename Trust' }).click();
    await column(/^Trust/).getByLabel('New name for “Trust”').fill('Trust and care');
    await column(/^Trust/).getByRole('button', { name: 'Save name' }).click();
    // A merge keeps each value's place key, so the two values may come in either order.
    const merged = column(/^Trust and care/).getByRole('listitem');
    await expect(merged).toHaveCount(2);
    await expect(merged.filter({ hasText: 'Honesty' })).toHaveCount(1);
    await expect(merged.filter({ hasText: 'Kindness' })).toHaveCount(1);
    await expect(svgText(projector, 'Trust and care')).toBeVisible();
    await expect(svgText(projector, '2 values')).toBeVisible();
    await expectNoAxeViolations(laptop);
  });

  await test.step('each person votes on their phone; the totals stay hidden until the host shows them', async () => {
    await values.getByLabel('Votes for each person').selectOption('2');
    await values.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(aisha.getByText('You have 2 of 2 votes left.')).toBeVisible();
    await aisha.getByRole('button', { name: 'One more vote for Being heard' }).click();
    await aisha.getByRole('button', { name: 'One more vote for Being heard' }).click();
    await expect(aisha.getByText('You have used all 2 votes.')).toBeVisible();
    await expect(aisha.getByRole('button', { name: 'One more vote for Trust and care' })).toHaveAttribute('aria-disabled', 'true');
    await ben.getByRole('button', { name: 'One more vote for Trust and care' }).click();
    await expect(ben.getByText('You have 1 of 2 votes left.')).toBeVisible();
    await expect(values.getByText('2 people have voted')).toBeVisible();
    await expectNoAxeViolations(ben);
    await expect(svgText(projector, /vote/)).toHaveCount(0);
    await expect(ben.getByRole('region', { name: 'Votes for each theme' })).toHaveCount(0);

    await values.getByRole('button', { name: 'Show results' }).click();
    await expect(svgText(projector, '1 value · 2 votes')).toBeVisible();
    await expect(svgText(projector, '2 values · 1 vote')).toBeVisible();
    await expect(ben.getByRole('region', { name: 'Votes for each theme' }).getByRole('listitem')).toHaveText([/Being heard\s*2 votes/, /Trust and care\s*1 vote/]);
  });

  await test.step('the group words a shared value; the tree shows roots, trunk and leaves', async () => {
    await values.getByRole('button', { name: 'Next', exact: true }).click();
    await values.getByLabel('A shared value, in the group’s words').fill('Everyone is heard and trusted');
    await values.getByRole('checkbox', { name: 'Being heard' }).check();
    await values.getByRole('checkbox', { name: 'Trust and care' }).check();
    await values.getByRole('button', { name: 'Add shared value' }).click();
    await expect(values.getByText('Grows from: Being heard, Trust and care')).toBeVisible();
    await expect(svgText(projector, 'Everyone is heard')).toBeVisible();
    await expect(svgText(projector, 'Respect')).toBeVisible();
    await expect(svgText(projector, 'Being heard')).toBeVisible();
    await expect(chen.getByRole('region', { name: 'Our shared values' })).toContainText('Everyone is heard and trusted');
    await expect(projector.getByRole('img', { name: 'Our values tree' })).toBeVisible();
    await expectNoAxeViolations(chen);
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(projector);
  });
});
