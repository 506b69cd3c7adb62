import { afterEach, describe, expect, it } from 'vitest'
import { addDays, ageOn } from '../src-shared/domain/civil-date'
import { monthEndAfter } from '../src-shared/domain/vehicle-services'
import type { RowObject } from '../src-shared/sync/entities'
import { enrolTestTerminal, pushCommand, readRecords, startCentral, testDatabases, TEST_DEMO_TODAY, type StartedCentral } from './testing'

const AT = `${TEST_DEMO_TODAY}T03:00:00.000Z`

/**
 * 驾驶证业务 on the central side: applications checked again with the licence rules on the central
 * licence and holder, one open application per licence province-wide, and 办结 applying the
 * outcome to the central licence record (once).
 */
describe.each(testDatabases())('service application executors ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  function application(id: string, licence: RowObject, request: unknown, outcome: unknown = {}) {
    return {
      application: {
        id,
        number: `JS20251125${id.padStart(6, '0').slice(-6)}`,
        subject: 'licence',
        kind: (request as { kind: string }).kind,
        subject_id: String(licence.id),
        citizen_id: String(licence.citizen_id),
        office_code: String(licence.office_code),
        request: JSON.stringify(request),
        outcome: JSON.stringify(outcome),
        state: 'accepted',
        submitted_at: AT,
        submitted_role: 'clerk',
        submitted_terminal: 't',
        decided_at: null,
        decided_by: null,
        decision_note: null
      },
      context: { unhandledViolations: 0, fullCycles: 0 }
    }
  }

  it.skipIf(database.skip)('accepts once per licence, refuses by rule, and issues a renewal onto the central licence once', async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 12_000 }))
    const citizens = new Map((await readRecords(c, 'citizens')).map((row) => [row.id, row]))
    const licences = (await readRecords(c, 'licences')).filter(
      (l) => l.office_code === '370100' && (l.classes === 'C1' || l.classes === 'C2') && ageOn(String(citizens.get(l.citizen_id)?.birth_date), TEST_DEMO_TODAY) < 59
    )
    const valid = licences.filter((l) => l.status === 'valid' && l.valid_until !== null && String(l.valid_until) > addDays(TEST_DEMO_TODAY, 100))
    const detained = licences.find((l) => l.status === 'detained')
    expect(valid.length).toBeGreaterThanOrEqual(2)
    if (!detained) throw new Error('no detained licence in the central demo data')
    const terminal = await enrolTestTerminal(c, { officeCode: '370100' })
    const [lost, renewing] = valid as [RowObject, RowObject]

    expect(await pushCommand(terminal, 'licence.apply', application('1', lost, { kind: 'replace_lost' }))).toMatchObject({ status: 'applied' })
    expect(await pushCommand(terminal, 'licence.apply', application('1', lost, { kind: 'replace_lost' }))).toMatchObject({ status: 'applied' })
    // Another terminal accepted a second application for the same licence while offline.
    expect(await pushCommand(terminal, 'licence.apply', application('2', lost, { kind: 'replace_damaged', reason: 'damaged' }))).toMatchObject({
      status: 'rejected',
      code: 'SERVICE_APPLICATION_REFUSED',
      details: { rule: 'APPLICATION_OPEN' },
      followUp: { kind: 'review' }
    })
    expect(await pushCommand(terminal, 'licence.apply', application('3', detained, { kind: 'replace_lost' }))).toMatchObject({ details: { rule: 'LICENCE_HELD_BY_POLICE' } })
    // The central licence says renewal is not open yet, whatever the terminal thought.
    expect(await pushCommand(terminal, 'licence.apply', application('4', renewing, { kind: 'renewal', certificateIssuedOn: TEST_DEMO_TODAY }))).toMatchObject({
      details: { rule: 'LICENCE_RENEWAL_TOO_EARLY' }
    })
    expect((await readRecords(c, 'service_applications', '370100')).map((row) => row.id)).toEqual(['1'])

    // The central licence moves into its renewal window; the outcome stored is the central one.
    const validUntil = addDays(TEST_DEMO_TODAY, 20)
    const validFrom = `${Number(validUntil.slice(0, 4)) - 6}${validUntil.slice(4)}`
    await c.db.db
      .updateTable('records')
      .set({ row: JSON.stringify(Object.values({ ...renewing, valid_from: validFrom, valid_until: validUntil })) })
      .where('entity', '=', 'licences')
      .where('key', '=', String(renewing.id))
      .execute()
    const renewal = application('5', { ...renewing }, { kind: 'renewal', certificateIssuedOn: TEST_DEMO_TODAY }, { summary: 'the terminal’s' })
    expect(await pushCommand(terminal, 'licence.apply', renewal)).toMatchObject({ status: 'applied' })
    const stored = (await readRecords(c, 'service_applications')).find((row) => row.id === '5')!
    const expectedUntil = `${Number(validUntil.slice(0, 4)) + 10}${validUntil.slice(4)}`
    expect(JSON.parse(String(stored.outcome))).toMatchObject({ validFrom: validUntil, validUntil: expectedUntil, status: 'valid' })

    const decide = (id: string, decision: 'complete' | 'withdraw', decidedAt: string) =>
      pushCommand(terminal, 'applications.decide', { applicationId: id, decision, note: decision === 'withdraw' ? '材料不全' : null, decidedAt, decidedBy: 'clerk-1' })
    expect(await decide('5', 'complete', AT)).toMatchObject({ status: 'applied' })
    expect(await decide('5', 'complete', AT)).toMatchObject({ status: 'applied' })
    expect((await readRecords(c, 'licences')).find((row) => row.id === renewing.id)).toMatchObject({ valid_from: validUntil, valid_until: expectedUntil, status: 'valid' })
    // Decided again elsewhere: refused, the central rows are published again.
    expect(await decide('5', 'withdraw', `${TEST_DEMO_TODAY}T04:00:00.000Z`)).toMatchObject({ status: 'rejected', code: 'SERVICE_APPLICATION_CHANGED', details: { state: 'completed' } })
    expect(await decide('nope', 'complete', AT)).toMatchObject({ status: 'rejected', code: 'SERVICE_APPLICATION_CHANGED', details: { state: null } })
    // Withdrawn: the licence record stays as it was.
    const before = (await readRecords(c, 'licences')).find((row) => row.id === lost.id)
    expect(await decide('1', 'withdraw', AT)).toMatchObject({ status: 'applied' })
    expect((await readRecords(c, 'licences')).find((row) => row.id === lost.id)).toEqual(before)
    expect((await readRecords(c, 'service_applications')).find((row) => row.id === '1')).toMatchObject({ state: 'withdrawn', decision_note: '材料不全' })
  })

  it.skipIf(database.skip)("re-checks a vehicle's inspection label on the central vehicle and moves its validity when issued", async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 2_000 }))
    const vehicles = (await readRecords(c, 'vehicles')).filter((v) => v.office_code === '370100' && v.status === 'normal' && v.owner_citizen_id !== null && v.plate_type === '02' && v.use_nature === '非营运')
    const car = vehicles[0]!
    const other = vehicles.find((v) => v.owner_citizen_id !== car.owner_citizen_id)!
    const terminal = await enrolTestTerminal(c, { officeCode: '370100' })
    const label = { kind: 'inspection_label', insuranceValidUntil: addDays(TEST_DEMO_TODAY, 300), testedOn: null }
    const vehicleApplication = (id: string, vehicle: RowObject, citizenId = String(vehicle.owner_citizen_id)) => {
      const payload = application(id, vehicle, label)
      return { ...payload, application: { ...payload.application, subject: 'vehicle', subject_id: String(vehicle.id), citizen_id: citizenId, office_code: String(vehicle.office_code) } }
    }
    // Someone else's vehicle, and a label asked for too early on the central record.
    expect(await pushCommand(terminal, 'vehicle.apply', vehicleApplication('v1', other, String(car.owner_citizen_id)))).toMatchObject({ details: { rule: 'VEHICLE_NOT_OWNER' } })
    const due = monthEndAfter(TEST_DEMO_TODAY, 1)
    await c.db.db
      .updateTable('records')
      .set({ row: JSON.stringify(Object.values({ ...car, registered_on: `${Number(TEST_DEMO_TODAY.slice(0, 4)) - 3}-01-15`, inspection_due: due })) })
      .where('entity', '=', 'vehicles')
      .where('key', '=', String(car.id))
      .execute()
    expect(await pushCommand(terminal, 'vehicle.apply', vehicleApplication('v2', car))).toMatchObject({ status: 'applied' })
    const stored = JSON.parse(String((await readRecords(c, 'service_applications')).find((row) => row.id === 'v2')!.outcome)) as { inspectionDue: string }
    expect(stored.inspectionDue).toBe(monthEndAfter(due, 24))
    expect(await pushCommand(terminal, 'applications.decide', { applicationId: 'v2', decision: 'complete', note: null, decidedAt: AT, decidedBy: 'clerk-1' })).toMatchObject({ status: 'applied' })
    expect((await readRecords(c, 'vehicles')).find((row) => row.id === car.id)).toMatchObject({ inspection_due: monthEndAfter(due, 24), status: 'normal' })
  })
})
