import { expect, test, type Page } from '@playwright/test'
import Database from 'better-sqlite3'
import { chinaDateOf } from '../src-shared/domain/civil-date'
import { vinCheckDigit } from '../src-shared/domain/identifiers/vin'
import { openApp } from './support/app'
import { openKiosk, screenshot, serveByPlate, signInAsClerk } from './support/terminals'

const COUNTER_DATABASE = 'test-results/e2e-data/terminal.sqlite'
const KIOSK_DATABASE = 'test-results/e2e-kiosk/terminal.sqlite'
const PASSWORD = 'Lu@2025plate'

/** Any person of the deterministic demo data with a vehicle to find them by; the new car is not on record yet. */
function demoOwner(databaseFile: string): { citizenId: string; plate: string } {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT c.id AS citizenId, v.plate
         FROM vehicles v JOIN citizens c ON c.id = v.owner_citizen_id
         WHERE v.status = 'normal'
         ORDER BY v.plate
         LIMIT 1 OFFSET 7`
      )
      .get() as { citizenId: string; plate: string } | undefined
    if (!row) throw new Error(`no vehicle owner in ${databaseFile}`)
    return row
  } finally {
    db.close()
  }
}

/**
 * A vehicle owner of the kiosk's demo data who can register with the plate and VIN: taken from
 * the middle of the list, clear of the tests that take the first or the last person.
 */
function kioskOwner(databaseFile: string): { idNumber: string; plate: string; vinLastSix: string } {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const rows = db
      .prepare(
        `SELECT c.id_number AS idNumber, v.plate, substr(v.vin, -6) AS vinLastSix
         FROM citizens c JOIN vehicles v ON v.owner_citizen_id = c.id
         WHERE v.status = 'normal'
           AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
         ORDER BY c.id, v.plate`
      )
      .all() as { idNumber: string; plate: string; vinLastSix: string }[]
    const row = rows[Math.floor(rows.length / 2)]
    if (!row) throw new Error(`no vehicle owner without an account in ${databaseFile}`)
    return row
  } finally {
    db.close()
  }
}

/** A checksum-valid VIN of a car not in the demo data, new on every run. */
function newVin(): string {
  const body = `LSVAU2180N2${String(Date.now() % 1_000_000).padStart(6, '0')}`
  return body.slice(0, 8) + vinCheckDigit(body) + body.slice(9)
}

/** The same VIN with a wrong check digit (position 9), and the digit it should be. */
function withWrongCheckDigit(vin: string): { wrong: string; expected: string } {
  const expected = vin[8] ?? ''
  const replacement = expected === '0' ? '1' : '0'
  return { wrong: vin.slice(0, 8) + replacement + vin.slice(9), expected }
}

async function startSelection(page: Page, vin: string): Promise<void> {
  const input = page.getByTestId('plates-vin')
  await input.fill(vin)
  // At the counter Enter starts, as the button does.
  await input.press('Enter')
  await expect(page.getByTestId('plates-selection')).toHaveAttribute('data-vin', vin)
}

test('a clerk pre-selects a plate number for a new car of the citizen served', async ({ page }) => {
  test.setTimeout(120_000)
  const owner = demoOwner(COUNTER_DATABASE)
  const vin = newVin()
  await signInAsClerk(page)
  await serveByPlate(page, owner.plate, owner.citizenId)

  // The personal page and 机动车业务 both lead to 号牌预选.
  await expect(page.getByTestId('go-plates')).toHaveText('号牌预选')
  await page.getByTestId('nav-business').click()
  await page.getByTestId('business-go-plates').click()
  await expect(page.getByTestId('page-vehicle-services')).toBeVisible()
  await page.getByTestId('vehicle-go-plates').click()
  const plates = page.getByTestId('page-plates')
  await expect(plates).toBeVisible()
  await expect(page).toHaveURL(/#\/plates$/)

  // What the person agrees to, before any number is shown.
  await expect(page.getByTestId('plates-prefix')).toHaveText('鲁A')
  await expect(page.getByTestId('plates-rule-pattern')).toContainText('第1位为字母，后4位中恰好1个字母')
  await expect(page.getByTestId('plates-rule-pattern')).toContainText('不使用字母I、O')
  await expect(page.getByTestId('plates-rule-random')).toContainText('最多抽取5组，每组10个号码')
  await expect(page.getByTestId('plates-rule-composed')).toContainText('最多提交20个')
  await expect(page.getByTestId('plates-rule-hold')).toContainText('保留3个工作日')
  await expect(page.getByTestId('plates-rule-once')).toHaveText('每辆车只能成功预选一次，确认后不能更改。')
  await expect(page.getByTestId('plates-mine-none')).toBeVisible()

  // Main checks the VIN: a wrong check digit is named on the field.
  const { wrong, expected } = withWrongCheckDigit(vin)
  await page.getByTestId('plates-vin').fill(wrong.toLowerCase())
  await expect(page.getByTestId('plates-vin')).toHaveValue(wrong)
  await page.getByTestId('plates-start').click()
  await expect(page.locator('.plates-vin .el-form-item.is-error')).toContainText(`第9位校验位应为${expected}`)
  await expect(page.getByTestId('plates-selection')).toHaveCount(0)
  await screenshot(page, 'plates-vin-invalid')

  await startSelection(page, vin)
  await expect(page.locator('.plates-vin .el-form-item.is-error')).toHaveCount(0)
  await expect(page.getByTestId('plates-batches-left')).toHaveAttribute('data-count', '5')
  await expect(page.getByTestId('plates-random-none')).toBeVisible()
  // The keyboard goes on to the next step.
  await expect(page.getByTestId('plates-draw')).toBeFocused()
  await screenshot(page, 'plates-started')

  // 随机选号: a batch of ten, timed, the first number ready for the keyboard.
  await page.getByTestId('plates-draw').click()
  const batch = page.getByTestId('plates-batch')
  await expect(batch).toHaveAttribute('data-count', '10')
  const numbers = batch.locator('[data-testid^="plates-number-"]')
  await expect(numbers).toHaveCount(10)
  await expect(numbers.first()).toBeFocused()
  await expect(page.getByTestId('plates-batches-left')).toHaveAttribute('data-count', '4')
  const countdown = page.getByTestId('plates-countdown')
  await expect(countdown).toHaveAttribute('data-expired', 'false')
  expect(Number(await countdown.getAttribute('data-seconds'))).toBeGreaterThan(30)
  await expect(countdown).toContainText('第 1 组（共 5 组）')
  await expect(page.getByTestId('plates-clock-note')).toContainText('计时在本终端进行')
  const drawn = await numbers.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-plate') ?? ''))
  expect(drawn.every((plate) => /^鲁A[A-HJ-NP-Z][0-9A-HJ-NP-Z]{4}$/.test(plate))).toBe(true)
  await screenshot(page, 'plates-batch')

  // The same VIN opened in a second window whose clock for batch 1 started over 90 seconds ago: the batch is forfeited there.
  const other = await page.context().newPage()
  await openApp(other, '/#/plates')
  await other.evaluate(`sessionStorage.setItem(${JSON.stringify(`plates.batch:${vin}:1`)}, String(Date.now() - 95000))`)
  await startSelection(other, vin)
  await expect(other.getByTestId('plates-batch')).toHaveAttribute('data-expired', 'true')
  await expect(other.getByTestId('plates-batch-expired')).toContainText('已经作废。请抽取下一组号码')
  await expect(other.getByTestId('plates-countdown')).toHaveAttribute('data-seconds', '0')
  await expect(other.getByTestId(`plates-number-${drawn[0]}`)).toBeDisabled()
  await screenshot(other, 'plates-batch-expired')

  // 自编号码: checked in order; the rule's refusal is main's own sentence with its code.
  await page.getByTestId('plates-tab-composed').click()
  await expect(page.getByTestId('plates-composed-left')).toHaveAttribute('data-count', '20')
  await page.getByTestId('plates-candidate-1').fill('11111')
  await page.getByTestId('plates-candidate-2').fill('a1b23')
  await expect(page.getByTestId('plates-candidate-2')).toHaveValue('A1B23')
  await page.getByTestId('plates-compose-submit').click()
  const refused = page.getByTestId('plates-composed-result-11111')
  await expect(refused).toHaveAttribute('data-ok', 'false')
  await expect(refused).toHaveAttribute('data-rule', 'PLATE_PATTERN_FIRST_LETTER')
  await expect(refused).toContainText('自编号码的第1位须为字母')
  await expect(refused.getByTestId('plates-composed-rule')).toHaveText('规则：PLATE_PATTERN_FIRST_LETTER')
  const composed = page.getByTestId('plates-composed-result-A1B23')
  await expect(composed).toHaveAttribute('data-plate', '鲁AA1B23')
  // Free, or taken by a car of the demo data or an earlier run: either is a fair answer.
  if ((await composed.getAttribute('data-ok')) === 'true') {
    await expect(composed.getByTestId('plates-composed-free')).toContainText('可以预选')
    await expect(composed.getByTestId('plates-composed-reserve-A1B23')).toBeVisible()
  } else {
    await expect(composed).toHaveAttribute('data-rule', 'PLATE_TAKEN')
    await expect(composed.getByTestId('plates-composed-reserve-A1B23')).toHaveCount(0)
  }
  await expect(page.getByTestId('plates-composed-left')).toHaveAttribute('data-count', '18')
  await expect(page.getByTestId('plates-candidate-1')).toHaveValue('')
  await screenshot(page, 'plates-composed')

  // Back to the batch: pick with the keyboard, confirm in a dialog that says it is final.
  await page.getByTestId('plates-tab-random').click()
  const chosen = drawn[3] ?? ''
  await page.getByTestId(`plates-number-${chosen}`).focus()
  await page.keyboard.press('Enter')
  const confirm = page.getByTestId('plates-confirm')
  await expect(confirm).toBeVisible()
  await expect(confirm).toHaveAttribute('data-plate', chosen)
  await expect(confirm).toHaveAttribute('data-source', 'random')
  await expect(page.getByTestId('plates-confirm-final')).toContainText('确认后不能更改')
  await expect(page.getByTestId('plates-confirm-submit')).toBeFocused()
  await screenshot(page, 'plates-confirm')
  await page.keyboard.press('Enter')
  await expect(confirm).toBeHidden()

  const result = page.getByTestId('plates-result')
  await expect(result).toBeFocused()
  await expect(result).toHaveAttribute('data-plate', chosen)
  await expect(result).toHaveAttribute('data-fresh', 'true')
  await expect(result).toContainText('号牌预选成功')
  const heldUntil = await result.getAttribute('data-held-until')
  expect(heldUntil ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/)
  expect((heldUntil ?? '') > chinaDateOf(new Date())).toBe(true)
  await expect(page.getByTestId('plates-result-held-until')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  await expect(page.getByTestId('plates-result-vin')).toHaveText(`***********${vin.slice(-6)}`)
  await expect(page.getByTestId('plates-result-notice')).toHaveText('请在保留期内到车管所办理注册登记，逾期号码将被收回。')
  const mine = page.getByTestId(`plates-mine-${chosen}`)
  await expect(mine).toHaveAttribute('data-state', 'held')
  await expect(mine.getByTestId('plates-mine-state')).toHaveText('保留中')
  await expect(mine.getByTestId('plates-mine-held-until')).toHaveAttribute('data-date', heldUntil ?? '')
  await screenshot(page, 'plates-reserved')

  // The second window still shows the old selection: drawing there is refused, and the reservation appears.
  await other.getByTestId('plates-draw').click()
  const refusal = other.getByTestId('plates-selection').getByTestId('error-notice')
  await expect(refusal).toHaveAttribute('data-rule', 'PLATE_VIN_ALREADY_SELECTED')
  await expect(refusal).toContainText(`该车已预选号牌 ${chosen}`)
  await expect(other.getByTestId('plates-result')).toHaveAttribute('data-plate', chosen)
  // Said once, by the refusal; and the list of held numbers catches up.
  await expect(other.getByTestId('plates-already-selected')).toHaveCount(0)
  await expect(other.getByTestId(`plates-mine-${chosen}`)).toHaveAttribute('data-state', 'held')
  await screenshot(other, 'plates-draw-refused')
  await other.close()

  // Starting the same VIN again shows the number held, and nothing more to choose.
  await page.getByTestId('plates-change-vehicle').click()
  await expect(page.getByTestId('plates-vin')).toBeFocused()
  await expect(page.getByTestId('plates-selection')).toHaveCount(0)
  await startSelection(page, vin)
  await expect(page.getByTestId('plates-selection')).toHaveAttribute('data-reserved', 'true')
  await expect(page.getByTestId('plates-already-selected')).toContainText(`该车已预选号牌 ${chosen}`)
  await expect(page.getByTestId('plates-result')).toHaveAttribute('data-fresh', 'false')
  await expect(page.getByTestId('plates-result')).toBeFocused()
  await expect(page.getByTestId('plates-draw')).toHaveCount(0)
  await screenshot(page, 'plates-already-selected')
})

test('at the kiosk a citizen composes a number and pre-selects it, in English', async ({ page }) => {
  const owner = kioskOwner(KIOSK_DATABASE)
  const vin = newVin()
  const stamp = Date.now()
  await openKiosk(page)
  await page.getByTestId('home-register').click()
  await page.getByTestId('register-id-number').fill(owner.idNumber)
  await page.getByTestId('register-route-vehicle').click()
  await page.getByTestId('register-plate').fill(owner.plate)
  await page.getByTestId('register-vin').fill(owner.vinLastSix)
  await page.getByTestId('register-phone').fill(`139${String(stamp % 100_000_000).padStart(8, '0')}`)
  await page.getByTestId('register-password').fill(PASSWORD)
  await page.getByTestId('register-password-confirm').fill(PASSWORD)
  await page.getByTestId('register-submit').click()
  await expect(page.getByTestId('page-me')).toBeVisible()

  await page.getByTestId('locale-switch').click()
  await page.getByTestId('go-plates').click()
  await expect(page.getByTestId('page-plates')).toBeVisible()
  await expect(page.getByTestId('plates-rule-once')).toHaveText('Each vehicle can pre-select a number once; it cannot be changed after confirming.')
  await startSelection(page, vin)

  // Touch targets of a kiosk: the tabs and buttons are at least 56px high.
  const tabBox = await page.locator('#tab-composed').boundingBox()
  expect(tabBox?.height ?? 0).toBeGreaterThanOrEqual(56)
  await page.getByTestId('plates-tab-composed').click()
  const submitBox = await page.getByTestId('plates-compose-submit').boundingBox()
  expect(submitBox?.height ?? 0).toBeGreaterThanOrEqual(56)

  // In English the rule is the locale's sentence; three fresh candidates, one of which is surely free.
  const digits = String(stamp % 1000).padStart(3, '0')
  const free = [`H${digits[0]}${digits[1]}X${Number(digits[2]) + 1 > 9 ? 1 : Number(digits[2]) + 1}`, `K${digits[1]}Y${digits[2]}7`, `M5${digits[0]}W8`]
  await page.getByTestId('plates-candidate-1').fill('A111B')
  for (const [index, candidate] of free.entries()) await page.getByTestId(`plates-candidate-${index + 2}`).fill(candidate)
  await page.getByTestId('plates-compose-submit').click()
  const triple = page.getByTestId('plates-composed-result-A111B')
  await expect(triple).toHaveAttribute('data-rule', 'PLATE_PATTERN_TRIPLE')
  await expect(triple).toContainText('A composed number cannot contain 3 identical digits in a row.')
  await expect(page.getByTestId('plates-composed-left')).toHaveAttribute('data-count', '16')
  const available = page.locator('[data-testid^="plates-composed-result-"][data-ok="true"]').first()
  await expect(available).toBeVisible()
  const candidate = (await available.getAttribute('data-candidate')) ?? ''
  await screenshot(page, 'plates-kiosk-composed')

  await available.getByTestId(`plates-composed-reserve-${candidate}`).click()
  await expect(page.getByTestId('plates-confirm')).toHaveAttribute('data-source', 'composed')
  await page.getByTestId('plates-confirm-submit').click()
  const result = page.getByTestId('plates-result')
  await expect(result).toHaveAttribute('data-plate', `鲁A${candidate}`)
  await expect(page.getByTestId('plates-result-source')).toHaveText('Composed number')
  await expect(page.getByTestId(`plates-mine-鲁A${candidate}`)).toHaveAttribute('data-state', 'held')
  await screenshot(page, 'plates-kiosk-reserved')
})
