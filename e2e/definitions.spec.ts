import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BASE_URL } from './support/env.ts';

const LAPTOP = { width: 1366, height: 900 };
const PROJECTOR = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };

type Answer = 'Agree' | 'Not sure' | 'Disagree';

/** Five statements, and how each phone answers them, chosen so the order by division is known. */
const STATEMENTS = [
  'Everyone’s voice counts the same.',
  'Staff should decide the budget.',
  'Working together takes more time.',
  'Meetings should be in the evening.',
  'Carers should be paid for their time.',
];
const ANSWERS: Record<string, Answer[]> = {
  Aisha: ['Agree', 'Agree', 'Agree', 'Not sure', 'Agree'],
  Ben: ['Agree', 'Disagree', 'Not sure', 'Not sure', 'Agree'],
  Chen: ['Agree', 'Disagree', 'Disagree', 'Not sure', 'Not sure'],
};
/** One for, two against; then one of each; then mostly for; then the two the room agreed on, in deck order. */
const MOST_DIVIDED_FIRST = [STATEMENTS[1]!, STATEMENTS[2]!, STATEMENTS[4]!, STATEMENTS[0]!, STATEMENTS[3]!];
const DEFINITION = 'Co-production is working as equals and sharing power.';

async function device(browser: Browser, viewport: { width: number; height: number }, mobile = false): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
  return context.newPage();
}

/** A phone joins by its link with a name; the host already shows the cards. */
async function join(browser: Browser, link: string, name: string): Promise<Page> {
  const phone = await device(browser, PHONE, true);
  await phone.goto(link);
  await phone.getByLabel('What should we call you?').fill(name);
  await phone.getByRole('button', { name: 'Save name' }).click();
  await expect(phone.getByRole('heading', { name: 'Cards', exact: true })).toBeVisible();
  return phone;
}

