import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const TITLE = 'Bus routes for everyone';
const AGREEMENT = 'We listen to each other';
const FORMULA_POINTS = ['=HYPERLINK("http://x")', '@SUM(A1)'];
const SECTIONS = ['About this meeting', 'Agreements', 'Car park', 'Taking turns to speak', 'Definition cards and our definition', 'Glossary'];

async function device(browser: Browser, viewport: { width: number; height: number }, mobile = false): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
  return context.newPage();
}

/** Opens a tool from the phone's tool bar (a phone stays where it is when the host changes the screen). */
const openTool = (phone: Page, label: string) => phone.getByRole('navigation', { name: 'Tools' }).getByRole('button', { name: label, exact: true }).click();

/** Clicks a save button on the console and gives back the file the browser saved, with the server's answer. */
async function save(laptop: Page, panel: Locator, label: string, format: string): Promise<{ name: string; bytes: Buffer; contentType: string }> {
  const [download, response] = await Promise.all([
    laptop.waitForEvent('download'),
    laptop.waitForResponse((answer) => answer.url().includes(`/export?format=${format}`)),
    panel.getByRole('button', { name: `Save as ${label}` }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path), contentType: response.headers()['content-type'] ?? '' };
}

test('export: a short workshop with every tool, saved in each format from the console, and the summary read on a phone', async ({ browser }) => {
  // Three browser contexts, five downloads and several accessibility scans on two cores.
  test.setTimeout(150_000);
  const laptop = await device(browser, LAPTOP);
  const aisha = await device(browser, PHONE, true);
  const created = await laptop.request.post(`${BASE_URL}/api/rooms`, { data: { title: TITLE } });
  expect(created.status()).toBe(201);
  const { links } = (await created.json()) as { links: { facilitator: string; join: string } };
  await laptop.goto(links.facilitator);
  await aisha.goto(links.join);
  await aisha.getByLabel('What should we call you?').fill('Aisha');
  await aisha.getByRole('button', { name: 'Save name' }).click();
  await expect(aisha.getByText('You are: Aisha')).toBeVisible();

  await test.step('the group uses every tool', async () => {
    await laptop.getByRole('radio', { name: 'Agreements' }).check();
    await aisha.getByLabel('Suggest an agreement').fill(AGREEMENT);
    await aisha.getByRole('button', { name: 'Send my suggestion' }).click();
    await laptop.getByRole('button', { name: /^Ask the group “We listen to each other/ }).click();
    await aisha.getByRole('button', { name: 'I agree', exact: true }).click();
    await expect(laptop.getByText(/^1 of 1 ha(ve|s) answered/)).toBeVisible();
    await laptop.getByRole('button', { name: 'Agreed: add it to our agreements' }).click();
    await expect(laptop.getByRole('list', { name: 'Our agreements, in order' }).getByRole('listitem')).toHaveCount(1);

    await laptop.getByRole('radio', { name: 'Car park' }).check();
    await openTool(aisha, 'Car park');
    for (const point of FORMULA_POINTS) {
      await aisha.getByLabel('Add to the car park').fill(point);
      await aisha.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(laptop.getByRole('article', { name: point })).toBeVisible();
    }
    const action = laptop.getByRole('article', { name: FORMULA_POINTS[0] });
    await action.getByRole('button', { name: 'Set outcome' }).click();
    await action.getByRole('radio', { name: 'An action' }).check();
    await action.getByLabel('Who will do it').fill('Priya');
    await action.getByLabel('By when').fill('2026-12-03');
    await action.getByRole('button', { name: 'Save outcome' }).click();
    await expect(action).toContainText('Priya');

    await laptop.getByRole('radio', { name: 'Speaking queue' }).check();
    await openTool(aisha, 'Hands up');
    await aisha.getByRole('button', { name: 'I’d like to speak' }).click();
    await laptop.getByRole('button', { name: 'Next speaker' }).click();
    await expect(laptop.getByRole('region', { name: 'Speaking now' })).toContainText('Aisha');
    await laptop.getByRole('button', { name: 'End turn' }).click();
    await expect(laptop.getByRole('region', { name: 'Speaking now' })).toContainText('Nobody is speaking.');

    await laptop.getByRole('radio', { name: 'Definition cards' }).check();
    await openTool(aisha, 'Cards');
    await aisha.getByRole('button', { name: 'Agree', exact: true }).click();
    await expect(aisha.getByRole('button', { name: 'Agree', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const cards = laptop.getByRole('region', { name: 'Definition cards' });
    await expect(cards.getByText(/^1 (person has|people have) answered so far\.$/)).toBeVisible();
    await cards.getByRole('button', { name: 'Show the answers' }).click();

    await laptop.getByRole('radio', { name: 'Glossary' }).check();
    const glossary = laptop.getByRole('region', { name: 'Glossary' });
    await glossary.getByLabel('The word or words').fill('advocate');
    await glossary.getByLabel(/What it means/).fill('Someone who helps you say what you want.');
    await glossary.getByRole('button', { name: 'Add the word' }).click();
    await glossary.getByRole('article', { name: 'advocate', exact: true }).getByRole('button', { name: 'Mark as agreed' }).click();
  });

  const panel = laptop.getByRole('region', { name: 'Save and share what the group made' });

  await test.step('the console saves the report in each format, names left out unless chosen', async () => {
    await expect(panel.getByRole('checkbox', { name: 'Leave out all names' })).toBeChecked();
    await expectNoAxeViolations(laptop);

    const markdown = await save(laptop, panel, 'Plain text (Markdown)', 'md');
    expect(markdown.contentType).toBe('text/markdown; charset=utf-8');
    expect(markdown.name).toMatch(/^bus-routes-for-everyone-meeting-1-\d{4}-\d{2}-\d{2}\.md$/);
    const text = markdown.bytes.toString('utf8');
    expect(text.match(/^## .+$/gm)).toEqual(SECTIONS.map((section) => `## ${section}`));
    expect(text).toContain(`| 1 | ${AGREEMENT} | Agreed in round 1 at meeting 1 (1 agree, 0 not sure, 0 cannot agree). |`);
    expect(text).toContain('| advocate | Someone who helps you say what you want. | Yes |');
    expect(text).not.toContain('Aisha');
    await expect(panel.getByRole('status').filter({ hasText: 'saved as' })).toHaveText(`Plain text (Markdown) saved as ${markdown.name}.`);

    const spreadsheets = await save(laptop, panel, 'Spreadsheets (CSV, in a zip)', 'csv');
    expect(spreadsheets.contentType).toBe('application/zip');
    expect(spreadsheets.name).toMatch(/\.csv\.zip$/);
    const carPark = strFromU8(unzipSync(new Uint8Array(spreadsheets.bytes))['car-park.csv']!);
    expect(carPark).toContain('"\'=HYPERLINK(""http://x"")","1","Someone will act on it","Priya","3 December 2026"');
    expect(carPark).toContain('"\'@SUM(A1)"');

    const room = await save(laptop, panel, 'Whole room (JSON)', 'json');
    expect(room.contentType).toBe('application/json; charset=utf-8');
    const file = JSON.parse(room.bytes.toString('utf8')) as { format: string; schemaVersion: number; state: { title: string } };
    expect(file).toMatchObject({ format: 'roundtable-room', schemaVersion: 1, state: { title: TITLE } });

    const word = await save(laptop, panel, 'Word document', 'docx');
    expect(word.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(word.name).toMatch(/\.docx$/);
    const document = strFromU8(unzipSync(new Uint8Array(word.bytes))['word/document.xml']!);
    expect(document).toContain(AGREEMENT);

    const pdf = await save(laptop, panel, 'PDF', 'pdf');
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await panel.getByRole('checkbox', { name: 'Leave out all names' }).uncheck();
    const named = await save(laptop, panel, 'Plain text (Markdown)', 'md');
    expect(named.bytes.toString('utf8')).toContain('| Aisha | 1 |');
    await expectNoAxeViolations(laptop);
  });

  await test.step('a summary link opens a read-only page on a phone, without names', async () => {
    await panel.getByRole('button', { name: 'Make a summary link' }).click();
    const link = await panel.getByLabel('Summary link').inputValue();
    expect(link).toMatch(new RegExp(`^${BASE_URL}/r/[\\w-]+/[\\w-]{22}$`));
    await expect(panel.getByText('The summary leaves out all names.')).toBeVisible();
    await expectNoAxeViolations(laptop);

    const reader = await device(browser, PHONE, true);
    await reader.goto(link);
    await expect(reader.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(reader.getByRole('heading', { level: 2 })).toHaveText(SECTIONS);
    const parked = reader.getByRole('table', { name: 'Points parked and what happens to each' });
    await expect(parked.getByRole('columnheader')).toHaveText(['Point', 'Meeting', 'What happens', 'Who will do it', 'By when']);
    await expect(parked.getByRole('row').nth(1).getByRole('cell')).toHaveText([FORMULA_POINTS[0]!, '1', 'Someone will act on it', 'Priya', '3 December 2026']);
    await expect(reader.locator('body')).not.toContainText('Aisha');
    await expect(reader.getByText('1 person took part from a phone.')).toBeVisible();
    await expectNoAxeViolations(reader);

    await panel.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(panel.getByRole('button', { name: 'Make a summary link' })).toBeVisible();
    await reader.reload();
    await expect(reader.getByText(/This summary is not shared/)).toBeVisible();
    await expectNoAxeViolations(reader);
    await reader.context().close();
  });

  for (const page of [laptop, aisha]) await page.context().close();
});
