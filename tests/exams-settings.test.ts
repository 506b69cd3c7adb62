import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, movableClock, type TestApp } from './support/app'

type Plans = { plans: { id: string; subject: string; licenceClasses: string[]; places: { id: string }[]; sessions: { id: string; placeId: string }[]; eligibility: { ok: boolean; rule: string | null } }[] }

/**
 * The office's exam settings on one terminal: the configuration applies until an administrator
 * sets the office's own, which then decide eligibility (E16: 科目二 and 科目三 road pending at once)
 * for every booking made here, and travel in the outbox to the central service.
 */
describe('office exam settings', () => {
  let t: TestApp
  const clock = movableClock()
  beforeAll(async () => {
    t = await createTestApp({}, clock.now)
  })
  afterAll(() => t.close())

  /** A C1 learner with 科目一 passed, nothing else sat, and a permit old enough for 科目三 road (E6). */
  function learner(): string {
    const row = t.app.db.raw
      .prepare(
        `SELECT p.citizen_id AS id FROM learner_permits p WHERE p.licence_class = 'C1' AND p.permit_issued_on <= date(?, '-60 days') AND p.office_code = '370100'
          AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject <> 'k1')
          AND NOT EXISTS (SELECT 1 FROM exam_bookings b WHERE b.citizen_id = p.citizen_id) ORDER BY p.citizen_id LIMIT 1`
      )
      .get(clock.now().toISOString().slice(0, 10)) as { id: string } | undefined
    if (!row) throw new Error('no C1 learner old enough for 科目三 in the demo data')
    return row.id
  }

  it('starts from the configuration, readable by staff, settable by an administrator only', async () => {
    const clerk = await t.staff('clerk')
    expect(await t.call(clerk, 'exams.settings', {})).toEqual({
      ok: true,
      value: { officeCode: '370100', allowConcurrentK2K3: false, priorityBooking: false, source: 'terminal', updatedAt: null, updatedBy: null }
    })
    expect((await t.call(clerk, 'exams.updateSettings', { allowConcurrentK2K3: true, priorityBooking: false })).error?.code).toBe('FORBIDDEN')
    expect((await t.call(await t.staff('admin'), 'exams.updateSettings', { allowConcurrentK2K3: 'yes' })).error?.code).toBe('INVALID_INPUT')
  })

  it("decides whether 科目二 and 科目三 road may be pending together, and records who changed it", async () => {
    const citizen = learner()
    const clerk = await t.serving(citizen)
    const plans = async () => ((await t.call(clerk, 'exams.plans', {})).value as Plans).plans.filter((p) => p.licenceClasses.includes('C1'))
    const k2 = (await plans()).find((p) => p.subject === 'k2' && p.eligibility.ok)
    if (!k2) throw new Error('no open 科目二 plan for C1')
    const place = k2.places[0]!.id
    const session = k2.sessions.find((s) => s.placeId === place)!
    expect(await t.call(clerk, 'exams.book', { mode: 'self_select', planId: k2.id, placeId: place, sessionIds: [session.id] })).toMatchObject({ ok: true })
    const k3 = async () => (await plans()).filter((p) => p.subject === 'k3_road').map((p) => p.eligibility)
    expect((await k3()).length).toBeGreaterThan(0)
    expect(await k3()).toEqual((await k3()).map(() => expect.objectContaining({ ok: false, rule: 'EXAM_ONE_PENDING' })))

    const admin = await t.staff('admin')
    const saved = await t.call(admin, 'exams.updateSettings', { allowConcurrentK2K3: true, priorityBooking: false })
    expect(saved).toMatchObject({ ok: true, value: { allowConcurrentK2K3: true, source: 'office', updatedAt: clock.now().toISOString(), updatedBy: expect.any(String) } })
    expect((await k3()).every((verdict) => verdict.rule !== 'EXAM_ONE_PENDING')).toBe(true)
    expect((await k3()).some((verdict) => verdict.ok)).toBe(true)
    // The row travels as written; the change is audited.
    const outbox = t.app.db.raw.prepare(`SELECT payload FROM outbox WHERE command = 'exams.updateSettings'`).all() as { payload: string }[]
    expect(outbox.map((row) => JSON.parse(row.payload))).toEqual([{ settings: expect.objectContaining({ office_code: '370100', allow_concurrent_k2k3: 1, priority_booking: 0 }) }])
    expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'exams.updateSettings'`).get()).toEqual({ n: 1 })

    // Back to one subject at a time: the rule is in force again at once.
    expect(await t.call(admin, 'exams.updateSettings', { allowConcurrentK2K3: false, priorityBooking: false })).toMatchObject({ ok: true, value: { source: 'office' } })
    expect(await k3()).toEqual((await k3()).map(() => expect.objectContaining({ ok: false, rule: 'EXAM_ONE_PENDING' })))
  })
})