/** Goes through the five cards one at a time, answering each. */
async function answerAll(phone: Page, answers: readonly Answer[]): Promise<void> {
  for (const [index, answer] of answers.entries()) {
    await expect(phone.getByRole('heading', { name: `Card ${index + 1} of ${answers.length}` })).toBeVisible();
    const button = phone.getByRole('button', { name: answer, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    if (index < answers.length - 1) await phone.getByRole('button', { name: 'Next card' }).click();
  }
  await expect(phone.getByText('You have answered all the cards.')).toBeVisible();
}

test('definition cards: five statements answered on three phones, the most divided first, and a definition drafted from suggestions', async ({ browser }) => {
  // Five browser contexts and a dozen accessibility scans on two cores.
  test.setTimeout(90_000);
  const laptop = await device(browser, LAPTOP);
  const projector = await device(browser, PROJECTOR);
  const response = await laptop.request.post(`${BASE_URL}/api/rooms`, { data: { title: 'What co-production means to us' } });
  expect(response.status()).toBe(201);
  const { links } = (await response.json()) as { links: { facilitator: string; screen: string; join: string } };
  await laptop.goto(links.facilitator);
  await laptop.getByRole('radio', { name: 'Definition cards' }).check();
  const panel = laptop.getByRole('region', { name: 'Definition cards' });
  await projector.goto(links.screen);

  await test.step('the host starts again with a pasted list, and a line too long is reported without losing the text', async () => {
    const list = panel.getByLabel('Your statements');
    await list.fill(`${STATEMENTS[0]}\n${'a very long line '.repeat(20)}`);
    await panel.getByRole('button', { name: 'Start again', exact: true }).click();
    await expect(panel.getByText('Line 2 is longer than 300 characters.')).toBeVisible();
    await expect(list).toHaveValue(new RegExp(`^${STATEMENTS[0]}`));

    await list.fill(STATEMENTS.map((statement) => `- ${statement}`).join('\n'));
    await panel.getByRole('button', { name: 'Start again', exact: true }).click();
    await expect(panel.getByRole('list', { name: 'Cards in the deck, in order' }).getByRole('listitem')).toHaveText(
      STATEMENTS.map((statement, index) => new RegExp(`^Card ${index + 1}${statement}`)),
    );
    await expect(list).toHaveValue('');
    await expect(projector.getByRole('heading', { name: 'Answer on your phone' })).toBeVisible();
    await expect(projector.getByRole('listitem')).toHaveText(STATEMENTS);
  });

  const phones = await Promise.all(Object.keys(ANSWERS).map((name) => join(browser, links.join, name)));
  const [aisha, ben, chen] = phones as [Page, Page, Page];

  await test.step('each phone answers every card; the counts stay hidden from the screen', async () => {
    await expect(aisha.getByText(/Your answers are anonymous/)).toBeVisible();
    await expectNoAxeViolations(aisha);
    await Promise.all([answerAll(aisha, ANSWERS.Aisha!), answerAll(ben, ANSWERS.Ben!), answerAll(chen, ANSWERS.Chen!)]);
    await expect(panel.getByText('3 people have answered so far.')).toBeVisible();
    await expect(panel.getByText('3 answers')).toHaveCount(5);
    await expect(projector.getByRole('table')).toHaveCount(0);
    await expect(projector.getByText(/\d+ agree|Agree/)).toHaveCount(0);
    await expectNoAxeViolations(aisha);
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(laptop);
  });

  await test.step('once shown, the screen lists the most divided cards first, with their counts', async () => {
    await panel.getByRole('button', { name: 'Show the answers' }).click();
    await expect(projector.getByRole('heading', { name: 'How the room answered' })).toBeVisible();
    await expect(projector.getByRole('rowheader')).toHaveText(MOST_DIVIDED_FIRST);
    // Staff deciding the budget: 1 agree, 0 not sure, 2 disagree.
    await expect(projector.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', '0', '2']);
    await expect(panel.getByRole('table').getByRole('rowheader')).toHaveText(MOST_DIVIDED_FIRST);
    await expect(aisha.getByText('How the room answered')).toBeVisible();
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(aisha);
  });

  await test.step('two phones suggest words and a third supports one', async () => {
    await panel.getByRole('radio', { name: 'Our definition' }).check();
    await expect(projector.getByRole('heading', { name: 'Our definition, as we write it' })).toBeVisible();
    await expect(aisha.getByRole('heading', { name: 'Writing our definition' })).toBeVisible();

    await aisha.getByLabel('Suggest words for our definition').fill('working as equals');
    await aisha.getByRole('button', { name: 'Suggest these words' }).click();
    await expect(aisha.getByText('Thank you. Your words are on the list.')).toBeVisible();
    await ben.getByLabel('Suggest words for our definition').fill('sharing power');
    await ben.getByRole('checkbox', { name: 'Don’t show my name' }).check();
    await ben.getByRole('button', { name: 'Suggest these words' }).click();

    const aishasWords = chen.getByRole('listitem').filter({ hasText: 'working as equals' });
    await aishasWords.getByRole('button', { name: 'Support' }).click();
    await expect(aishasWords.getByRole('button', { name: 'Support' })).toHaveAttribute('aria-pressed', 'true');
    await expect(aishasWords).toContainText('Supported by 1 person, you included.');
    await expect(panel.getByRole('listitem').filter({ hasText: 'working as equals' })).toContainText('Supported by 1 person. Suggested by Aisha.');
    await expect(panel.getByRole('listitem').filter({ hasText: 'sharing power' })).toContainText('No support yet. Name not shown.');
    await expectNoAxeViolations(chen);
  });

  await test.step('the host drafts the definition from the suggestions, live on the screen, and records it', async () => {
    for (const words of ['working as equals', 'sharing power']) {
      await panel.getByRole('listitem').filter({ hasText: words }).getByRole('checkbox', { name: 'The draft uses these words' }).check();
    }
    const draft = panel.getByLabel('The definition, as the group writes it');
    await draft.fill(DEFINITION);
    // Still typing: the screen and phones follow the draft without the field being left.
    await expect(projector.getByText(DEFINITION)).toBeVisible();
    await expect(ben.getByText(DEFINITION)).toBeVisible();
    await expectNoAxeViolations(projector);

    await panel.getByRole('button', { name: 'Record as our definition' }).click();
    await expect(panel.getByText(/^Version 1, agreed \d{1,2} \w+ \d{4}$/)).toBeVisible();
    await expect(draft).toHaveValue(DEFINITION);
    await expect(panel.getByRole('checkbox', { name: 'The draft uses these words' })).toHaveCount(2);
    for (const checkbox of await panel.getByRole('checkbox', { name: 'The draft uses these words' }).all()) await expect(checkbox).toBeChecked();
    await expect(projector.getByRole('heading', { name: 'Our agreed definition' })).toBeVisible();
    for (const phone of phones) {
      const agreed = phone.getByRole('region', { name: 'Our definition', exact: true });
      await expect(agreed).toContainText(DEFINITION);
      await expect(agreed).toContainText(/Agreed on \d{1,2} \w+ \d{4}\./);
    }
    await expectNoAxeViolations(laptop);
    await expectNoAxeViolations(projector);
    await expectNoAxeViolations(aisha);
  });
});
