import { expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import { addYears, chinaDateOf } from '../src-shared/domain/civil-date'
import { expectIssued, expectRefusedTile, issueFromRow, pendingRow } from './support/applications'
import { openKiosk, screenshot, serveByPlate, signInAsClerk } from './support/terminals'

const COUNTER_DATABASE = 'test-results/e2e-data/terminal.sqlite'
const KIOSK_DATABASE = 'test-results/e2e-kiosk/terminal.sqlite'

const PASSWORD = 'Lu@2025lic'
const PHONE = '13966667702'
const NOTE = '旧证已声明作废，新证当场发放'

interface Holder {
  readonly citizenId: string
  readonly name: string
  readonly idNumber: string
  readonly fileNumber: string
}

/**
 * A person of the deterministic demo data holding a valid C1 licence of office 370100 (the
 * counter's office, which issues what it accepts), with no account, no learner record and no
 * licence application. `longTerm` picks a 长期 licence (期满换证 refused: LICENCE_LONG_TERM),
 * otherwise one still far from expiry (LICENCE_RENEWAL_TOO_EARLY). Taken from the end of the
 * file numbers, clear of the identity tests, which take the first person without an account.
 */
function licenceHolder(databaseFile: string, { longTerm }: { longTerm: boolean }): Holder {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT c.id AS citizenId, c.name, c.id_number AS idNumber, l.file_number AS fileNumber
         FROM licences l
         JOIN citizens c ON c.id = l.citizen_id
         WHERE l.status = 'valid' AND l.classes = 'C1' AND l.office_code = '370100'
           AND ${longTerm ? 'l.valid_until IS NULL' : "l.valid_until > date('now', '+1 year')"}
           AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM learner_permits p WHERE p.citizen_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM service_applications x WHERE x.citizen_id = c.id)
         ORDER BY l.file_number DESC
         LIMIT 1`
      )
      .get() as Holder | undefined
    if (!row) throw new Error(`no valid C1 licence holder of office 370100 in ${databaseFile}`)
    return row
  } finally {
    db.close()
  }
}

test('at the counter a clerk applies for 遗失补证 for a licence holder and issues it at 业务办结', async ({ page }) => {
  const holder = licenceHolder(COUNTER_DATABASE, { longTerm: true })
  await signInAsClerk(page)
  await serveByPlate(page, holder.idNumber, holder.citizenId)

  // 业务办理 lists the licence services as open and leads to 驾驶证业务.
  await page.getByTestId('nav-business').click()
  await page.getByTestId('business-go-replaceLost').click()
  const licence = page.getByTestId('page-licence')
  await expect(licence).toBeVisible()
  await expect(licence).toContainText(holder.name)
  await expect(page.getByTestId('licence-summary-file-number')).toHaveText(holder.fileNumber)
  await expect(page.getByTestId('licence-summary-validity')).toContainText('长期')
  await expect(page.getByTestId('my-applications-none')).toBeVisible()

  // A 长期 licence needs no renewal: refused, naming its rule, and the button is disabled.
  await expectRefusedTile(page.getByTestId('licence-service-renewal'), 'licence', 'renewal', 'LICENCE_LONG_TERM', '驾驶证有效期为长期，不需要期满换证')
  await expect(page.getByTestId('licence-service-age_exchange')).toHaveAttribute('data-rule', 'LICENCE_AGE_NOTHING_TO_EXCHANGE')
  await expect(page.getByTestId('licence-service-replace_lost')).toHaveAttribute('data-ok', 'true')
  await screenshot(page, 'licence-services')

  // 遗失补证: the dialog warns that the old licence becomes void; its confirm button takes the focus and Enter sends it.
  await page.getByTestId('licence-service-apply-replace_lost').click()
  const dialog = page.getByTestId('licence-apply-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('licence-apply-lost-warning')).toContainText('原驾驶证即作废')
  await expect(dialog.getByTestId('licence-apply-submit')).toBeFocused()
  await screenshot(page, 'licence-apply-lost')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()

  const accepted = page.getByTestId('application-accepted')
  await expect(accepted).toBeVisible()
  await expect(accepted).toBeFocused()
  const number = await accepted.getAttribute('data-number')
  if (!number) throw new Error('the acceptance names no number')
  expect(number).toMatch(/^JS\d{14}$/)
  await expect(accepted.getByTestId('application-accepted-number')).toHaveText(number)
  await expect(accepted.getByTestId('application-accepted-summary')).toContainText('补发驾驶证，原驾驶证同时作废')
  await expect(accepted.getByTestId('application-accepted-collect')).toContainText('请凭业务流水号到窗口领取')
  const application = page.getByTestId(`application-${number}`)
  await expect(application).toHaveAttribute('data-state', 'accepted')
  await expect(application.getByTestId('application-state')).toHaveText('已受理')
  await expect(application.getByTestId('application-subject')).toHaveText(holder.fileNumber)
  // While it waits to be issued, nothing else can be applied for on this licence.
  await expect(page.getByTestId('licence-service-replace_damaged')).toHaveAttribute('data-rule', 'APPLICATION_OPEN')
  await expect(page.getByTestId('licence-service-apply-replace_lost')).toBeDisabled()
  await screenshot(page, 'licence-accepted')

  // 柜台 → 业务办结: the application waits there; 退办 needs a reason, 办结 issues it.
  const row = await pendingRow(page, number, 'licence', holder.fileNumber)
  await expect(row).toContainText(holder.name)
  await expect(row).toContainText(`${holder.idNumber.slice(0, 6)}********${holder.idNumber.slice(-4)}`)
  await expect(row).toContainText('遗失补证')
  await expect(row).toContainText('补发驾驶证，原驾驶证同时作废')
  await screenshot(page, 'counter-applications-licence')

  await row.getByTestId('application-pending-withdraw').click()
  const decide = page.getByTestId('application-decide-dialog')
  await expect(decide).toHaveAttribute('data-decision', 'withdraw')
  await expect(decide.getByTestId('application-decide-note')).toBeFocused()
  await decide.getByTestId('application-decide-submit').click()
  await expect(decide.locator('.el-form-item.is-error')).toContainText('此项必须填写')
  await decide.getByTestId('application-decide-cancel').click()
  await expect(decide).toBeHidden()

  await issueFromRow(page, row, '补发驾驶证，原驾驶证同时作废', NOTE, 'counter-applications-licence-complete')

  // The citizen's list now shows it 已办结, with the counter's note.
  await expectIssued(page, '/#/licence', application, NOTE)
  await expect(page.getByTestId('licence-service-replace_lost')).toHaveAttribute('data-ok', 'true')
  await screenshot(page, 'licence-completed')
})

test('at the kiosk a licence holder registers, opens 驾驶证业务 from 业务办理 and sees each service with its rule', async ({ page }) => {
  const holder = licenceHolder(KIOSK_DATABASE, { longTerm: false })
  await openKiosk(page)

  await page.getByTestId('home-register').click()
  await expect(page.getByTestId('page-register')).toBeVisible()
  await page.getByTestId('register-id-number').fill(holder.idNumber)
  await page.getByTestId('register-file-number').fill(holder.fileNumber)
  await page.getByTestId('register-phone').fill(PHONE)
  await page.getByTestId('register-password').fill(PASSWORD)
  await page.getByTestId('register-password-confirm').fill(PASSWORD)
  await page.getByTestId('register-submit').click()
  await expect(page.getByTestId('page-me')).toBeVisible()

  await page.getByTestId('nav-business').click()
  await page.getByTestId('business-go-renewalOnExpiry').click()
  await expect(page.getByTestId('page-licence')).toBeVisible()
  await expect(page.getByTestId('licence-summary-file-number')).toHaveText(holder.fileNumber)
  // Far from expiry: 期满换证 opens 90 days before, and main's sentence says from when.
  const renewal = page.getByTestId('licence-service-refused-renewal')
  await expect(renewal).toHaveAttribute('data-rule', 'LICENCE_RENEWAL_TOO_EARLY')
  await expect(renewal).toContainText('起可以申请')
  await expect(page.getByTestId('licence-service-rule-renewal')).toHaveText('规则：LICENCE_RENEWAL_TOO_EARLY')
  await screenshot(page, 'licence-kiosk')

  // 损毁换证 at arm's length: the reasons are large choices; cancelling sends nothing.
  await page.getByTestId('licence-service-apply-replace_damaged').click()
  const dialog = page.getByTestId('licence-apply-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('licence-apply-damaged-details_changed').click()
  const box = await dialog.getByTestId('licence-apply-submit').boundingBox()
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(48)
  await screenshot(page, 'licence-kiosk-apply-damaged')
  await dialog.getByTestId('licence-apply-cancel').click()
  await expect(dialog).toBeHidden()

  // 延期审验: 其他 needs a reason, and a deferral longer than 3 years is refused by its rule, in the dialog, with the form kept.
  await page.getByTestId('licence-service-apply-defer_review').click()
  const defer = page.getByTestId('licence-apply-dialog')
  await expect(defer).toHaveAttribute('data-deferral', 'review')
  await defer.getByTestId('licence-apply-defer-other').click()
  await defer.getByTestId('licence-apply-submit').click()
  await expect(defer.locator('.el-form-item.is-error')).toHaveCount(2)
  await expect(defer.locator('.el-form-item.is-error').first()).toContainText('此项必须填写')
  await defer.getByTestId('licence-apply-reason-note').fill('在外地长期驻场施工')
  const tooLate = addYears(chinaDateOf(new Date()), 4)
  await defer.getByTestId('licence-apply-until').fill(tooLate)
  await defer.getByTestId('licence-apply-submit').click()
  const refusal = defer.getByTestId('error-notice')
  await expect(refusal).toHaveAttribute('data-rule', 'LICENCE_DEFER_PERIOD')
  await expect(refusal).toContainText('延期最长3年')
  await expect(refusal).toContainText('LICENCE_DEFER_PERIOD')
  await expect(defer.getByTestId('licence-apply-until')).toHaveValue(tooLate)
  await expect(defer.getByTestId('licence-apply-reason-note')).toHaveValue('在外地长期驻场施工')
  await screenshot(page, 'licence-kiosk-defer-refused')
  await defer.getByTestId('licence-apply-cancel').click()
  await expect(defer).toBeHidden()
  await expect(page.getByTestId('my-applications-none')).toBeVisible()
})
