import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExamBookingView } from '../src-shared/contract/exams'
import { createTestApp, movableClock, type TestApp } from './support/app'

type Result = Awaited<ReturnType<TestApp['call']>>
type Subject = 'k1' | 'k2' | 'k3_road' | 'k3_safety'
type Plans = { plans: { id: string; places: { id: string }[]; sessions: { id: string; placeId: string }[]; eligibility: { ok: boolean; rule: string | null; message: string | null } }[] }
type Overview = {
  permit: { permitIssuedOn: string | null; lastValidDay: string | null; earliestBooking: { k2: string | null; k3_road: string | null }; bookingsUsed: { k2: number } } | null
  passed: { subject: Subject; on: string }[]
  resultsVoid: { subject: Subject; failedOn: string; result: string; message: string; passes: { subject: Subject; on: string }[] } | null
  bookings: ExamBookingView[]
}

/**
 * Results recorded at the counter that change what the learner may book: a 科目一 pass issues the
 * learner's permit (E4, with E5/E6 running from it), and a failed fifth 科目二 booking voids every
 * pass (E8). One terminal whose clock the tests move.
 */
describe('exam results that change the application', () => {
  let t: TestApp
  const clock = movableClock()
  const { at } = clock
  beforeAll(async () => {
    t = await createTestApp({}, clock.now)
  })
  afterAll(() => t.close())

  const staff = (username: 'clerk' | 'admin') => t.staff(username)
  const serving = (citizenId: string) => t.serving(citizenId)
  const venueFor = (subject: Subject) =>
    (t.app.db.raw.prepare(`SELECT v.id FROM exam_venues v JOIN exam_regions r ON r.id = v.region_id WHERE r.office_code = '370100' AND v.subjects LIKE ? ORDER BY v.id LIMIT 1`).get(`%${subject}%`) as { id: string }).id
  async function createPlan(subject: Subject, opens: string, closes: string, results: string, examOn: string): Promise<string> {
    const created = await t.call(await staff('admin'), 'exams.createPlan', {
      subject,
      licenceClasses: ['C1'],
      bookingBy: 'venue',
      windowOpensOn: opens,
      windowClosesOn: closes,
      resultsOn: results,
      sessions: [{ venueId: venueFor(subject), date: examOn, startsAt: '09:00', capacity: 60 }]
    })
    expect(created.ok, JSON.stringify(created.error)).toBe(true)
    return (created.value as { planId: string }).planId
  }
  async function planFor(citizenId: string, planId: string) {
    return ((await t.call(await serving(citizenId), 'exams.plans', {})).value as Plans).plans.find((p) => p.id === planId)!
  }
  async function bookPlan(citizenId: string, planId: string): Promise<Result> {
    const plan = await planFor(citizenId, planId)
    return t.call(await serving(citizenId), 'exams.book', { mode: 'self_select', planId, placeId: plan.places[0]!.id, sessionIds: [plan.sessions[0]!.id] })
  }
  async function overviewOf(citizenId: string): Promise<Overview> {
    return (await t.call(await serving(citizenId), 'exams.overview', {})).value as Overview
  }
  /** Book `planId`, seat it on its results day and record `result` on day `record` (the exam day or later). */
  async function sit(citizenId: string, planId: string, days: { book: string; results: string; record: string }, result: 'pass' | 'fail' | 'absent'): Promise<Result> {
    at(days.book)
    const booked = await bookPlan(citizenId, planId)
    expect(booked.ok, JSON.stringify(booked.error)).toBe(true)
    at(days.results)
    expect((await t.call(await staff('admin'), 'exams.allocate', { planId })).ok).toBe(true)
    at(days.record)
    return t.call(await staff('admin'), 'exams.recordResult', { bookingId: (booked.value as ExamBookingView).id, result })
  }

  it('issues the learner’s permit on the day 科目一 is passed, and opens 科目二 ten days later (C1)', async () => {
    at('2026-11-25')
    // A freshly accepted application: no permit until 科目一 is passed.
    const citizen = (
      t.app.db.raw
        .prepare(`SELECT c.id FROM citizens c WHERE NOT EXISTS (SELECT 1 FROM learner_permits p WHERE p.citizen_id = c.id) AND c.birth_date <= '2000-01-01' ORDER BY c.id LIMIT 1`)
        .get() as { id: string }
    ).id
    t.app.db.raw
      .prepare(`INSERT INTO learner_permits (citizen_id, licence_class, application_accepted_at, permit_issued_on, office_code) VALUES (?, 'C1', '2026-11-20T01:30:00.000Z', NULL, '370100')`)
      .run(citizen)
    expect((await overviewOf(citizen)).permit).toMatchObject({ permitIssuedOn: null, lastValidDay: null, earliestBooking: { k2: null, k3_road: null } })

    const k1Plan = await createPlan('k1', '2026-11-26', '2026-11-30', '2026-12-01', '2026-12-08')
    const recorded = await sit(citizen, k1Plan, { book: '2026-11-26', results: '2026-12-01', record: '2026-12-08' }, 'pass')
    expect(recorded).toMatchObject({ ok: true, value: { subject: 'k1', status: 'completed', result: { outcome: 'pass' } } })

    expect(t.app.db.raw.prepare(`SELECT permit_issued_on AS on_ FROM learner_permits WHERE citizen_id = ?`).get(citizen)).toEqual({ on_: '2026-12-08' })
    const outbox = t.app.db.raw.prepare(`SELECT payload FROM outbox WHERE command = 'exams.recordResult' ORDER BY rowid DESC LIMIT 1`).get() as { payload: string }
    expect(JSON.parse(outbox.payload)).toMatchObject({ citizenId: citizen, subject: 'k1', result: 'pass', permitIssued: true, permitIssuedOn: '2026-12-08' })

    const overview = await overviewOf(citizen)
    expect(overview.permit).toMatchObject({ permitIssuedOn: '2026-12-08', lastValidDay: '2029-12-07', earliestBooking: { k2: '2026-12-18', k3_road: '2027-01-07' } })
    expect(overview.passed).toEqual([{ subject: 'k1', on: '2026-12-08' }])
    expect(overview.resultsVoid).toBeNull()

    // 科目二 opens on the earliest day the overview shows (E5: C1 waits 10 days), not before.
    const k2Plan = await createPlan('k2', '2026-12-09', '2026-12-25', '2026-12-26', '2027-01-05')
    at('2026-12-17')
    expect((await planFor(citizen, k2Plan)).eligibility).toMatchObject({ ok: false, rule: 'EXAM_TOO_EARLY_K2' })
    expect((await bookPlan(citizen, k2Plan)).error?.details).toMatchObject({ rule: 'EXAM_TOO_EARLY_K2', permitIssuedOn: '2026-12-08', earliestOn: '2026-12-18' })
    at('2026-12-18')
    expect(await bookPlan(citizen, k2Plan)).toMatchObject({ ok: true, value: { subject: 'k2', status: 'pending' } })
  })

  it('issues no permit for another result, and leaves the permit on record as it was', async () => {
    const [learner] = t.app.db.raw
      .prepare(
        `SELECT p.citizen_id AS id, p.permit_issued_on AS on_ FROM learner_permits p WHERE p.permit_issued_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject = 'k2')
          AND NOT EXISTS (SELECT 1 FROM exam_bookings b WHERE b.citizen_id = p.citizen_id) ORDER BY p.citizen_id LIMIT 1`
      )
      .all() as { id: string; on_: string }[]
    const outbox = () => JSON.parse((t.app.db.raw.prepare(`SELECT payload FROM outbox WHERE command = 'exams.recordResult' ORDER BY rowid DESC LIMIT 1`).get() as { payload: string }).payload) as Record<string, unknown>
    at('2026-12-20')
    const plan = await createPlan('k2', '2026-12-21', '2026-12-25', '2026-12-26', '2027-01-05')
    expect(await sit(learner!.id, plan, { book: '2026-12-21', results: '2026-12-26', record: '2027-01-05' }, 'fail')).toMatchObject({ ok: true })
    expect(outbox()).toMatchObject({ permitIssued: false, permitIssuedOn: null })
    expect(t.app.db.raw.prepare(`SELECT permit_issued_on AS on_ FROM learner_permits WHERE citizen_id = ?`).get(learner!.id)).toEqual({ on_: learner!.on_ })
  })

  it('voids every pass after the fifth failed 科目二 booking and refuses the next booking under E8', async () => {
    at('2026-11-25')
    const [learner] = (
      t.app.db.raw
        .prepare(
          `SELECT p.citizen_id AS id FROM learner_permits p WHERE p.permit_issued_on <= '2026-10-01'
            AND EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject = 'k1' AND a.result = 'pass')
            AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject = 'k2')
            AND NOT EXISTS (SELECT 1 FROM exam_bookings b WHERE b.citizen_id = p.citizen_id) ORDER BY p.citizen_id DESC LIMIT 1`
        )
        .all() as { id: string }[]
    ).map((r) => r.id)
    const k1On = (await overviewOf(learner!)).passed.find((p) => p.subject === 'k1')!.on
    // Four failed 科目二 bookings from the exam system (one of them missed), 10+ days apart (E7).
    const insert = t.app.db.raw.prepare(`INSERT INTO exam_attempts (id, citizen_id, subject, at, result) VALUES (?, ?, 'k2', ?, ?)`)
    ;(
      [
        ['2026-10-02', 'fail'],
        ['2026-10-14', 'absent'],
        ['2026-10-26', 'fail'],
        ['2026-11-07', 'fail']
      ] as const
    ).forEach(([day, result], i) => insert.run(`e8-${i}-${learner!}`, learner!, `${day}T01:00:00.000Z`, result))

    // After four failures nothing is void and the fifth booking is still allowed.
    const fifthPlan = await createPlan('k2', '2026-11-26', '2026-11-30', '2026-12-01', '2026-12-08')
    expect((await overviewOf(learner!)).resultsVoid).toBeNull()
    const recorded = await sit(learner!, fifthPlan, { book: '2026-11-26', results: '2026-12-01', record: '2026-12-09' }, 'fail')
    expect(recorded).toMatchObject({ ok: true, value: { status: 'completed', result: { outcome: 'fail' } } })

    const overview = await overviewOf(learner!)
    expect(overview.passed).toEqual([])
    expect(overview.permit?.bookingsUsed.k2).toBe(5)
    expect(overview.resultsVoid).toMatchObject({ subject: 'k2', failedOn: '2026-12-08', result: 'fail', passes: [{ subject: 'k1', on: k1On }] })
    expect(overview.resultsVoid?.message).toBe('科目二第5次预约考试（2026-12-08）仍不合格，已考科目成绩作废，须重新申请、从科目一开始。')

    // Well past the 10-day wait, the next 科目二 booking is refused by E8, not by the booking limit.
    const next = await createPlan('k2', '2026-12-20', '2026-12-31', '2027-01-01', '2027-01-12')
    at('2026-12-22')
    expect((await planFor(learner!, next)).eligibility).toMatchObject({ ok: false, rule: 'EXAM_RESULTS_VOID' })
    const refused = await bookPlan(learner!, next)
    expect(refused.error?.details).toMatchObject({ rule: 'EXAM_RESULTS_VOID', basis: 'E8', failedSubject: 'k2', failedOn: '2026-12-08' })
    expect(refused.error?.message).toContain('科目二第5次预约考试')
    expect(refused.error?.message).toContain('须重新申请、从科目一开始')
    expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM exam_bookings WHERE citizen_id = ? AND plan_id = ?`).get(learner!, next)).toEqual({ n: 0 })

    // 重新申请: the counter accepts a new application; the earlier exams stay on record but no
    // longer count, and the learner starts again from 科目一.
    const clerk = await serving(learner!)
    const reapplied = await t.call(clerk, 'exams.acceptApplication', { licenceClass: 'C1', addingToCarClass: false })
    expect(reapplied).toMatchObject({ ok: true, value: { licenceClass: 'C1', replaced: true, acceptedAt: '2026-12-22T02:00:00.000Z' } })
    const fresh = await overviewOf(learner!)
    expect(fresh.resultsVoid).toBeNull()
    expect(fresh.passed).toEqual([])
    expect(fresh.permit).toMatchObject({ permitIssuedOn: null, lastValidDay: null, bookingsUsed: { k2: 0 } })
    expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM exam_attempts WHERE citizen_id = ?`).get(learner!)).toEqual({ n: 6 })
    const outbox = t.app.db.raw.prepare(`SELECT payload FROM outbox WHERE command = 'exams.acceptApplication' ORDER BY seq DESC LIMIT 1`).get() as { payload: string }
    expect(JSON.parse(outbox.payload)).toMatchObject({ permit: { citizen_id: learner!, licence_class: 'C1', permit_issued_on: null, office_code: '370100' }, replaced: true })
    expect((await t.call(clerk, 'exams.acceptApplication', { licenceClass: 'C1', addingToCarClass: false })).error?.details).toMatchObject({ rule: 'EXAM_APPLICATION_IN_PROGRESS' })
    const k1 = await createPlan('k1', '2026-12-22', '2026-12-31', '2027-01-01', '2027-01-12')
    expect((await planFor(learner!, k1)).eligibility).toMatchObject({ ok: true })
    expect((await planFor(learner!, next)).eligibility).toMatchObject({ ok: false, rule: 'EXAM_SUBJECT_ORDER' })
  })

  it('accepts a class addition for a licence holder, and refuses a class already held or an addition without a licence', async () => {
    at('2026-11-25')
    const holder = t.app.db.raw.prepare(`SELECT citizen_id AS id, classes FROM licences WHERE status = 'valid' AND classes = 'C1' AND citizen_id NOT IN (SELECT citizen_id FROM learner_permits) ORDER BY citizen_id LIMIT 1`).get() as { id: string }
    const clerk = await serving(holder.id)
    expect((await t.call(clerk, 'exams.acceptApplication', { licenceClass: 'C1', addingToCarClass: false })).error?.details).toMatchObject({ rule: 'EXAM_APPLICATION_CLASS_HELD', licenceClass: 'C1' })
    expect(await t.call(clerk, 'exams.acceptApplication', { licenceClass: 'B2', addingToCarClass: true })).toMatchObject({ ok: true, value: { licenceClass: 'B2', replaced: false } })
    expect((await overviewOf(holder.id)).permit).toMatchObject({ permitIssuedOn: null })

    const learner = t.app.db.raw.prepare(`SELECT citizen_id AS id FROM learner_permits WHERE citizen_id NOT IN (SELECT citizen_id FROM licences) ORDER BY citizen_id LIMIT 1`).get() as { id: string }
    expect((await t.call(await serving(learner.id), 'exams.acceptApplication', { licenceClass: 'C1', addingToCarClass: true })).error?.details).toMatchObject({ rule: 'EXAM_APPLICATION_NO_LICENCE' })
    expect((await t.call(await serving(learner.id), 'exams.acceptApplication', { licenceClass: 'C1', addingToCarClass: false })).error?.details).toMatchObject({ rule: 'EXAM_APPLICATION_IN_PROGRESS' })
  })
})
