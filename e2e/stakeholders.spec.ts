import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';
import { pickUpAndMove } from './support/keyboardDrag.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

const USERS = 'People who use the service';
const CARERS = 'Families, friends and carers';
const FUNDERS = 'Funders';
const TRANSPORT = 'Transport and other companies people rely on';
const NEEDS = 'What they need to take part';
const BARRIERS = 'What might stop them';
const SOLUTIONS = 'How we could remove that';

async function device(browser: Browser, viewport: { width: number; height: number }, mobile = false): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
  return context.newPage();
}

/** A phone joins by its link and gives a name; the host already shows the stakeholders. */
async function join(browser: Browser, link: string, name: string): Promise<Page> {
  const phone = await device(browser, PHONE, true);
  await phone.goto(link);
  await phone.getByLabel('What should we call you?').fill(name);
  await phone.getByRole('button', { name: 'Save name' }).click();
  await expect(phone.getByRole('heading', { name: 'Who to involve', exact: true })).toBeVisible();
  return phone;
}

/** One stakeholder on the console's list, or on a phone. */
const stakeholder = (page: Page | Locator, name: string) => page.getByRole('article', { name, exact: true });

/** The cell of `table` in the row headed `rowName` and the column headed `columnName`, found as a screen reader would. */
async function cell(table: Locator, rowName: string, columnName: string): Promise<Locator> {
  const headers = await table.getByRole('columnheader').allTextContents();
  // The first column holds the row headers, which are not cells.
  const index = headers.indexOf(columnName) - 1;
  expect(index, `no column headed “${columnName}”`).toBeGreaterThanOrEqual(0);
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: rowName, exact: true }) });
  return row.getByRole('cell').nth(index);
}

/** A phone adds a note about one stakeholder, choosing which question it answers. */
async function addNote(phone: Page, name: string, column: string, text: string): Promise<void> {
  const card = stakeholder(phone, name);
  const open = card.getByRole('button', { name, exact: true });
  if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
  await card.getByRole('radio', { name: column }).check();
  await card.getByLabel('Your note').fill(text);
  await card.getByRole('button', { name: 'Add the note' }).click();
  await expect(card.getByText('Your note is in the grid.')).toBeVisible();
}

