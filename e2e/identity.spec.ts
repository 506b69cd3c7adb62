import { expect, test } from '@playwright/test'
import { usccCheckChar } from '../src-shared/domain/identifiers'
import { openApp } from './support/app'
import { demoCitizen, demoCompany, withWrongCheckCharacter, type DemoCitizen } from './support/demo-citizen'
import { DEMO_STAFF_PASSWORD, KIOSK_URL, openAdminTab, openKiosk, placeCardOnReader, screenshot, serveByPlate, signInAsClerk } from './support/terminals'

const PASSWORD = 'Lu@2025demo'
const PHONE = '13912345678'

let citizen: DemoCitizen
let maskedId: string

// Read once the terminals are up: their data directories start empty.
test.beforeAll(() => {
  citizen = demoCitizen()
  maskedId = `${citizen.idNumber.slice(0, 6)}********${citizen.idNumber.slice(-4)}`
})

test('at the kiosk a citizen registers, signs in with the ID card and binds a vehicle', async ({ page }) => {
  await openKiosk(page)

  await page.getByTestId('home-register').click()
  await expect(page.getByTestId('page-register')).toBeVisible()
  await page.getByTestId('register-id-number').fill(citizen.idNumber)
  await page.getByTestId('register-file-number').fill(citizen.licenceFileNumber)
  await page.getByTestId('register-phone').fill(PHONE)
  await page.getByTestId('register-password').fill(PASSWORD)
  await page.getByTestId('register-password-confirm').fill(PASSWORD)
  await expect(page.getByTestId('register-password-verdict')).toHaveAttribute('data-state', 'ok')
  await screenshot(page, 'kiosk-register')
  await page.getByTestId('register-submit').click()

  // Registered at a kiosk means signed in, with the licence bound by the registration itself.
  await expect(page.getByTestId('page-me')).toBeVisible()
  await expect(page.getByTestId('licence-card')).toHaveAttribute('data-bound', 'true')
  await expect(page.getByTestId('session-controls')).toHaveAttribute('data-role', 'citizen')

  await page.getByTestId('sign-out').click()
  await expect(page.getByTestId('page-home')).toBeVisible()
  await expect(page.getByTestId('session-controls')).toHaveAttribute('data-role', 'anonymous')

  await page.getByTestId('header-sign-in').click()
  const signIn = page.getByTestId('page-sign-in')
  await expect(signIn.getByTestId('card-sign-in')).toBeVisible()
  await expect(signIn.getByTestId('card-reader-state')).toHaveAttribute('data-state', 'empty')
  await placeCardOnReader(page, citizen.idNumber)
  // The sign-in screen polls the reader and sees the card by itself.
  await expect(signIn.getByTestId('card-reader-state')).toHaveAttribute('data-state', 'card_present')
  // A kiosk never shows whose card lies on the reader (someone may have left it behind).
  await expect(signIn.getByTestId('card-reader-state')).not.toContainText(maskedId)
  await screenshot(page, 'kiosk-sign-in')
  await signIn.getByTestId('sign-in-card-submit').click()

  await expect(page.getByTestId('page-me')).toBeVisible()
  await page.getByTestId('bind-vehicle').click()
  const dialog = page.getByTestId('bind-vehicle-dialog')
  await dialog.getByTestId('bind-vehicle-plate').fill(citizen.plate)
  await dialog.getByTestId('bind-vehicle-vin').fill(citizen.vinLastSix)
  await screenshot(page, 'kiosk-bind-vehicle')
  await dialog.getByTestId('bind-vehicle-submit').click()
  await expect(dialog).toBeHidden()

  const vehicle = page.getByTestId(`vehicle-card-${citizen.plate}`)
  await expect(vehicle).toHaveAttribute('data-bound', 'true')
  await expect(page.getByTestId('licence-card')).toContainText(citizen.licenceFileNumber)
  await expect(page.getByTestId('points-in-cycle')).toContainText('/ 12')
  // The owner sees their own number in full.
  await expect(page.getByTestId('person-id-number')).toHaveText(citizen.idNumber)
  await screenshot(page, 'kiosk-me-zh-CN')
})

