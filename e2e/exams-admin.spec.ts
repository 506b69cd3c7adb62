import { expect, test, type Page } from '@playwright/test'
import { openAdminTab, screenshot, signInAsAdmin } from './support/terminals'

/** A legal date `days` after today in China (UTC+8, no daylight saving). */
function chinaDatePlus(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)
}

/** Fills the plan form with a window from today, results in 3 days and one session `firstExamIn` days out. */
async function fillPlan(page: Page, firstExamIn: number): Promise<void> {
  const form = page.getByTestId('create-plan')
  await form.getByTestId('create-plan-opens').fill(chinaDatePlus(0))
  await form.getByTestId('create-plan-closes').fill(chinaDatePlus(2))
  await form.getByTestId('create-plan-results').fill(chinaDatePlus(3))
  const session = form.getByTestId('create-plan-session-0')
  // The venue defaults to the first one that holds exams in the chosen subject.
  await expect(session.getByTestId('session-venue')).toContainText('（')
  await session.getByTestId('session-date').fill(chinaDatePlus(firstExamIn))
  await session.getByTestId('session-time').fill('09:30')
}

test('the admin sees the exam plans, publishes one 12 days ahead, and is refused one only 5 days ahead', async ({ page }) => {
  await signInAsAdmin(page)
  await openAdminTab(page, 'exam-plans')
  await expect(page).toHaveURL(/\/admin/)
  const panel = page.getByTestId('exam-plans-admin')
  await expect(panel).toBeVisible()
  await expect(panel.getByTestId('exam-plans-list')).toBeVisible()
  const form = panel.getByTestId('create-plan')
  await expect(form).toBeVisible()

  await fillPlan(page, 12)
  await form.getByTestId('create-plan-submit').click()
  const created = form.getByTestId('create-plan-created')
  await expect(created).toBeVisible()
  const planId = await created.getAttribute('data-plan')
  if (!planId) throw new Error('no plan id')
  const row = panel.getByTestId(`exam-plan-${planId}`)
  await expect(row).toBeVisible()
  await expect(row).toHaveAttribute('data-subject', 'k1')
  await expect(row).toContainText('科目一')
  await screenshot(page, 'admin-exam-plans')

  await fillPlan(page, 5)
  await form.getByTestId('create-plan-submit').click()
  const notice = form.getByTestId('error-notice')
  await expect(notice).toHaveAttribute('data-rule', 'EXAM_PLAN_TOO_LATE')
  await expect(notice).toContainText(`首场考试不得早于 ${chinaDatePlus(10)}`)
})

test("the admin sets the office's exam booking rules, and they hold after a reload", async ({ page }) => {
  await signInAsAdmin(page)
  await openAdminTab(page, 'exam-plans')
  const settings = page.getByTestId('exam-settings')
  await expect(settings).toContainText('考试预约规则')
  const source = settings.getByTestId('exam-settings-source')
  const save = settings.getByTestId('exam-settings-save')
  const priority = settings.getByTestId('setting-priority')
  // Nothing to save until a switch moves.
  await expect(save).toBeDisabled()
  const before = (await priority.getAttribute('class'))?.includes('is-checked') ?? false
  await priority.click()
  await expect(save).toBeEnabled()
  await save.click()
  await expect(page.getByText('考试预约规则已保存')).toBeVisible()
  await expect(source).toHaveAttribute('data-source', 'office')
  await expect(source).toContainText('本车管所的统一规则')
  await screenshot(page, 'admin-exam-settings')

  await page.reload()
  await expect(settings.getByTestId('setting-priority')).toHaveClass(before ? /^(?!.*is-checked)/ : /is-checked/)
  await expect(source).toHaveAttribute('data-source', 'office')
  // Put the switch back, so the other exam tests rank as before.
  await settings.getByTestId('setting-priority').click()
  await save.click()
  await expect(save).toBeDisabled()
})
