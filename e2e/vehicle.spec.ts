import { expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import { addDays, chinaDateOf } from '../src-shared/domain/civil-date'
import { expectIssued, expectRefusedTile, issueFromRow, pendingRow } from './support/applications'
import { screenshot, serveByPlate, signInAsClerk } from './support/terminals'

const COUNTER_DATABASE = 'test-results/e2e-data/terminal.sqlite'

const NOTE = '原行驶证已声明作废，新证当场发放'

interface Owner {
  readonly citizenId: string
  readonly name: string
  readonly plate: string
}

/**
 * A person of the deterministic demo data who owns a vehicle of office 370100 (the counter's
 * office, which reissues plates and 行驶证) in normal use, with no account and no application.
 * Its inspection validity runs more than 4 months yet, so the label is refused as too early
 * (VEHICLE_LABEL_TOO_EARLY). Taken from the end of the plates, clear of the tests that take the
 * first person with a vehicle.
 */
function vehicleOwner(databaseFile: string): Owner {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT c.id AS citizenId, c.name, v.plate
         FROM vehicles v
         JOIN citizens c ON c.id = v.owner_citizen_id
         WHERE v.status = 'normal' AND v.office_code = '370100'
           AND v.inspection_due > date('now', '+4 months')
           AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM service_applications x WHERE x.citizen_id = c.id)
         ORDER BY v.plate DESC
         LIMIT 1`
      )
      .get() as Owner | undefined
    if (!row) throw new Error(`no owner of a normal vehicle of office 370100 in ${databaseFile}`)
    return row
  } finally {
    db.close()
  }
}

/** A licence holder of the demo data with no vehicle registered in their name and no account. */
function personWithoutVehicle(databaseFile: string): { citizenId: string; idNumber: string } {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT c.id AS citizenId, c.id_number AS idNumber
         FROM citizens c
         JOIN licences l ON l.citizen_id = c.id
         WHERE NOT EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_citizen_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
         ORDER BY c.id DESC
         LIMIT 1`
      )
      .get() as { citizenId: string; idNumber: string } | undefined
    if (!row) throw new Error(`no person without a vehicle in ${databaseFile}`)
    return row
  } finally {
    db.close()
  }
}