test('at the counter the clerk finds the citizen by plate and serves them after inspecting the card', async ({ page }) => {
  await signInAsClerk(page)
  // The clerk works by keyboard: the search field has the focus and Enter searches.
  await expect(page.getByTestId('counter-search')).toBeFocused()
  await page.keyboard.type(citizen.plate)
  await page.keyboard.press('Enter')
  const row = page.getByTestId(`counter-result-${citizen.citizenId}`)
  await expect(row).toContainText(citizen.name)
  await expect(row).toContainText(maskedId)
  await screenshot(page, 'counter-lookup')

  await row.getByTestId(`counter-serve-${citizen.citizenId}`).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('verify-dialog')).toBeVisible()
  await page.getByTestId('verify-inspected').focus()
  await page.keyboard.press('Enter')

  await expect(page.getByTestId('page-me')).toBeVisible()
  const bar = page.getByTestId('acting-for-bar')
  await expect(bar).toContainText(`正在为 ${citizen.name}（${maskedId}）办理`)
  await expect(page.getByTestId('person-name')).toHaveText(citizen.name)
  await expect(page.getByTestId('licence-card')).toContainText(citizen.licenceFileNumber)
  await expect(page.getByTestId(`vehicle-card-${citizen.plate}`)).toBeVisible()

  // Password resets happen here; this citizen registered at the kiosk, and terminals do not sync
  // yet, so this counter knows no account for them and says so by rule.
  await bar.getByTestId('reset-citizen-password').click()
  const reset = page.getByTestId('reset-password-dialog')
  await reset.getByTestId('reset-password').fill('Counter-Reset8')
  await reset.getByTestId('reset-password-confirm').fill('Counter-Reset8')
  await reset.getByTestId('reset-password-submit').click()
  await expect(reset.getByTestId('error-notice')).toHaveAttribute('data-rule', 'COUNTER_NOT_REGISTERED')
  await page.keyboard.press('Escape')
  await expect(reset).toBeHidden()

  await bar.getByTestId('end-service').click()
  await expect(page.getByTestId('page-counter')).toBeVisible()
  await expect(page.getByTestId('acting-for-bar')).toHaveCount(0)
})

test('bad input names the rule it breaks, on the field and from the archive', async ({ page }) => {
  // Someone still without an account, so the archive check is the one that refuses.
  const stranger = demoCitizen()
  await openKiosk(page)
  await page.getByTestId('home-register').click()

  const { wrong, expected } = withWrongCheckCharacter(stranger.idNumber)
  const idInput = page.getByTestId('register-id-number')
  await idInput.fill(wrong)
  await idInput.press('Tab')
  const idField = page.locator('.el-form-item', { has: idInput })
  await expect(idField).toContainText(`第18位校验码应为${expected}`)
  // Correcting the value clears the message while typing.
  await idInput.fill(stranger.idNumber)
  await expect(idField).not.toContainText('校验码')

  // A well-formed file number that is not this person's: the archive refuses, naming its rule.
  const otherFileNumber = stranger.licenceFileNumber.slice(0, -1) + (stranger.licenceFileNumber.endsWith('9') ? '0' : '9')
  await page.getByTestId('register-file-number').fill(otherFileNumber)
  await page.getByTestId('register-phone').fill('13987654321')
  await page.getByTestId('register-password').fill(PASSWORD)
  await page.getByTestId('register-password-confirm').fill(PASSWORD)
  await page.getByTestId('register-submit').click()
  const notice = page.getByTestId('error-notice')
  await expect(notice).toHaveAttribute('data-rule', 'REG_NO_MATCHING_LICENCE')
  await expect(notice).toContainText('驾驶证档案编号与身份证号码不匹配')
  await screenshot(page, 'kiosk-register-refused')
})

test('the personal page reads in English', async ({ page }) => {
  await signInAsClerk(page)
  await serveByPlate(page, citizen.plate, citizen.citizenId)
  await page.getByTestId('locale-switch').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('page-me').locator('h1')).toHaveText('My page')
  await expect(page.getByTestId('acting-for-bar')).toContainText(`Serving ${citizen.name} (${maskedId})`)
  await expect(page.getByTestId('licence-card')).toContainText('Driving licence')
  await expect(page.getByTestId('points-in-cycle')).toContainText('Points in the current scoring cycle')
  await expect(page.getByTestId(`vehicle-card-${citizen.plate}`)).toContainText('Inspection valid until')
  await screenshot(page, 'counter-me-en')
})

