import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A keyboard drag with dnd-kit: Space picks `handle` up and `key` moves it, confirmed by what
 * dnd-kit then announces (`moved`). On a busy machine an arrow pressed before dnd-kit has measured
 * the places does nothing, as a person would find; they would put it down and try again, and so
 * does this. It leaves the thing picked up and moved, for the caller to put down with Space.
 */
export async function pickUpAndMove(page: Page, handle: Locator, key: string, moved: string): Promise<void> {
  await expect(async () => {
    await handle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press(key);
    try {
      await expect(page.getByText(moved)).toBeAttached({ timeout: 3_000 });
    } catch (error) {
      await page.keyboard.press('Escape');
      throw error;
    }
  }).toPass({ timeout: 20_000 });
}
