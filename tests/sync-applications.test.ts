import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCentral, TEST_DEMO_TODAY, type StartedCentral } from '../central/testing'
import type { ServiceApplicationView } from '../src-shared/contract/applications'
import { addDays } from '../src-shared/domain/civil-date'
import { vinCheckDigit } from '../src-shared/domain/identifiers/vin'
import type { TestApp } from './support/app'
import { comparePartitions, enrolledTerminal, syncCycle } from './support/sync-check'

/**
 * 驾驶证业务 on enrolled counters of one office: an application accepted at one counter is issued
 * at the other, and the renewed licence reaches both; two counters that accepted an application
 * for the same licence while offline end with the first, the second getting a review task.
 */
describe('licence and vehicle applications across terminals', () => {
  const clock = new Date(`${TEST_DEMO_TODAY}T02:00:00Z`)
  const now = () => clock
  let central: StartedCentral
  let a: TestApp
  let b: TestApp

  beforeAll(async () => {
    central = await startCentral({ demoViolations: 12_000, now })
    a = await enrolledTerminal(central, '窗口1', { now })
    b = await enrolledTerminal(central, '窗口2', { now })
  })
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await central?.close()
  })

  const cycle = syncCycle
  const rows = (t: TestApp, sql: string, ...params: unknown[]) => t.app.db.raw.prepare(sql).all(...params) as Record<string, unknown>[]
  const clerk = (t: TestApp) => t.staff('clerk')

  it('issues at one counter what the other accepted, and keeps the first of two offline applications for one licence', async () => {
    // Holders of a valid small-car licence of this office, under 59, nothing unhandled on it: one
    // in its renewal window, one any.
    const holders = (window: boolean) =>
      rows(
        a,
        `SELECT l.citizen_id AS citizenId, l.id AS licenceId, l.valid_until AS validUntil FROM licences l JOIN citizens c ON c.id = l.citizen_id
          WHERE l.office_code = '370100' AND l.status = 'valid' AND l.classes IN ('C1','C2') AND c.birth_date > date(?, '-59 years')
          AND ${window ? `l.valid_until BETWEEN date(?, '+1 day') AND date(?, '+90 days')` : `l.valid_until > ? AND ? <> ''`}
          AND NOT EXISTS (SELECT 1 FROM violations v WHERE v.licence_id = l.id AND v.state IN ('unhandled','unpaid','paying')) ORDER BY l.id LIMIT 2`,
        TEST_DEMO_TODAY,
        TEST_DEMO_TODAY,
        TEST_DEMO_TODAY
      ) as { citizenId: string; licenceId: string; validUntil: string }[]
    const renewing = holders(true)[0]
    const twice = holders(false).find((h) => h.licenceId !== renewing?.licenceId)
    if (!renewing || !twice) throw new Error('no licence in its renewal window in the central demo data')

    const accepted = await a.call(await a.serving(renewing.citizenId), 'licence.apply', { kind: 'renewal', certificateIssuedOn: addDays(TEST_DEMO_TODAY, -10) })
    expect(accepted).toMatchObject({ ok: true, value: { state: 'accepted' } })
    const application = accepted.value as ServiceApplicationView
    // Both counters accept an application for the second holder's licence before either syncs.
    expect(await a.call(await a.serving(twice.citizenId), 'licence.apply', { kind: 'replace_lost' })).toMatchObject({ ok: true })
    expect(await b.call(await b.serving(twice.citizenId), 'licence.apply', { kind: 'replace_damaged', reason: 'damaged' })).toMatchObject({ ok: true })
    await cycle(a, b, a)

    expect(b.app.sync.tasks('open')).toContainEqual(expect.objectContaining({ command: 'licence.apply', code: 'SERVICE_APPLICATION_REFUSED', kind: 'review' }))
    for (const t of [a, b]) expect(rows(t, `SELECT kind FROM service_applications WHERE subject_id = ?`, twice.licenceId)).toEqual([{ kind: 'replace_lost' }])

    // Counter B issues the renewal counter A accepted; the new validity reaches counter A.
    const pending = (await b.call(await clerk(b), 'applications.pending', {})).value as { applications: ServiceApplicationView[] }
    expect(pending.applications.map((p) => p.id)).toContain(application.id)
    expect(await b.call(await clerk(b), 'applications.decide', { applicationId: application.id, decision: 'complete', note: '' })).toMatchObject({ ok: true })
    await cycle(b, a)
    const renewed = rows(a, 'SELECT valid_from, valid_until, status FROM licences WHERE id = ?', renewing.licenceId)
    expect(renewed).toEqual([{ valid_from: renewing.validUntil, valid_until: application.outcome.validUntil, status: 'valid' }])
    expect(rows(b, 'SELECT valid_from, valid_until, status FROM licences WHERE id = ?', renewing.licenceId)).toEqual(renewed)
    const seen = ((await a.call(await a.serving(renewing.citizenId), 'licence.services', {})).value as { applications: ServiceApplicationView[] }).applications
    expect(seen.find((p) => p.id === application.id)).toMatchObject({ state: 'completed' })
    // Counter A cannot issue it a second time.
    expect((await a.call(await clerk(a), 'applications.decide', { applicationId: application.id, decision: 'complete', note: '' })).error?.details?.rule).toBe('APPLICATION_NOT_OPEN')

    for (const t of [a, b]) for (const { partition, ours, theirs } of await comparePartitions(t.app, central.url, now)) expect(ours, partition).toEqual(theirs)
  })

  it('a number pre-selected at one counter is taken at the other once it has pulled', async () => {
    const body = 'LSVAU2180N2777777'
    const vin = body.slice(0, 8) + vinCheckDigit(body) + body.slice(9)
    const [first, second] = rows(a, 'SELECT id FROM citizens ORDER BY id LIMIT 2') as { id: string }[]
    const clerkA = await a.serving(first!.id)
    const drawn = (await a.call(clerkA, 'plates.draw', { vin })).value as { batches: string[][] }
    const plate = drawn.batches[0]![0]!
    expect(await a.call(clerkA, 'plates.reserve', { vin, plate, source: 'random' })).toMatchObject({ ok: true })
    await cycle(a, b)
    const other = body.slice(0, 11) + '888888'
    const composed = await b.call(await b.serving(second!.id), 'plates.compose', { vin: other.slice(0, 8) + vinCheckDigit(other) + other.slice(9), candidates: [plate.slice(2)] })
    expect((composed.value as { results: { rule: string | null }[] }).results).toEqual([expect.objectContaining({ rule: 'PLATE_TAKEN' })])
  })

  it("issues at one counter a vehicle's 行驶证 replacement accepted at the other", async () => {
    const [car] = rows(a, `SELECT id, owner_citizen_id AS citizenId FROM vehicles WHERE office_code = '370100' AND status = 'normal' AND owner_citizen_id IS NOT NULL
        AND id NOT IN (SELECT subject_id FROM service_applications) ORDER BY id LIMIT 1`) as { id: string; citizenId: string }[]
    if (!car) throw new Error('no vehicle of 370100 in the central demo data')
    const accepted = await a.call(await a.serving(car.citizenId), 'vehicle.apply', { kind: 'vehicle_licence_replace', vehicleId: car.id, reason: 'damaged' })
    expect(accepted).toMatchObject({ ok: true, value: { subject: 'vehicle', state: 'accepted' } })
    const id = (accepted.value as ServiceApplicationView).id
    await cycle(a, b)
    expect(await b.call(await clerk(b), 'applications.decide', { applicationId: id, decision: 'complete', note: '' })).toMatchObject({ ok: true, value: { state: 'completed' } })
    await cycle(b, a)
    expect(rows(a, 'SELECT state FROM service_applications WHERE id = ?', id)).toEqual([{ state: 'completed' }])
    for (const t of [a, b]) for (const { partition, ours, theirs } of await comparePartitions(t.app, central.url, now)) expect(ours, partition).toEqual(theirs)
  })
})
