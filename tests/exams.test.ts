import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ExamBookingView } from '../src-shared/contract/exams'
import { createTestApp, movableClock, type TestApp } from './support/app'

describe('exam appointments', () => {
  let t: TestApp
  const clock = movableClock()
  beforeAll(async () => {
    t = await createTestApp({}, clock.now)
  })
  afterAll(() => t.close())

  const rule = (r: Awaited<ReturnType<TestApp['call']>>) => r.error?.details?.rule
  const staff = (username: 'clerk' | 'admin') => t.staff(username)
  /** Learners who passed 科目一 but not 科目二. */
  function learners(count: number): string[] {
    return (t.app.db.raw
      .prepare(`SELECT p.citizen_id AS id FROM learner_permits p WHERE EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject = 'k1' AND a.result = 'pass')
                AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject = 'k2') ORDER BY p.citizen_id LIMIT ?`)
      .all(count) as { id: string }[]).map((r) => r.id)
  }
  async function serving(citizenId: string) {
    const clerk = await staff('clerk')
    await t.call(clerk, 'counter.serve', { citizenId, verification: 'inspected_card' })
    return clerk
  }
  type Plans = { plans: { id: string; subject: string; bookingBy: string; licenceClasses: string[]; resultsOn: string; places: { id: string }[]; sessions: { id: string; placeId: string; capacity: number }[]; eligibility: { ok: boolean; rule: string | null } }[] }

  it('lists open plans with a named refusal where the applicant may not book', async () => {
    const [learner] = learners(1)
    const clerk = await serving(learner!)
    const { plans } = (await t.call(clerk, 'exams.plans', {})).value as Plans
    expect(plans.length).toBeGreaterThan(0)
    const k1 = plans.find((p) => p.subject === 'k1' && p.licenceClasses.includes('C1'))
    expect(k1?.eligibility).toMatchObject({ ok: false, rule: 'EXAM_ALREADY_PASSED' })
    const k2 = plans.find((p) => p.subject === 'k2' && p.licenceClasses.includes('C1'))
    expect(k2?.eligibility.ok).toBe(true)
  })

  it('books, explains the ranking time, shows the standing, and cancels while the window is open', async () => {
    const [a, b] = learners(2)
    const clerkA = await serving(a!)
    const { plans } = (await t.call(clerkA, 'exams.plans', {})).value as Plans
    const plan = plans.find((p) => p.subject === 'k2' && p.licenceClasses.includes('C1') && p.eligibility.ok)!
    const place = plan.places[0]!.id
    const session = plan.sessions.find((s) => s.placeId === place)!
    const booked = await t.call(clerkA, 'exams.book', { mode: 'self_select', planId: plan.id, placeId: place, sessionIds: [session.id] })
    expect(booked).toMatchObject({ ok: true, value: { status: 'pending', ranking: { reason: 'previous_exam' }, standing: { position: 1, applicants: 1, seats: session.capacity } } })
    expect((booked.value as ExamBookingView).ranking.explanation.length).toBeGreaterThan(4)
    expect(rule(await t.call(clerkA, 'exams.book', { mode: 'self_select', planId: plan.id, placeId: place, sessionIds: [session.id] }))).toBe('EXAM_ALREADY_PENDING')
    expect(rule(await t.call(clerkA, 'exams.book', { mode: 'self_select', planId: plan.id, placeId: place, sessionIds: ['nope'] }))).toMatch(/EXAM_/)

    const clerkB = await serving(b!)
    const second = await t.call(clerkB, 'exams.book', { mode: 'arrangement', planId: plan.id, placeId: place, from: '2026-01-01', to: '2027-12-31' })
    expect((second.value as ExamBookingView).standing?.applicants).toBe(2)

    const id = (booked.value as ExamBookingView).id
    expect(await t.call(clerkA, 'exams.cancel', { bookingId: id })).toMatchObject({ ok: true, value: { status: 'cancelled', cancellable: false } })
    expect(rule(await t.call(clerkA, 'exams.cancel', { bookingId: id }))).toBe('EXAM_NOT_CANCELLABLE')
  })

  it('allocates a whole plan on its results day, records the draw, and a seat can be given back a working day ahead', async () => {
    const [, b] = learners(2)
    const admin = await staff('admin')
    const planId = (t.app.db.raw.prepare(`SELECT plan_id FROM exam_bookings WHERE citizen_id = ? AND status = 'pending'`).get(b!) as { plan_id: string }).plan_id
    expect(rule(await t.call(admin, 'exams.allocate', { planId }))).toBe('EXAM_NOT_RESULTS_DAY')
    const resultsOn = (t.app.db.raw.prepare('SELECT results_on FROM exam_plans WHERE id = ?').get(planId) as { results_on: string }).results_on
    clock.at(resultsOn)
    const admin2 = await staff('admin')
    expect(await t.call(admin2, 'exams.allocate', { planId })).toMatchObject({ ok: true, value: { applications: 1, seated: 1 } })
    expect(rule(await t.call(admin2, 'exams.allocate', { planId }))).toBe('EXAM_ALREADY_ALLOCATED')
    expect(t.app.db.raw.prepare('SELECT seed FROM exam_allocations WHERE plan_id = ?').get(planId)).toMatchObject({ seed: expect.any(Number) })

    const clerk = await serving(b!)
    const overview = (await t.call(clerk, 'exams.overview', {})).value as { bookings: ExamBookingView[]; permit: { bookingsUsed: { k2: number } } }
    const seated = overview.bookings.find((x) => x.status === 'seated')!
    expect(seated.seat).not.toBeNull()
    expect(overview.permit.bookingsUsed.k2).toBe(1)
    expect(seated.cancelDeadline! < seated.seat!.date).toBe(true)

    // The appointment slip: an 80 mm PDF whose QR code any counter verifies offline.
    const slip = (await t.call(clerk, 'exams.slip', { bookingId: seated.id })).value as { qrPayload: string; pdfBase64: string }
    const file = join(t.app.dataDir, 'slip.pdf')
    writeFileSync(file, Buffer.from(slip.pdfBase64, 'base64'))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('考试预约凭证')
    expect(text).toContain(seated.seat!.date)
    expect(text).toContain(seated.seat!.venueName)
    expect(await t.call(clerk, 'exams.verifySlip', { payload: slip.qrPayload })).toMatchObject({ ok: true, value: { verdict: 'genuine', slip: { bookingId: seated.id } } })
    const [prefix, body, signature] = slip.qrPayload.split('.')
    const edited = JSON.parse(Buffer.from(body!, 'base64url').toString()) as { date: string }
    edited.date = '2099-01-01'
    expect((await t.call(clerk, 'exams.verifySlip', { payload: `${prefix}.${Buffer.from(JSON.stringify(edited)).toString('base64url')}.${signature}` })).value).toMatchObject({ verdict: 'forged' })
    expect(await t.call(clerk, 'exams.cancel', { bookingId: seated.id })).toMatchObject({ ok: true, value: { status: 'cancelled' } })
    // The cancelled seat now sets this applicant's ranking time (E13).
    const after = (await t.call(clerk, 'exams.overview', {})).value as { bookings: ExamBookingView[] }
    expect(after.bookings.find((x) => x.id === seated.id)?.ranking.reason).toBe('cancelled_booking')
  })

  it('lets an admin publish a plan only 10 days or more before its first exam', async () => {
    clock.at('2026-11-25')
    const admin = await staff('admin')
    const venue = t.app.db.raw.prepare(`SELECT v.id FROM exam_venues v JOIN exam_regions r ON r.id = v.region_id WHERE r.office_code = '370100' AND v.subjects LIKE '%k2%' LIMIT 1`).get() as { id: string }
    const plan = (firstExam: string) => ({
      subject: 'k2',
      licenceClasses: ['C1', 'C2'],
      bookingBy: 'venue',
      windowOpensOn: '2026-11-26',
      windowClosesOn: '2026-11-30',
      resultsOn: '2026-12-01',
      sessions: [{ venueId: venue.id, date: firstExam, startsAt: '09:00', capacity: 60 }]
    })
    expect(await t.call(admin, 'exams.createPlan', plan('2026-12-04'))).toMatchObject({ ok: false, error: { details: { rule: 'EXAM_PLAN_TOO_LATE', earliest: '2026-12-05' } } })
    const created = await t.call(admin, 'exams.createPlan', plan('2026-12-05'))
    expect(created).toMatchObject({ ok: true, value: { firstExamOn: '2026-12-05' } })
    const list = (await t.call(admin, 'exams.planList', {})).value as { plans: { id: string; seats: number; canAllocate: boolean; allocation: unknown }[]; venues: { id: string }[] }
    expect(list.plans.find((p) => p.id === (created.value as { planId: string }).planId)).toMatchObject({ seats: 60, canAllocate: false, allocation: null })
    expect(list.venues.map((v) => v.id)).toContain(venue.id)
    const bad = await t.call(admin, 'exams.createPlan', { ...plan('2026-12-10'), resultsOn: '2026-11-20' })
    expect(bad.error?.code).toBe('INVALID_INPUT')
  })

  it('refuses a citizen with no learner record by name', async () => {
    const licensed = (t.app.db.raw.prepare('SELECT citizen_id FROM licences LIMIT 1').get() as { citizen_id: string }).citizen_id
    const clerk = await serving(licensed)
    expect(rule(await t.call(clerk, 'exams.book', { mode: 'arrangement', planId: 'x', placeId: 'y', from: '2026-12-01', to: '2026-12-02' }))).toBe('EXAM_NO_PERMIT')
  })
})
