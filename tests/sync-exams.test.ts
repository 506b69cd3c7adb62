import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExamBookingView } from '../src-shared/contract/exams'
import { startCentral, TEST_DEMO_TODAY, type StartedCentral } from '../central/testing'
import type { TestApp } from './support/app'
import { comparePartitions, enrolledTerminal, ENROLLED_ADMIN_PASSWORD, syncCycle } from './support/sync-check'

/**
 * Exam appointments on enrolled terminals: the office's learners, plans, bookings and
 * allocations are the central service's records, replicated to every terminal of the office.
 * Two counters take bookings for the same plan; one person booked on both while offline is
 * refused centrally and dropped from the second; the allocation run on one counter is re-run
 * centrally and reaches the other; a seat given back at the other counter reaches the first.
 */

type Plans = { plans: { id: string; subject: string; licenceClasses: string[]; resultsOn: string; places: { id: string }[]; sessions: { id: string; placeId: string; date: string }[]; eligibility: { ok: boolean } }[] }

describe('exam appointments across terminals', () => {
  let clock = new Date(`${TEST_DEMO_TODAY}T02:00:00Z`)
  const now = () => clock
  let central: StartedCentral
  let centralClosed = false
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
    if (!centralClosed) await central?.close()
  })

  const cycle = syncCycle
  const rows = (t: TestApp, sql: string, ...params: unknown[]) => t.app.db.raw.prepare(sql).all(...params) as Record<string, unknown>[]
  async function admin(t: TestApp) {
    const session = t.app.sessions.create()
    expect(await t.call(session, 'auth.signIn', { kind: 'staff', username: 'admin', password: ENROLLED_ADMIN_PASSWORD })).toMatchObject({ ok: true })
    return session
  }

  it('books on two counters, refuses a person booked twice offline, allocates once for both, frees a seat given back elsewhere and takes the exam system’s result', async () => {
    // The office's learners arrived with the first sync, the same on both counters.
    const learners = rows(a, `SELECT p.citizen_id AS id FROM learner_permits p WHERE p.office_code = '370100'
        AND NOT EXISTS (SELECT 1 FROM exam_attempts x WHERE x.citizen_id = p.citizen_id AND x.subject = 'k2') ORDER BY p.citizen_id LIMIT 3`).map((row) => String(row.id))
    expect(learners).toHaveLength(3)
    expect(rows(b, 'SELECT count(*) AS n FROM learner_permits')).toEqual(rows(a, 'SELECT count(*) AS n FROM learner_permits'))
    const [first, second, twice] = learners as [string, string, string]

    const clerkA = await a.serving(first)
    const { plans } = (await a.call(clerkA, 'exams.plans', {})).value as Plans
    const plan = plans.find((p) => p.subject === 'k2' && p.licenceClasses.includes('C1') && p.eligibility.ok)
    if (!plan) throw new Error('no open 科目二 plan for C1 in the central demo data')
    const place = plan.places[0]!.id
    const sessions = plan.sessions.filter((s) => s.placeId === place)
    const arrangement = { mode: 'arrangement', planId: plan.id, placeId: place, from: sessions[0]!.date, to: sessions.at(-1)!.date }
    expect(await a.call(clerkA, 'exams.book', { mode: 'self_select', planId: plan.id, placeId: place, sessionIds: [sessions[0]!.id] })).toMatchObject({ ok: true })
    expect(await b.call(await b.serving(second), 'exams.book', arrangement)).toMatchObject({ ok: true })
    // The third learner is booked on both counters before either syncs.
    expect(await a.call(await a.serving(twice), 'exams.book', arrangement)).toMatchObject({ ok: true })
    expect(await b.call(await b.serving(twice), 'exams.book', arrangement)).toMatchObject({ ok: true })

    await cycle(a, b, a)
    expect(b.app.sync.tasks('open')).toContainEqual(expect.objectContaining({ command: 'exams.book', code: 'EXAM_BOOKING_REFUSED', kind: 'review' }))
    // The refused booking is gone from the counter that took it; both counters rank the same three.
    for (const t of [a, b]) {
      expect(rows(t, `SELECT citizen_id FROM exam_bookings WHERE plan_id = ? AND status = 'pending' ORDER BY citizen_id`, plan.id).map((row) => row.citizen_id)).toEqual([...learners].sort())
    }
    const standing = (await b.call(await b.serving(second), 'exams.overview', {})).value as { bookings: ExamBookingView[] }
    expect(standing.bookings.find((booking) => booking.planId === plan.id)?.standing?.applicants).toBe(3)

    // Results day: allocation on counter A, re-run by the central service, pulled by counter B.
    clock = new Date(`${plan.resultsOn}T02:00:00Z`)
    await cycle(a, b)
    const allocated = await a.call(await admin(a), 'exams.allocate', { planId: plan.id })
    expect(allocated).toMatchObject({ ok: true, value: { applications: 3 } })
    await cycle(a, b)
    const outcome = (t: TestApp) => rows(t, `SELECT id, status, seated_session_id, rank_position FROM exam_bookings WHERE plan_id = ? ORDER BY id`, plan.id)
    expect(outcome(b)).toEqual(outcome(a))
    expect(outcome(b).every((row) => row.status === 'seated' || row.status === 'not_seated')).toBe(true)
    expect(rows(b, 'SELECT seed FROM exam_allocations WHERE plan_id = ?', plan.id)).toEqual([{ seed: (allocated.value as { seed: number }).seed }])
    expect((await b.call(await admin(b), 'exams.allocate', { planId: plan.id })).error?.details?.rule).toBe('EXAM_ALREADY_ALLOCATED')

    // The first learner gives the seat back at counter B; counter A sees it cancelled.
    const clerkB = await b.serving(first)
    const seat = ((await b.call(clerkB, 'exams.overview', {})).value as { bookings: ExamBookingView[] }).bookings.find((booking) => booking.planId === plan.id && booking.status === 'seated')
    if (!seat) throw new Error('the first learner was not seated')
    expect(await b.call(clerkB, 'exams.cancel', { bookingId: seat.id })).toMatchObject({ ok: true, value: { status: 'cancelled' } })
    await cycle(b, a)
    expect(rows(a, 'SELECT status, was_seated FROM exam_bookings WHERE id = ?', seat.id)).toEqual([{ status: 'cancelled', was_seated: 1 }])
    // The exam system reports the second learner's result centrally; it reaches both counters,
    // and a counter cannot record the same seat again.
    const [secondSeat] = rows(a, `SELECT id, seated_session_id AS sessionId FROM exam_bookings WHERE plan_id = ? AND citizen_id = ? AND status = 'seated'`, plan.id, second)
    if (!secondSeat) throw new Error('the second learner was not seated')
    const [session] = rows(a, 'SELECT exam_date AS date FROM exam_sessions WHERE id = ?', secondSeat.sessionId)
    clock = new Date(`${String(session!.date)}T10:00:00Z`)
    const imported = await fetch(`${central.url}/v1/admin/exam-results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${central.adminToken}` },
      body: JSON.stringify({ results: [{ bookingId: secondSeat.id, result: 'pass' }] })
    })
    expect(await imported.json()).toEqual({ results: [{ bookingId: secondSeat.id, status: 'recorded', attemptId: `exam-system-${String(secondSeat.id)}` }] })
    await cycle(a, b)
    const seen = ((await b.call(await b.serving(second), 'exams.overview', {})).value as { bookings: ExamBookingView[] }).bookings.find((booking) => booking.id === secondSeat.id)
    expect(seen).toMatchObject({ status: 'completed', result: { outcome: 'pass' } })
    expect((await a.call(await a.serving(second), 'exams.recordResult', { bookingId: secondSeat.id, result: 'fail' })).error?.details?.rule).toBe('EXAM_RESULT_RECORDED')

    for (const t of [a, b]) for (const { partition, ours, theirs } of await comparePartitions(t.app, central.url, now)) expect(ours, partition).toEqual(theirs)
  })

  it("takes the office's exam settings and the province's holiday calendar set at one counter to the other", async () => {
    const adminA = await admin(a)
    expect(await b.call(await admin(b), 'exams.settings', {})).toMatchObject({ ok: true, value: { source: 'terminal', allowConcurrentK2K3: false } })
    expect(await a.call(adminA, 'exams.updateSettings', { allowConcurrentK2K3: true, priorityBooking: true })).toMatchObject({ ok: true, value: { source: 'office' } })
    const year = Number(TEST_DEMO_TODAY.slice(0, 4)) + 2
    const holidays = [`${year}-01-01`, `${year}-10-01`]
    expect(await a.call(adminA, 'exams.updateCalendar', { year, holidays, makeUpWorkdays: [] })).toMatchObject({ ok: true, value: { source: 'admin' } })
    await cycle(a, b)

    const adminB = await admin(b)
    expect(await b.call(adminB, 'exams.settings', {})).toMatchObject({ ok: true, value: { source: 'office', allowConcurrentK2K3: true, priorityBooking: true } })
    expect(await b.call(adminB, 'exams.calendar', { year })).toMatchObject({ ok: true, value: { known: true, source: 'admin', holidays, makeUpWorkdays: [] } })
    // Each counter's built-in year stays as it was: only years an administrator set travel.
    for (const t of [a, b]) expect(rows(t, `SELECT source FROM holiday_calendars WHERE year = '2026'`)).toEqual([{ source: 'builtin' }])

    // Counter B changes the settings back; counter A follows on its next pull.
    expect(await b.call(adminB, 'exams.updateSettings', { allowConcurrentK2K3: false, priorityBooking: true })).toMatchObject({ ok: true })
    await cycle(b, a)
    expect(await a.call(adminA, 'exams.settings', {})).toMatchObject({ ok: true, value: { source: 'office', allowConcurrentK2K3: false, priorityBooking: true } })

    // Enrolled, both are the central service's: a counter that cannot reach it refuses to change them.
    const offline = await enrolledTerminal(central, '窗口3', { now })
    try {
      // The new counter's first pull brought both.
      expect(await offline.call(await admin(offline), 'exams.settings', {})).toMatchObject({ ok: true, value: { source: 'office', allowConcurrentK2K3: false } })
      expect(rows(offline, 'SELECT holidays FROM holiday_calendars WHERE year = ?', String(year))).toEqual([{ holidays: JSON.stringify(holidays) }])
      await cycle(a, b) // the new counter's receipt key
      for (const t of [a, b, offline]) for (const { partition, ours, theirs } of await comparePartitions(t.app, central.url, now)) expect(ours, partition).toEqual(theirs)
      await central.close()
      centralClosed = true
      await offline.app.sync.runCycle()
      const refused = await offline.call(await admin(offline), 'exams.updateSettings', { allowConcurrentK2K3: true, priorityBooking: true })
      expect(refused.error).toMatchObject({ code: 'RULE_VIOLATION', details: { rule: 'OFFLINE_ONLINE_ONLY' } })
    } finally {
      await offline.close()
    }
  })
})
