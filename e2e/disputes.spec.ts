import { expect, test } from '@playwright/test'
import { openApp } from './support/app'
import { screenshot, serveByPlate, signInAsClerk } from './support/terminals'
import { addCameraViolations, cleanCitizen, COUNTER_DATABASE, type NewViolation } from './support/violation-records'

/** A camera record of a Jinan crossing (office 370100, this counter's office): the person says the plate was cloned. */
const CLONED: NewViolation = {
  recordNumber: '370100202699000051',
  code: '1625',
  description: '驾驶机动车违反道路交通信号灯通行的',
  fineFen: 20_000,
  points: 6,
  place: '历下区经十路与舜耕路交叉口',
  daysAgo: 5
}
const REASON = '号牌被套用：违法时间本车停放在单位地下车库，有车库出入记录为证'
const NOTE = '经调取卡口录像核查，违法车辆为套牌车，异议成立'

test('a clerk raises a dispute for the served citizen and, as the deciding office, upholds it', async ({ page }) => {
  const citizen = cleanCitizen(COUNTER_DATABASE)
  addCameraViolations(citizen, [CLONED], COUNTER_DATABASE)

  await signInAsClerk(page)
  await serveByPlate(page, citizen.plate, citizen.citizenId)
  await page.getByTestId(`vehicle-unpaid-go-${citizen.plate}`).click()
  const card = page.getByTestId(`violation-card-${CLONED.recordNumber}`)
  await expect(card).toBeVisible()

  // 提出异议: the dialog names the office that decides before anything is sent.
  await card.getByTestId(`violation-dispute-action-${CLONED.recordNumber}`).click()
  const dialog = page.getByTestId('dispute-raise-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('dispute-deciding-office')).toContainText('济南市公安局交通警察支队车辆管理所')
  await expect(dialog.getByTestId('dispute-reason')).toBeFocused()
  // Too short a reason is caught at the field, in Chinese, before the call.
  await page.keyboard.type('不是我')
  await dialog.getByTestId('dispute-raise-submit').click()
  await expect(dialog.locator('.el-form-item.is-error')).toContainText('至少10个字')
  await dialog.getByTestId('dispute-reason').fill(REASON)
  await dialog.getByTestId('dispute-evidence').fill('车库出入记录截图已交窗口')
  await screenshot(page, 'counter-dispute-raise')
  await dialog.getByTestId('dispute-raise-submit').click()
  await expect(dialog).toBeHidden()

  // The record now says 异议处理中, who decides and by when, and can no longer be chosen for payment.
  const status = card.getByTestId(`violation-dispute-${CLONED.recordNumber}`)
  await expect(status).toHaveAttribute('data-state', 'open')
  await expect(status).toContainText('异议处理中')
  await expect(status).toContainText('济南市公安局交通警察支队车辆管理所')
  await expect(card).toHaveAttribute('data-rule', 'PAY_DISPUTED')
  await expect(card.getByTestId(`violation-select-${CLONED.recordNumber}`)).toHaveCount(0)
  await screenshot(page, 'counter-dispute-record-open')

  // 异议核实: this office decides its own records; the deadline is 5 working days on.
  await openApp(page, '/#/counter')
  await page.getByTestId('counter-go-disputes').click()
  await expect(page.getByTestId('page-disputes')).toBeVisible()
  const item = page.getByTestId(`dispute-${CLONED.recordNumber}`)
  await expect(item).toHaveAttribute('data-state', 'open')
  await expect(item).toHaveAttribute('data-overdue', 'false')
  await expect(item.getByTestId('dispute-due')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  await screenshot(page, 'counter-disputes-open')

  await item.getByTestId('dispute-decide').click()
  const decide = page.getByTestId('dispute-decide-dialog')
  await expect(decide).toBeVisible()
  await decide.getByTestId('dispute-outcome-upheld').click()
  await expect(decide.getByTestId('dispute-outcome-effect')).toContainText('该违法记录将被删除')
  await decide.getByTestId('dispute-note').fill(NOTE)
  await screenshot(page, 'counter-dispute-decide')
  await decide.getByTestId('dispute-decide-submit').click()
  await expect(decide).toBeHidden()
  await expect(item).toHaveCount(0)

  await page.getByTestId('disputes-filter-decided').click()
  await expect(item).toHaveAttribute('data-state', 'upheld')
  await expect(item.getByTestId('dispute-decision')).toContainText(NOTE)
  await expect(item.getByTestId('dispute-record-deleted')).toHaveText('记录已删除')
  await screenshot(page, 'counter-disputes-decided')
})