test('at the counter a clerk applies for 补换领行驶证 for a vehicle owner and issues it at 业务办结', async ({ page }) => {
  const owner = vehicleOwner(COUNTER_DATABASE)
  await signInAsClerk(page)
  await serveByPlate(page, owner.plate, owner.citizenId)

  // The personal page leads to 机动车业务 for someone with vehicles; so does 业务办理, where inspection appointments are still to come.
  await expect(page.getByTestId('go-vehicle-services')).toBeVisible()
  await page.getByTestId('nav-business').click()
  await expect(page.getByTestId('business-item-inspectionBooking')).toContainText('即将开放')
  await page.getByTestId('business-go-vehicleLicence').click()
  const services = page.getByTestId('page-vehicle-services')
  await expect(services).toBeVisible()
  await expect(services).toContainText(owner.name)
  await expect(page.getByTestId('my-applications-none')).toBeVisible()

  const vehicle = page.getByTestId(`vehicle-${owner.plate}`)
  await expect(vehicle).toHaveAttribute('data-status', 'normal')
  await expect(vehicle.getByTestId('vehicle-status')).toHaveText('正常')
  // Far from its inspection date: the label is refused, naming its rule, and the button is disabled.
  await expectRefusedTile(vehicle.getByTestId('vehicle-service-inspection_label'), 'vehicle', 'inspection_label', 'VEHICLE_LABEL_TOO_EARLY', '起可以申领')
  await expect(vehicle.getByTestId('vehicle-service-vehicle_licence_replace')).toHaveAttribute('data-ok', 'true')
  await expect(vehicle.getByTestId('vehicle-service-plate_replace')).toHaveAttribute('data-ok', 'true')
  await screenshot(page, 'vehicle-services')

  // 补换领检验合格标志 needs the 交强险 in force: the date is required, and an expired policy is refused by its rule, in the dialog, with the form kept.
  await vehicle.getByTestId('vehicle-service-apply-label_replace').click()
  const labelDialog = page.getByTestId('vehicle-apply-dialog')
  await expect(labelDialog).toHaveAttribute('data-kind', 'label_replace')
  await expect(labelDialog.getByTestId('vehicle-apply-insurance')).toBeFocused()
  await labelDialog.getByTestId('vehicle-apply-submit').click()
  await expect(labelDialog.locator('.el-form-item.is-error')).toContainText('此项必须填写')
  const expired = addDays(chinaDateOf(new Date()), -1)
  await labelDialog.getByTestId('vehicle-apply-insurance').fill(expired)
  await labelDialog.getByTestId('vehicle-apply-submit').click()
  const refusal = labelDialog.getByTestId('error-notice')
  await expect(refusal).toHaveAttribute('data-rule', 'VEHICLE_INSURANCE_EXPIRED')
  await expect(refusal).toContainText(`交强险须在有效期内：填写的保单有效期至 ${expired}，已经过期。`)
  await expect(labelDialog.getByTestId('vehicle-apply-insurance')).toHaveValue(expired)
  await screenshot(page, 'vehicle-apply-label-refused')
  await labelDialog.getByTestId('vehicle-apply-cancel').click()
  await expect(labelDialog).toBeHidden()

  // 补换领行驶证: the reason is a large choice, the old 行驶证 becomes void.
  await vehicle.getByTestId('vehicle-service-apply-vehicle_licence_replace').click()
  const dialog = page.getByTestId('vehicle-apply-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAttribute('data-kind', 'vehicle_licence_replace')
  await expect(dialog).toHaveAttribute('data-plate', owner.plate)
  await dialog.getByTestId('vehicle-apply-reason-damaged').click()
  await expect(dialog.getByTestId('vehicle-apply-void-warning')).toContainText('原行驶证作废')
  await screenshot(page, 'vehicle-apply-licence')
  await dialog.getByTestId('vehicle-apply-submit').click()
  await expect(dialog).toBeHidden()

  const accepted = page.getByTestId('application-accepted')
  await expect(accepted).toBeVisible()
  await expect(accepted).toBeFocused()
  const number = await accepted.getAttribute('data-number')
  if (!number) throw new Error('the acceptance names no number')
  expect(number).toMatch(/^JD\d{14}$/)
  await expect(accepted.getByTestId('application-accepted-number')).toHaveText(number)
  await expect(accepted.getByTestId('application-accepted-summary')).toContainText('补发行驶证，原行驶证作废')
  const readyBy = (await accepted.getByTestId('application-accepted-ready-by').textContent()) ?? ''
  expect(readyBy).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
  await expect(accepted.getByTestId('application-accepted-collect')).toHaveText(`请凭业务流水号到窗口领取，最迟 ${readyBy} 可以领取。`)
  const application = page.getByTestId(`application-${number}`)
  await expect(application).toHaveAttribute('data-state', 'accepted')
  await expect(application.getByTestId('application-state')).toHaveText('已受理')
  await expect(application.getByTestId('application-subject')).toHaveText(owner.plate)
  // While it waits to be issued, nothing else can be applied for on this vehicle.
  await expect(vehicle.getByTestId('vehicle-service-plate_replace')).toHaveAttribute('data-rule', 'APPLICATION_OPEN')
  await expect(vehicle.getByTestId('vehicle-service-apply-vehicle_licence_replace')).toBeDisabled()
  await screenshot(page, 'vehicle-accepted')

  // 柜台 → 业务办结: the vehicle application waits with the licence ones and is issued there.
  const row = await pendingRow(page, number, 'vehicle', owner.plate)
  await expect(row).toContainText(owner.name)
  await expect(row).toContainText('补换领行驶证')
  await screenshot(page, 'counter-applications-vehicle')

  await issueFromRow(page, row, '补发行驶证，原行驶证作废', NOTE, 'counter-applications-vehicle-complete')

  // The owner's list now shows it 已办结, with the counter's note, and the vehicle is open for services again.
  await expectIssued(page, '/#/vehicle-services', application, NOTE)
  await expect(vehicle.getByTestId('vehicle-service-vehicle_licence_replace')).toHaveAttribute('data-ok', 'true')
  await screenshot(page, 'vehicle-completed')
})

test('a person with no vehicle in their name sees why 机动车业务 has nothing to apply for', async ({ page }) => {
  const person = personWithoutVehicle(COUNTER_DATABASE)
  await signInAsClerk(page)
  await serveByPlate(page, person.idNumber, person.citizenId)

  await expect(page.getByTestId('no-vehicles')).toBeVisible()
  await expect(page.getByTestId('go-vehicle-services')).toHaveCount(0)
  await page.getByTestId('nav-business').click()
  await page.getByTestId('business-go-plates').click()
  await expect(page.getByTestId('page-vehicle-services')).toBeVisible()
  await expect(page.getByTestId('vehicle-none')).toContainText('本人名下没有登记的机动车')
  await expect(page.getByTestId('vehicle-list')).toHaveCount(0)
  await expect(page.getByTestId('my-applications')).toHaveCount(0)
  await screenshot(page, 'vehicle-none')
})