test('a wrong password says how many attempts are left, and the admin verifies the audit chain', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('header-sign-in').click()
  await page.getByTestId('sign-in-staff-username').fill('admin')
  await page.getByTestId('sign-in-staff-password').fill('Wrong@2025a')
  await page.getByTestId('sign-in-staff-submit').click()
  const notice = page.getByTestId('error-notice')
  await expect(notice).toHaveAttribute('data-rule', 'AUTH_BAD_CREDENTIALS')
  await expect(notice.getByTestId('error-detail')).toContainText('还可再试 4 次')
  // A refused password is not left on the screen.
  await expect(page.getByTestId('sign-in-staff-password')).toHaveValue('')

  await page.getByTestId('sign-in-staff-password').fill(DEMO_STAFF_PASSWORD)
  await page.getByTestId('sign-in-staff-password').press('Enter')
  await expect(page.getByTestId('page-admin')).toBeVisible()
  await openAdminTab(page, 'staff')
  await expect(page.getByTestId('staff-row-clerk')).toBeVisible()
  await openAdminTab(page, 'audit')
  await page.getByTestId('audit-verify').click()
  await expect(page.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true')
  await screenshot(page, 'counter-admin')
})

test('an idle kiosk warns, can be kept, and then returns to the start', async ({ page }) => {
  await page.clock.install()
  await openKiosk(page)
  await page.getByTestId('header-sign-in').click()
  await expect(page.getByTestId('page-sign-in')).toBeVisible()

  const session = (await page.request.post(`${KIOSK_URL}rpc/auth.session`, { data: {} }).then((response) => response.json())) as {
    value: { idleSeconds: number }
  }
  const idleMs = session.value.idleSeconds * 1000
  // Just past the idle timeout, which leaves 15 seconds of warning.
  await page.clock.fastForward(idleMs - 14_000)
  const countdown = page.getByTestId('idle-countdown')
  await expect(countdown).toBeVisible()
  await screenshot(page, 'kiosk-idle-countdown')
  await page.getByTestId('idle-continue').click()
  await expect(countdown).toBeHidden()
  await expect(page.getByTestId('page-sign-in')).toBeVisible()

  // Every timer in the span fires in turn: the idle timeout, then each second of the countdown.
  await page.clock.runFor(idleMs + 1_000)
  await expect(page.getByTestId('page-home')).toBeVisible()
  await expect(countdown).toBeHidden()
})

test('the contact records are changed together, from one screen', async ({ page }) => {
  await signInAsClerk(page)
  await serveByPlate(page, citizen.plate, citizen.citizenId)
  await page.getByTestId('go-contacts').click()
  await expect(page.getByTestId('page-contacts')).toBeVisible()
  await expect(page.getByTestId('contacts-licence')).toBeVisible()
  await expect(page.getByTestId('contacts-vehicles')).toContainText(citizen.plate.slice(2))
  // Everything the person has is selected by default.
  await expect(page.getByTestId(`contacts-update-vehicle-${citizen.plate}`)).toHaveClass(/is-checked/)

  await page.getByTestId('contacts-phone').fill('13955556666')
  await page.getByTestId('contacts-address').fill('济南市历下区泉城路1号')
  await screenshot(page, 'counter-contacts')
  await page.getByTestId('contacts-submit').click()
  await expect(page.getByTestId('contacts-result')).toBeVisible()
  await expect(page.getByTestId('contacts-licence')).toContainText('13955556666')
  await expect(page.getByTestId('contacts-licence')).toContainText('济南市历下区泉城路1号')
})

