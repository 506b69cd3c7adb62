import type { Page } from '@playwright/test'
import { mkdirSync } from 'node:fs'

const SCREENSHOTS = 'test-results/screenshots'

/**
 * The window from the top, as the person first sees it. For screens with a bar pinned to the
 * bottom of the window: a full-page picture draws such a bar in the middle of the page, where it
 * never is. Transitions are finished first, so a box ticked a moment ago shows ticked.
 */
export async function viewportScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.evaluate('window.scrollTo(0, 0)')
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, animations: 'disabled' })
}