/** Drags with the mouse from the middle of one element to the middle of another, in small steps. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  // Instantly: the page scrolls smoothly, and boxes measured mid-scroll would be wrong.
  await to.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await from.hover();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Nothing to drag from or to.');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await expect(to).toHaveClass(/is-over/);
  await page.mouse.up();
}

test('stakeholders: small groups fill the grid from phones, the map by drag and by choice, and the gaps on the screen', async ({ browser }) => {
  // Five browser contexts and eight accessibility scans on two cores.
  test.setTimeout(90_000);
  const laptop = await device(browser, LAPTOP);
  const projector = await device(browser, PROJECTOR);
  const response = await laptop.request.post(`${BASE_URL}/api/rooms`, { data: { title: 'Bus routes' } });
  expect(response.status()).toBe(201);
  const { links } = (await response.json()) as { links: { facilitator: string; screen: string; join: string } };
  await laptop.goto(links.facilitator);
  await laptop.getByRole('radio', { name: 'Stakeholders' }).check();
  await projector.goto(links.screen);
  await expect(projector.getByRole('heading', { name: 'Who to involve' })).toBeVisible();
  const host = laptop.getByRole('region', { name: 'Stakeholders', exact: true });

  await test.step('the host adds the common groups and two small groups, and gives each some rows', async () => {
    const starters = host.getByRole('button', { name: 'Add common groups' });
    await starters.click();
    await expect(host.getByText('10 stakeholders, 10 not yet involved.')).toBeVisible();
    await expect(starters).toHaveAttribute('aria-disabled', 'true');
    await expect(projector.getByText(FUNDERS, { exact: true })).toBeVisible();
    for (const name of ['Table 1', 'Table 2']) {
      await host.getByLabel('New small group’s name').fill(name);
      await host.getByRole('button', { name: 'Add the group' }).click();
      await expect(host.getByText(`${name}: 0 rows`)).toBeVisible();
    }
    for (const [name, group] of [
      [CARERS, 'Table 1'],
      [FUNDERS, 'Table 1'],
      [TRANSPORT, 'Table 2'],
    ] as const) {
      await stakeholder(host, name).getByLabel('Small group').selectOption({ label: group });
    }
    await expect(host.getByText('Table 1: 2 rows')).toBeVisible();
    await expect(host.getByText('Table 2: 1 row')).toBeVisible();
    await expectNoAxeViolations(laptop);
  });

  const [aisha, ben, chen] = await Promise.all([join(browser, links.join, 'Aisha'), join(browser, links.join, 'Ben'), join(browser, links.join, 'Chen')]);

  await test.step('each phone picks its small group and sees that group’s rows first', async () => {
    for (const [phone, group] of [
      [aisha, 'Table 1'],
      [ben, 'Table 1'],
      [chen, 'Table 2'],
    ] as const) {
      await phone.getByRole('radio', { name: group }).check();
    }
    const names = (phone: Page) => phone.getByRole('list', { name: /^Stakeholders/ }).getByRole('article');
    for (const phone of [aisha, ben]) {
      await expect(names(phone).nth(0)).toHaveAccessibleName(CARERS);
      await expect(names(phone).nth(1)).toHaveAccessibleName(FUNDERS);
      await expect(names(phone).nth(2)).toHaveAccessibleName(USERS);
      await expect(stakeholder(phone, FUNDERS)).toContainText('Your group');
      await expect(stakeholder(phone, USERS)).not.toContainText('Your group');
    }
    await expect(names(chen).nth(0)).toHaveAccessibleName(TRANSPORT);
    await expect(stakeholder(chen, TRANSPORT)).toContainText('Your group');
    await expect(names(chen).nth(1)).toHaveAccessibleName(USERS);
  });

  await test.step('phones add notes to the grid; the console’s grid shows each in its row and column', async () => {
    await addNote(aisha, CARERS, BARRIERS, 'Meetings in the day, when they are caring');
    await addNote(ben, CARERS, NEEDS, 'Someone to care for the person they look after on the day');
    await addNote(ben, FUNDERS, SOLUTIONS, 'Meet them at the day centre, not the office');
    await addNote(chen, TRANSPORT, SOLUTIONS, 'Free bus passes to get to the meeting');
    await expect(stakeholder(aisha, CARERS)).toContainText('Someone to care for the person they look after on the day');
    await expectNoAxeViolations(aisha);

    const grid = host.getByRole('table', { name: /The grid/ });
    await expect(await cell(grid, CARERS, BARRIERS)).toContainText('Meetings in the day, when they are caring');
    await expect(await cell(grid, FUNDERS, SOLUTIONS)).toContainText('Meet them at the day centre');
    await expect(await cell(grid, CARERS, NEEDS)).toContainText('Someone to care for the person');
    await expect(await cell(grid, TRANSPORT, SOLUTIONS)).toContainText('Free bus passes');
    await expect(await cell(grid, FUNDERS, NEEDS)).toContainText('No notes yet.');
  });

  await test.step('the screen’s grid is a real table, with column and row headers', async () => {
    await host.getByRole('radio', { name: 'The grid' }).check();
    const table = projector.getByRole('table');
    await expect(table).toBeVisible();
    for (const column of [NEEDS, BARRIERS, SOLUTIONS]) await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: CARERS, exact: true })).toBeVisible();
    await expect(await cell(table, CARERS, BARRIERS)).toHaveText('Meetings in the day, when they are caring');
    await expect(await cell(table, CARERS, NEEDS)).toContainText('Someone to care for the person');
    // Ten rows do not fit on a screen read from the back of the room.
    await expect(projector.getByText('and 5 more on the list')).toBeVisible();
    await expectNoAxeViolations(projector);
  });

  const map = host.getByRole('region', { name: 'Who has influence' });
  const littleSay = 'Much affected, little influence';

  await test.step('the host drags a group onto the map; a phone places another by choosing its place', async () => {
    await drag(laptop, map.getByRole('button', { name: USERS }), map.getByRole('region', { name: littleSay }));
    await expect(map.getByRole('region', { name: littleSay }).getByRole('button', { name: USERS })).toBeVisible();
    await expect(stakeholder(host, USERS).getByLabel('Place on the map')).toHaveValue('littleInfluenceMuchAffected');

    await stakeholder(chen, TRANSPORT).getByRole('radio', { name: 'Much influence, little affected' }).check();
    await expect(map.getByRole('region', { name: 'Much influence, little affected' }).getByRole('button', { name: TRANSPORT })).toBeVisible();
    await stakeholder(chen, TRANSPORT).getByRole('checkbox', { name: /Not yet involved/ }).uncheck();
    await expect(stakeholder(host, TRANSPORT).getByRole('checkbox', { name: /Not yet involved/ })).not.toBeChecked();
    await stakeholder(aisha, USERS).getByRole('button', { name: USERS, exact: true }).click();
    await expect(stakeholder(aisha, USERS).getByRole('radio', { name: littleSay })).toBeChecked();
  });

  await test.step('by keyboard: Space picks a chip up, an arrow moves it a whole place, Space puts it down', async () => {
    const both = 'Much influence, much affected';
    await map.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await pickUpAndMove(laptop, map.getByRole('button', { name: TRANSPORT }), 'ArrowRight', `${TRANSPORT} would be in “${both}”.`);
    await laptop.keyboard.press('Space');
    await expect(map.getByRole('region', { name: both }).getByRole('button', { name: TRANSPORT })).toBeVisible();
    await expect(map.getByRole('region', { name: both }).getByRole('button', { name: TRANSPORT })).toBeFocused();
    await expect(stakeholder(chen, TRANSPORT).getByRole('radio', { name: both })).toBeChecked();
  });

  await test.step('the screen’s map shows both, and who is not yet involved, in words', async () => {
    await host.getByRole('radio', { name: 'The influence map' }).check();
    const place = (name: string) => projector.getByRole('region', { name, exact: true });
    await expect(place(littleSay)).toContainText(`${USERS} (not yet involved)`);
    await expect(place('Much influence, much affected')).toContainText(TRANSPORT);
    await expect(place('Much influence, much affected')).not.toContainText('not yet involved');
    await expect(projector.getByText('Much influence over the work')).toBeVisible();
    await expect(projector.getByText('Much affected by it')).toBeVisible();
    await expect(projector.getByText(/^Not placed yet: /)).toContainText(FUNDERS);
    await expectNoAxeViolations(projector);
  });

  await test.step('the screen shows the gaps: the much affected with little say, and empty cells', async () => {
    await host.getByRole('checkbox', { name: 'Show the gaps on the screen' }).check();
    await expect(projector.getByText(`Much affected, little say: ${USERS}.`)).toBeVisible();
    await expect(projector.getByText('(the gap to close)')).toBeVisible();
    await expectNoAxeViolations(projector);

    await host.getByRole('radio', { name: 'The grid' }).check();
    await expect(await cell(projector.getByRole('table'), CARERS, SOLUTIONS)).toHaveText('No ideas yet');
    await expect(await cell(projector.getByRole('table'), CARERS, BARRIERS)).not.toContainText('No ideas yet');
    await expect(projector.getByText(`Much affected, little say: ${USERS}.`)).toBeVisible();
    await expectNoAxeViolations(projector);

    await host.getByRole('radio', { name: 'The list' }).check();
    await expect(projector.getByText(`${USERS}: no ideas yet about what they need, what might stop them and how to remove that.`)).toBeVisible();
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(laptop);
  });
});