test('an organisation registered at the counter waits for approval and is approved there', async ({ page }) => {
  const first17 = '91370100MA3C' + String(Date.now() % 100_000).padStart(5, '0')
  const uscc = first17 + usccCheckChar(first17)
  const name = '济南顺达运输有限公司'
  await signInAsClerk(page)
  await page.getByTestId('counter-register').click()
  await page.getByTestId('register-tab-organisation').click()
  await page.getByTestId('org-uscc').fill(uscc)
  await page.getByTestId('org-name').fill(name)
  await page.getByTestId('org-agent-id').fill(citizen.idNumber)
  await page.getByTestId('org-agent-phone').fill('13966667777')
  await page.getByTestId('org-password').fill(PASSWORD)
  await page.getByTestId('org-password-confirm').fill(PASSWORD)
  await screenshot(page, 'counter-register-organisation')
  await page.getByTestId('org-submit').click()
  await expect(page.getByTestId('org-result')).toHaveAttribute('data-status', 'pending')

  await page.getByTestId('header-own-screen').click()
  const row = page.getByTestId('pending-organisations').getByRole('row', { name })
  await expect(row).toBeVisible()
  await row.getByRole('button', { name: '通过', exact: true }).click()
  await expect(page.getByTestId('pending-decided')).toContainText(name)
  await expect(row).toHaveCount(0)
})

test('an approved organisation signs in with its credit code and sees the vehicles registered under it', async ({ page }) => {
  const company = demoCompany()
  await signInAsClerk(page)
  await page.getByTestId('counter-register').click()
  await page.getByTestId('register-tab-organisation').click()
  await page.getByTestId('org-uscc').fill(company.uscc)
  await page.getByTestId('org-name').fill('济南齐鲁运输有限公司')
  await page.getByTestId('org-agent-id').fill(citizen.idNumber)
  await page.getByTestId('org-agent-phone').fill('13966667778')
  await page.getByTestId('org-password').fill(PASSWORD)
  await page.getByTestId('org-password-confirm').fill(PASSWORD)
  await page.getByTestId('org-submit').click()
  await expect(page.getByTestId('org-result')).toHaveAttribute('data-status', 'pending')
  await page.getByTestId('header-own-screen').click()
  const row = page.getByTestId('pending-organisations').getByRole('row', { name: '济南齐鲁运输有限公司' })
  await row.getByRole('button', { name: '通过', exact: true }).click()
  await expect(row).toHaveCount(0)

  await page.getByTestId('sign-out').click()
  await page.getByTestId('header-sign-in').click()
  await page.getByTestId('sign-in-tab-organisation').click()
  await page.getByTestId('sign-in-org-uscc').fill(company.uscc)
  await page.getByTestId('sign-in-org-password').fill(PASSWORD)
  await page.getByTestId('sign-in-org-submit').click()
  await expect(page.getByTestId('session-controls')).toHaveAttribute('data-role', 'org_agent')
  await page.getByTestId('header-own-screen').click()
  await expect(page.getByTestId('page-me')).toBeVisible()
  for (const plate of company.plates) await expect(page.getByTestId(`vehicle-card-${plate}`)).toBeVisible()
  // Exam appointments are a person's business, not an organisation's.
  await expect(page.getByTestId('go-exams')).toHaveCount(0)
  await screenshot(page, 'organisation-vehicles')
})

test('a clerk registers the citizen at the counter, stays a clerk and serves them', async ({ page }) => {
  await signInAsClerk(page)
  await page.getByTestId('counter-register').click()
  await page.getByTestId('register-id-number').fill(citizen.idNumber)
  await page.getByTestId('register-route-vehicle').click()
  await page.getByTestId('register-plate').fill(citizen.plate)
  await page.getByTestId('register-vin').fill(citizen.vinLastSix)
  await page.getByTestId('register-phone').fill(PHONE)
  await page.getByTestId('register-password').fill(PASSWORD)
  await page.getByTestId('register-password-confirm').fill(PASSWORD)
  await page.getByTestId('register-password-confirm').press('Enter')

  await expect(page.getByTestId('page-me')).toBeVisible()
  await expect(page.getByTestId('session-controls')).toHaveAttribute('data-role', 'clerk')
  await expect(page.getByTestId('acting-for-bar')).toHaveAttribute('data-citizen-id', citizen.citizenId)
  // Registering by vehicle binds that vehicle.
  await expect(page.getByTestId(`vehicle-card-${citizen.plate}`)).toHaveAttribute('data-bound', 'true')
  await expect(page.getByTestId('person-phone')).toHaveText(PHONE)
})
