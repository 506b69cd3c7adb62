import { expect, test, type Page } from '@playwright/test'
import { openAdminTab, screenshot, signInAsAdmin } from './support/terminals'

/** Steps the panel's year picker to `year` (the panel opens on the current year). */
async function showYear(page: Page, year: number): Promise<void> {
  const panel = page.getByTestId('holiday-calendar')
  for (let i = 0; i < 100; i++) {
    const shown = Number(await panel.getByTestId('holiday-calendar-year').textContent())
    if (shown === year) break
    await panel.getByTestId(shown < year ? 'holiday-calendar-next' : 'holiday-calendar-prev').click()
    await expect(panel).toHaveAttribute('data-year', String(shown < year ? shown + 1 : shown - 1))
  }
  await expect(panel.getByTestId('holiday-calendar-source')).toBeVisible()
}

test('the admin adds a holiday to the 2026 calendar from the keyboard, is refused a weekday make-up day, and saves', async ({ page }) => {
  await signInAsAdmin(page)
  await openAdminTab(page, 'calendar')
  const panel = page.getByTestId('holiday-calendar')
  await expect(panel).toBeVisible()
  await showYear(page, 2026)
  await expect(panel.getByTestId('holiday-calendar-source')).toHaveAttribute('data-source', 'builtin')
  await expect(panel.getByTestId('holiday-2026-10-01')).toHaveAttribute('data-kind', 'holiday')
  await expect(panel.getByTestId('holiday-2026-01-04')).toHaveAttribute('data-kind', 'makeup')

  // A make-up working day must be a weekend: refused where it is typed, naming the date and the rule.
  await panel.getByTestId('holiday-calendar-kind-makeup').click()
  await panel.getByTestId('holiday-calendar-date').fill('2026-03-04')
  await panel.getByTestId('holiday-calendar-add-submit').click()
  const refusal = panel.getByTestId('holiday-calendar-refusal')
  await expect(refusal).toHaveAttribute('data-rule', 'CALENDAR_MAKEUP_NOT_WEEKEND')
  await expect(refusal).toContainText('2026-03-04')
  await expect(panel.getByTestId('holiday-calendar-save')).toBeDisabled()

  // Enter in the date field adds the date.
  await panel.getByTestId('holiday-calendar-kind-holiday').click()
  const date = panel.getByTestId('holiday-calendar-date')
  await date.fill('2026-12-07')
  await date.press('Enter')
  await expect(panel.getByTestId('holiday-2026-12-07')).toHaveAttribute('data-kind', 'holiday')
  await expect(refusal).toHaveCount(0)
  await expect(panel.getByTestId('holiday-calendar-unsaved')).toBeVisible()
  await panel.getByTestId('holiday-calendar-save').click()
  await expect(panel.getByTestId('holiday-calendar-source')).toHaveAttribute('data-source', 'admin')
  await expect(panel.getByTestId('holiday-calendar-unsaved')).toHaveCount(0)
  await screenshot(page, 'admin-holiday-calendar')

  // Saved in main: it is there after a reload. Then removed again, so other tests see the built-in year.
  await page.reload()
  await expect(page.getByTestId('page-admin')).toBeVisible()
  await showYear(page, 2026)
  await expect(panel.getByTestId('holiday-2026-12-07')).toBeVisible()
  await panel.getByTestId('holiday-remove-2026-12-07').click()
  await expect(panel.getByTestId('holiday-2026-12-07')).toHaveCount(0)
  await panel.getByTestId('holiday-calendar-save').click()
  await expect(panel.getByTestId('holiday-calendar-unsaved')).toHaveCount(0)
})
