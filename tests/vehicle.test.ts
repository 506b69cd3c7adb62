import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceApplicationView } from '../src-shared/contract/applications'
import { addYears } from '../src-shared/domain/civil-date'
import { monthEndAfter } from '../src-shared/domain/vehicle-services'
import { createTestApp, movableClock, type TestApp } from './support/app'

type Services = { vehicles: { id: string; plate: string; testRequired: boolean; services: { kind: string; verdict: { ok: boolean; rule: string | null } }[] }[]; applications: ServiceApplicationView[] }

/**
 * 机动车业务 on one counter: the services an owner may apply for on each vehicle today, refusals
 * by rule, one open application per vehicle, and 办结 moving the inspection validity.
 */
describe('vehicle services', () => {
  let t: TestApp
  const clock = movableClock()
  const today = () => clock.now().toISOString().slice(0, 10)
  beforeAll(async () => {
    t = await createTestApp({ mode: 'counter', demoSize: 3000 }, clock.now)
  })
  afterAll(() => t.close())

  /** Citizens' small private cars of this office, in normal status. */
  function cars(count: number): { citizenId: string; vehicleId: string }[] {
    const found = t.app.db.raw
      .prepare(
        `SELECT v.owner_citizen_id AS citizenId, v.id AS vehicleId FROM vehicles v WHERE v.office_code = '370100' AND v.status = 'normal' AND v.owner_citizen_id IS NOT NULL
          AND v.plate_type IN ('02', '52') AND v.use_nature = '非营运'
          AND NOT EXISTS (SELECT 1 FROM service_applications a WHERE a.subject_id = v.id) ORDER BY v.id LIMIT ?`
      )
      .all(count) as { citizenId: string; vehicleId: string }[]
    if (found.length < count) throw new Error(`only ${found.length} of ${count} cars in the demo data`)
    return found
  }
  const vehicle = (id: string) => t.app.db.raw.prepare('SELECT inspection_due, status FROM vehicles WHERE id = ?').get(id) as { inspection_due: string; status: string }
  const rule = (r: Awaited<ReturnType<TestApp['call']>>) => r.error?.details?.rule

  it('lists each own vehicle with four services, accepts a 行驶证 replacement once, and a clerk issues it', async () => {
    const [car] = cars(1)
    const clerk = await t.serving(car!.citizenId)
    const listed = (await t.call(clerk, 'vehicle.services', {})).value as Services
    const mine = listed.vehicles.find((v) => v.id === car!.vehicleId)!
    expect(mine.services.map((s) => s.kind)).toEqual(['plate_replace', 'vehicle_licence_replace', 'inspection_label', 'label_replace'])
    expect(mine.services.find((s) => s.kind === 'vehicle_licence_replace')?.verdict).toEqual({ ok: true, rule: null, message: null })

    const accepted = await t.call(clerk, 'vehicle.apply', { kind: 'vehicle_licence_replace', vehicleId: car!.vehicleId, reason: 'lost' })
    expect(accepted).toMatchObject({ ok: true, value: { subject: 'vehicle', kind: 'vehicle_licence_replace', state: 'accepted', number: expect.stringMatching(/^JD\d{14}$/) } })
    const application = accepted.value as ServiceApplicationView
    expect(application.outcome.readyBy! > today()).toBe(true)
    expect(rule(await t.call(clerk, 'vehicle.apply', { kind: 'plate_replace', vehicleId: car!.vehicleId, reason: 'lost', temporaryPlate: false }))).toBe('APPLICATION_OPEN')

    const before = vehicle(car!.vehicleId)
    const counter = await t.staff('clerk')
    expect(((await t.call(counter, 'applications.pending', {})).value as { applications: ServiceApplicationView[] }).applications.map((a) => a.id)).toContain(application.id)
    expect(await t.call(counter, 'applications.decide', { applicationId: application.id, decision: 'complete', note: '' })).toMatchObject({ ok: true, value: { state: 'completed' } })
    expect(vehicle(car!.vehicleId)).toEqual(before)
    expect(((await t.call(clerk, 'vehicle.services', {})).value as Services).applications.find((a) => a.id === application.id)).toMatchObject({ state: 'completed', subjectLabel: expect.stringMatching(/^鲁A/) })
  })

  it('issues an inspection label in its window: the validity moves on by the vehicle’s period', async () => {
    const [, car] = cars(2)
    // Registered three years ago (no on-site test this time), the label due at the end of next month.
    const due = monthEndAfter(today(), 1)
    t.app.db.raw.prepare('UPDATE vehicles SET registered_on = ?, inspection_due = ? WHERE id = ?').run(addYears(today(), -3), due, car!.vehicleId)
    const clerk = await t.serving(car!.citizenId)
    const insured = addYears(today(), 1)
    // Violations not handled to the end stand in the way (M11); once cleared, the label can be issued.
    const open = (t.app.db.raw.prepare(`SELECT count(*) AS n FROM violations WHERE vehicle_id = ? AND state IN ('unhandled', 'unpaid')`).get(car!.vehicleId) as { n: number }).n
    if (open === 0) {
      const record = t.app.db.raw.prepare(`SELECT id FROM violations WHERE vehicle_id IS NOT NULL AND state = 'unhandled' LIMIT 1`).get() as { id: string }
      t.app.db.raw.prepare('UPDATE violations SET vehicle_id = ? WHERE id = ?').run(car!.vehicleId, record.id)
    }
    const blocked = await t.call(clerk, 'vehicle.apply', { kind: 'inspection_label', vehicleId: car!.vehicleId, insuranceValidUntil: insured, testedOn: null })
    expect(blocked.error?.details).toMatchObject({ rule: 'VEHICLE_VIOLATIONS_UNHANDLED', count: Math.max(open, 1) })
    t.app.db.raw.prepare(`DELETE FROM violations WHERE vehicle_id = ? AND state IN ('unhandled', 'unpaid')`).run(car!.vehicleId)
    expect(rule(await t.call(clerk, 'vehicle.apply', { kind: 'inspection_label', vehicleId: car!.vehicleId, insuranceValidUntil: today().replace(/^\d{4}/, (y) => String(Number(y) - 1)), testedOn: null }))).toBe(
      'VEHICLE_INSURANCE_EXPIRED'
    )
    const accepted = await t.call(clerk, 'vehicle.apply', { kind: 'inspection_label', vehicleId: car!.vehicleId, insuranceValidUntil: insured, testedOn: null })
    expect(accepted).toMatchObject({ ok: true, value: { outcome: { inspectionDue: monthEndAfter(due, 24), status: 'normal' } } })
    const issued = await t.call(await t.staff('clerk'), 'applications.decide', { applicationId: (accepted.value as ServiceApplicationView).id, decision: 'complete', note: '已发标志' })
    expect(issued).toMatchObject({ ok: true })
    expect(vehicle(car!.vehicleId)).toEqual({ inspection_due: monthEndAfter(due, 24), status: 'normal' })
    // Two years away now: too early for the next one.
    expect(rule(await t.call(clerk, 'vehicle.apply', { kind: 'inspection_label', vehicleId: car!.vehicleId, insuranceValidUntil: insured, testedOn: null }))).toBe('VEHICLE_LABEL_TOO_EARLY')
  })

  it('refuses by rule: another person’s vehicle, plates away from the registration office, a detained vehicle at 办结', async () => {
    const [, , mine, theirs] = cars(4)
    const clerk = await t.serving(mine!.citizenId)
    expect(rule(await t.call(clerk, 'vehicle.apply', { kind: 'vehicle_licence_replace', vehicleId: theirs!.vehicleId, reason: 'lost' }))).toBe('VEHICLE_NOT_OWNER')
    t.app.db.raw.prepare(`UPDATE vehicles SET office_code = '370200' WHERE id = ?`).run(mine!.vehicleId)
    expect(await t.call(clerk, 'vehicle.apply', { kind: 'plate_replace', vehicleId: mine!.vehicleId, reason: 'damaged', temporaryPlate: true })).toMatchObject({
      ok: false,
      error: { details: { rule: 'VEHICLE_OTHER_OFFICE', officeCode: '370200' } }
    })
    t.app.db.raw.prepare(`UPDATE vehicles SET office_code = '370100' WHERE id = ?`).run(mine!.vehicleId)
    const accepted = (await t.call(clerk, 'vehicle.apply', { kind: 'plate_replace', vehicleId: mine!.vehicleId, reason: 'damaged', temporaryPlate: true })).value as ServiceApplicationView
    expect(accepted.outcome.summary).toContain('临时号牌')
    t.app.db.raw.prepare(`UPDATE vehicles SET status = 'detained' WHERE id = ?`).run(mine!.vehicleId)
    expect(rule(await t.call(clerk, 'applications.decide', { applicationId: accepted.id, decision: 'complete', note: '' }))).toBe('VEHICLE_DETAINED')
    expect(await t.call(clerk, 'applications.decide', { applicationId: accepted.id, decision: 'withdraw', note: '车辆已被扣留' })).toMatchObject({ ok: true, value: { state: 'withdrawn' } })
  })
})
