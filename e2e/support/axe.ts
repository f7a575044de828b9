import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG levels every screen must meet: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Narrows a scan: `include`/`exclude` are CSS selectors; `disableRules` needs a reason in the spec. */
export interface AxeContext {
  include?: string | string[];
  exclude?: string | string[];
  disableRules?: string[];
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Runs axe on the page as it is now and fails with a readable list of violations: rule id, impact,
 * what to fix and which elements. Wait for the screen to settle before calling it.
 */
export async function expectNoAxeViolations(page: Page, context: AxeContext = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of asList(context.include)) builder = builder.include(selector);
  for (const selector of asList(context.exclude)) builder = builder.exclude(selector);
  if (context.disableRules !== undefined && context.disableRules.length > 0) {
    builder = builder.disableRules(context.disableRules);
  }
  const { violations } = await builder.analyze();

  const report = violations.map((violation) => {
    const targets = violation.nodes.map((node) => `    - ${node.target.join(' ')}`).join('\n');
    return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${targets}`;
  });
  expect(report, `Accessibility violations on ${page.url()}:\n\n${report.join('\n\n')}`).toEqual([]);
}
