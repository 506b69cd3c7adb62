import { expect, test, type Page } from '@playwright/test'
import { COUNTER_DATABASE, examLearners, KIOSK_DATABASE, licenceHolderWithoutApplication } from './support/exam-learners'
import { openKiosk, screenshot, serveByPlate, signInAsClerk } from './support/terminals'

const PASSWORD = 'Lu@2025exam'
const PHONE = '13966667701'

/** The id of the first open plan card matching `selector`, read from its test id. */
async function planIdOf(page: Page, selector: string, hasText?: string): Promise<string> {
  const card = page.locator(`[data-testid^="plan-"]${selector}`).filter(hasText ? { hasText } : {}).first()
  await expect(card).toBeVisible()
  const testId = await card.getAttribute('data-testid')
  if (!testId) throw new Error(`no plan matches ${selector}`)
  return testId.slice('plan-'.length)
}

test('at the counter a clerk books 科目二 for a learner, sees the ranking and standing, and cancels', async ({ page }) => {
  const [learner] = examLearners(COUNTER_DATABASE)
  if (!learner) throw new Error('no learner')
  await signInAsClerk(page)
  // Learners hold no licence; the clerk finds them by ID number.
  await serveByPlate(page, learner.idNumber, learner.citizenId)

  await page.getByTestId('go-exams').click()
  const exams = page.getByTestId('page-exams')
  await expect(exams).toBeVisible()
  await expect(exams).toContainText(learner.name)
  await expect(page.getByTestId('exams-permit-class')).toHaveText('C1')
  await expect(page.getByTestId('exams-passed').locator('[data-subject="k1"]')).toBeVisible()
  await expect(page.getByTestId('exams-bookings-used')).toHaveAttribute('data-k2', '0')
  await expect(page.getByTestId('exams-no-bookings')).toBeVisible()

  // Plans this learner may not book say which rule refuses them, and offer no button.
  const passedPlan = await planIdOf(page, '[data-subject="k1"][data-eligible="false"]')
  await expect(page.getByTestId(`plan-refused-${passedPlan}`)).toHaveAttribute('data-rule', 'EXAM_ALREADY_PASSED')
  await expect(page.getByTestId(`plan-refused-${passedPlan}`)).toContainText('该科目已经考试合格，无需再预约。')
  await expect(page.getByTestId(`plan-book-${passedPlan}`)).toHaveCount(0)
  const orderPlan = await planIdOf(page, '[data-subject="k3_safety"][data-eligible="false"]')
  await expect(page.getByTestId(`plan-refused-${orderPlan}`)).toHaveAttribute('data-rule', 'EXAM_SUBJECT_ORDER')
  await expect(page.getByTestId(`plan-refused-${orderPlan}`)).toContainText('须按科目顺序考试')
  await screenshot(page, 'exams-plans')

  // 科目二 of 济南 (office 370100), choosing one session of the first place.
  const planId = await planIdOf(page, '[data-subject="k2"][data-eligible="true"]', '济南')
  await page.getByTestId(`plan-book-${planId}`).click()
  const form = page.getByTestId('exams-book-form')
  await expect(form).toBeVisible()
  await form.locator('[data-testid^="place-"]').first().click()
  await form.getByTestId('mode-self_select').click()
  await expect(form.getByTestId('exams-book-submit')).toBeDisabled()
  await form.locator('[data-testid^="session-pick-"]').first().click()
  await expect(form.getByTestId('exams-chosen-count')).toContainText('已选 1 个场次')
  await screenshot(page, 'exams-book-form')
  await form.getByTestId('exams-book-submit').click()

  const booked = page.getByTestId('exams-booked')
  await expect(booked).toBeVisible()
  const bookingId = await booked.getAttribute('data-booking')
  if (!bookingId) throw new Error('the booked card names no booking')
  await expect(booked.getByTestId(`booking-status-${bookingId}`)).toHaveAttribute('data-status', 'pending')
  // The ranking time and why: the learner's last exam was 科目一.
  const ranking = booked.getByTestId(`booking-ranking-${bookingId}`)
  await expect(ranking).toContainText('排序时间：')
  await expect(ranking).toHaveAttribute('data-reason', 'previous_exam')
  await expect(ranking).toContainText('按上次考试时间排序')
  await expect(booked.getByTestId(`booking-standing-${bookingId}`)).toHaveText(/您当前排第 \d+ 位，共 \d+ 人申请，可用名额 \d+ 个/)
  await screenshot(page, 'exams-booked')

  // Back at the list the booking is there, and can be cancelled after reading the rule.
  await page.getByTestId('exams-back-to-list').click()
  const card = page.getByTestId(`booking-${bookingId}`)
  await expect(card).toHaveAttribute('data-status', 'pending')
  await expect(card.getByTestId(`booking-ranking-${bookingId}`)).toContainText('排序时间：')
  await expect(page.getByTestId(`plan-refused-${planId}`)).toHaveAttribute('data-rule', 'EXAM_ALREADY_PENDING')
  await card.getByTestId(`booking-cancel-${bookingId}`).click()
  const dialog = page.getByTestId('cancel-booking-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('cancel-booking-rule')).toContainText('预约期结束前')
  await expect(dialog.getByTestId('cancel-booking-no-show')).toContainText('计为一次考试不合格')
  await dialog.getByTestId('cancel-booking-confirm').click()
  await expect(dialog).toBeHidden()
  await expect(card).toHaveAttribute('data-status', 'cancelled')
  await expect(card.getByTestId(`booking-status-${bookingId}`)).toHaveText('已取消')
  await expect(card.getByTestId(`booking-cancel-${bookingId}`)).toHaveCount(0)
  await expect(page.getByTestId(`plan-book-${planId}`)).toBeVisible()
})

test('at the kiosk a learner registers and opens 考试预约 from the personal page and from 业务办理', async ({ page }) => {
  const [learner] = examLearners(KIOSK_DATABASE, { withVehicle: true })
  if (!learner?.plate || !learner.vinLastSix) throw new Error('no learner with a vehicle')
  await openKiosk(page)

  await page.getByTestId('home-register').click()
  await expect(page.getByTestId('page-register')).toBeVisible()
  await page.getByTestId('register-id-number').fill(learner.idNumber)
  await page.getByTestId('register-route-vehicle').click()
  await page.getByTestId('register-plate').fill(learner.plate)
  await page.getByTestId('register-vin').fill(learner.vinLastSix)
  await page.getByTestId('register-phone').fill(PHONE)
  await page.getByTestId('register-password').fill(PASSWORD)
  await page.getByTestId('register-password-confirm').fill(PASSWORD)
  await page.getByTestId('register-submit').click()
  await expect(page.getByTestId('page-me')).toBeVisible()

  await page.getByTestId('go-exams').click()
  await expect(page.getByTestId('page-exams')).toBeVisible()
  await expect(page.getByTestId('exams-permit-class')).toHaveText('C1')
  const passedPlan = await planIdOf(page, '[data-subject="k1"][data-eligible="false"]')
  await expect(page.getByTestId(`plan-refused-${passedPlan}`)).toHaveAttribute('data-rule', 'EXAM_ALREADY_PASSED')
  const planId = await planIdOf(page, '[data-subject="k2"][data-eligible="true"]')
  await expect(page.getByTestId(`plan-book-${planId}`)).toBeVisible()
  await screenshot(page, 'exams-kiosk')

  // 业务办理 lists 考试预约 as open and leads to the same screen.
  await page.getByTestId('nav-business').click()
  await page.getByTestId('business-go-examBooking').click()
  await expect(page.getByTestId('page-exams')).toBeVisible()
})

test('at the counter a clerk accepts a class addition for a licence holder, and is refused a class already held', async ({ page }) => {
  const holder = licenceHolderWithoutApplication(COUNTER_DATABASE)
  await signInAsClerk(page)
  await serveByPlate(page, holder.plate, holder.citizenId)
  await page.getByTestId('go-exams').click()
  await expect(page.getByTestId('exams-no-permit')).toBeVisible()
  await page.getByTestId('exams-accept-application').click()
  const dialog = page.getByTestId('accept-application-dialog')
  await expect(dialog).toBeVisible()
  // C1 is already held: refused by rule, naming the class.
  await dialog.getByTestId('accept-application-confirm').click()
  await expect(dialog.getByTestId('error-notice')).toHaveAttribute('data-rule', 'EXAM_APPLICATION_CLASS_HELD')
  await expect(dialog.getByTestId('error-notice')).toContainText('C1')
  // Pick B2 from the select; a click that lands while the dropdown is still opening is lost, so
  // open and pick again until the select shows it (and its dropdown no longer covers the dialog).
  const classSelect = dialog.getByTestId('accept-application-class')
  await expect(async () => {
    if (!(await page.getByTestId('accept-application-class-B2').isVisible())) await classSelect.click()
    await page.getByTestId('accept-application-class-B2').click({ timeout: 2_000 })
    await expect(classSelect).toContainText('B2', { timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await expect(page.getByTestId('accept-application-class-B2')).toBeHidden()
  await dialog.getByTestId('accept-application-adding').click()
  await screenshot(page, 'exams-accept-application')
  await dialog.getByTestId('accept-application-confirm').click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('exams-permit-class')).toHaveText('B2')
  await expect(page.getByTestId('exams-accept-application')).toHaveCount(0)
})
