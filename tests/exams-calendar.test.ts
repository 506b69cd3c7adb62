import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureHolidayCalendar } from '../src-main/features/exams/calendar'
import type { ExamBookingView } from '../src-shared/contract/exams'
import { CHINA_2026_CALENDAR_DATA } from '../src-shared/domain/exams'
import { createTestApp, movableClock, type TestApp } from './support/app'

type Result = Awaited<ReturnType<TestApp['call']>>
type CalendarYear = { year: number; known: boolean; source: string | null; holidays: string[]; makeUpWorkdays: string[]; years: number[] }
type Plans = { plans: { id: string; places: { id: string }[]; sessions: { id: string; placeId: string }[]; eligibility: { ok: boolean; rule: string | null } }[] }
type Overview = { bookings: ExamBookingView[]; permit: { bookingsUsed: { k2: number } } }

/**
 * The admin's holiday calendar (working days for E9's cancellation deadline) and results recorded
 * at the counter (a no-show is a failed attempt: E7, E8, E9). One terminal whose clock the tests move.
 */
describe('exam calendar and results', () => {
  let t: TestApp
  const clock = movableClock()
  const { at } = clock
  beforeAll(async () => {
    t = await createTestApp({}, clock.now)
  })
  afterAll(() => t.close())

  const rule = (r: Result) => r.error?.details?.['rule']
  const staff = (username: 'clerk' | 'admin') => t.staff(username)
  const serving = (citizenId: string) => t.serving(citizenId)
  /** Learners who passed 科目一 and have not sat 科目二. */
  function learners(count: number): string[] {
    return (
      t.app.db.raw
        .prepare(
          `SELECT p.citizen_id AS id FROM learner_permits p WHERE EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject = 'k1' AND a.result = 'pass')
            AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = p.citizen_id AND a.subject = 'k2')
            AND NOT EXISTS (SELECT 1 FROM exam_bookings b WHERE b.citizen_id = p.citizen_id) ORDER BY p.citizen_id LIMIT ?`
        )
        .all(count) as { id: string }[]
    ).map((r) => r.id)
  }
  const k2Venue = () => (t.app.db.raw.prepare(`SELECT v.id FROM exam_venues v JOIN exam_regions r ON r.id = v.region_id WHERE r.office_code = '370100' AND v.subjects LIKE '%k2%' ORDER BY v.id LIMIT 1`).get() as { id: string }).id
  async function createK2Plan(opens: string, closes: string, results: string, examOn: string): Promise<string> {
    const admin = await staff('admin')
    const created = await t.call(admin, 'exams.createPlan', {
      subject: 'k2',
      licenceClasses: ['C1'],
      bookingBy: 'venue',
      windowOpensOn: opens,
      windowClosesOn: closes,
      resultsOn: results,
      sessions: [{ venueId: k2Venue(), date: examOn, startsAt: '09:00', capacity: 60 }]
    })
    expect(created.ok, JSON.stringify(created.error)).toBe(true)
    return (created.value as { planId: string }).planId
  }
  async function bookPlan(citizenId: string, planId: string): Promise<Result> {
    const clerk = await serving(citizenId)
    const plan = ((await t.call(clerk, 'exams.plans', {})).value as Plans).plans.find((p) => p.id === planId)!
    return t.call(clerk, 'exams.book', { mode: 'self_select', planId, placeId: plan.places[0]!.id, sessionIds: [plan.sessions[0]!.id] })
  }
  async function bookingOf(citizenId: string, bookingId: string): Promise<ExamBookingView> {
    const clerk = await serving(citizenId)
    return ((await t.call(clerk, 'exams.overview', {})).value as Overview).bookings.find((b) => b.id === bookingId)!
  }

  describe('the holiday calendar', () => {
    it('starts from the built-in 2026 data, readable by any staff, and knows no other year', async () => {
      const clerk = await staff('clerk')
      const year = (await t.call(clerk, 'exams.calendar', { year: 2026 })).value as CalendarYear
      expect(year).toMatchObject({ year: 2026, known: true, source: 'builtin', years: [2026] })
      expect(year.holidays).toEqual([...CHINA_2026_CALENDAR_DATA.holidays].sort())
      expect(year.makeUpWorkdays).toEqual([...CHINA_2026_CALENDAR_DATA.makeUpWorkdays].sort())
      expect(await t.call(clerk, 'exams.calendar', { year: 2027 })).toMatchObject({ ok: true, value: { known: false, holidays: [], makeUpWorkdays: [] } })
      expect((await t.call(clerk, 'exams.updateCalendar', { year: 2027, holidays: [], makeUpWorkdays: [] })).error?.code).toBe('FORBIDDEN')
    })

    it('round-trips a year the admin enters, into the outbox and the audit log, and a restart does not re-seed it', async () => {
      const admin = await staff('admin')
      const saved = await t.call(admin, 'exams.updateCalendar', { year: 2027, holidays: ['2027-01-01', '2027-02-08', '2027-01-01'], makeUpWorkdays: ['2027-02-06'] })
      expect(saved).toMatchObject({ ok: true, value: { year: 2027, known: true, source: 'admin', holidays: ['2027-01-01', '2027-02-08'], makeUpWorkdays: ['2027-02-06'], years: [2026, 2027] } })
      expect(await t.call(admin, 'exams.calendar', { year: 2027 })).toEqual(saved)
      expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM outbox WHERE command = 'exams.updateCalendar'`).get()).toEqual({ n: 1 })
      expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'exams.updateCalendar'`).get()).toEqual({ n: 1 })

      // Emptying a year is a deliberate "weekends only" and survives the start-up seeding.
      expect(await t.call(admin, 'exams.updateCalendar', { year: 2027, holidays: [], makeUpWorkdays: [] })).toMatchObject({ ok: true, value: { known: true, holidays: [] } })
      ensureHolidayCalendar(t.app.db)
      expect(await t.call(admin, 'exams.calendar', { year: 2027 })).toMatchObject({ ok: true, value: { known: true, holidays: [], makeUpWorkdays: [] } })
      expect(((await t.call(admin, 'exams.calendar', { year: 2026 })).value as CalendarYear).holidays).toHaveLength(CHINA_2026_CALENDAR_DATA.holidays.length)
    })

    it('refuses bad data by rule, naming the date, and keeps the year as it was', async () => {
      const admin = await staff('admin')
      const refuse = async (holidays: string[], makeUpWorkdays: string[]) => t.call(admin, 'exams.updateCalendar', { year: 2026, holidays, makeUpWorkdays })
      const weekday = await refuse([], ['2026-03-04'])
      expect(rule(weekday)).toBe('CALENDAR_MAKEUP_NOT_WEEKEND')
      expect(weekday.error?.message).toContain('2026-03-04')
      expect(weekday.error?.details?.['date']).toBe('2026-03-04')
      expect(rule(await refuse(['2026-03-07'], ['2026-03-07']))).toBe('CALENDAR_DATE_IN_BOTH')
      const outside = await refuse(['2027-01-01'], [])
      expect(rule(outside)).toBe('CALENDAR_DATE_OUTSIDE_YEAR')
      expect(outside.error?.message).toContain('2027-01-01')
      expect(rule(await refuse(['2026-02-30'], []))).toBe('CALENDAR_DATE_INVALID')
      expect((await refuse(['26-1-1'], [])).error?.code).toBe('INVALID_INPUT')
      expect((await t.call(admin, 'exams.updateCalendar', { year: 1999, holidays: [], makeUpWorkdays: [] })).error?.code).toBe('INVALID_INPUT')
      const year = (await t.call(admin, 'exams.calendar', { year: 2026 })).value as CalendarYear
      expect(year.source).toBe('builtin')
      expect(year.makeUpWorkdays).toEqual([...CHINA_2026_CALENDAR_DATA.makeUpWorkdays].sort())
      expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM outbox WHERE command = 'exams.updateCalendar'`).get()).toEqual({ n: 2 })
    })
  })

  describe('deadlines and results on a seat for Tuesday 2026-12-08', () => {
    let planId = ''
    const bookings = new Map<string, string>()
    let a = ''
    let b = ''
    let c = ''

    beforeAll(async () => {
      at('2026-11-25')
      planId = await createK2Plan('2026-11-26', '2026-11-30', '2026-12-01', '2026-12-08')
      ;[a, b, c] = learners(3) as [string, string, string]
      at('2026-11-26')
      for (const citizen of [a, b, c]) {
        const booked = await bookPlan(citizen, planId)
        expect(booked.ok, JSON.stringify(booked.error)).toBe(true)
        bookings.set(citizen, (booked.value as ExamBookingView).id)
      }
      // C withdraws while the window is open, so C's booking is never seated.
      expect((await t.call(await serving(c), 'exams.cancel', { bookingId: bookings.get(c)! })).ok).toBe(true)
      at('2026-12-01')
      expect(await t.call(await staff('admin'), 'exams.allocate', { planId })).toMatchObject({ ok: true, value: { applications: 2, seated: 2 } })
    })

    it('moves the cancellation deadline when the admin makes the day before the exam a holiday', async () => {
      at('2026-12-04')
      const before = await bookingOf(a, bookings.get(a)!)
      expect(before).toMatchObject({ status: 'seated', cancelDeadline: '2026-12-07', cancellable: true, result: null, resultRecordable: false })

      const admin = await staff('admin')
      const year = (await t.call(admin, 'exams.calendar', { year: 2026 })).value as CalendarYear
      expect((await t.call(admin, 'exams.updateCalendar', { year: 2026, holidays: [...year.holidays, '2026-12-07'], makeUpWorkdays: year.makeUpWorkdays })).ok).toBe(true)
      // Monday 7 December is now a day off, so the last working day before the exam is Friday 4 December.
      expect(await bookingOf(a, bookings.get(a)!)).toMatchObject({ status: 'seated', cancelDeadline: '2026-12-04', cancellable: true })

      at('2026-12-05')
      expect(await bookingOf(a, bookings.get(a)!)).toMatchObject({ cancelDeadline: '2026-12-04', cancellable: false })
      expect(rule(await t.call(await serving(a), 'exams.cancel', { bookingId: bookings.get(a)! }))).toBe('EXAM_CANCEL_TOO_LATE')

      // Taking the holiday away again brings the deadline back.
      expect((await t.call(admin, 'exams.updateCalendar', { year: 2026, holidays: year.holidays, makeUpWorkdays: year.makeUpWorkdays })).ok).toBe(true)
      expect(await bookingOf(a, bookings.get(a)!)).toMatchObject({ cancelDeadline: '2026-12-07', cancellable: true })
    })

    it('refuses a result before the exam day, for an unseated booking, for someone else’s booking, and twice', async () => {
      at('2026-12-07')
      expect(rule(await t.call(await serving(b), 'exams.recordResult', { bookingId: bookings.get(b)!, result: 'pass' }))).toBe('EXAM_RESULT_TOO_EARLY')
      at('2026-12-09')
      expect(rule(await t.call(await serving(c), 'exams.recordResult', { bookingId: bookings.get(c)!, result: 'absent' }))).toBe('EXAM_RESULT_NOT_SEATED')
      // A clerk records only for the citizen being served.
      expect((await t.call(await serving(a), 'exams.recordResult', { bookingId: bookings.get(b)!, result: 'pass' })).error?.code).toBe('NOT_FOUND')

      // After the exam day and before a result, the applicant reads "result pending", not "seated".
      expect(await bookingOf(a, bookings.get(a)!)).toMatchObject({ status: 'result_pending', resultRecordable: true, cancellable: false })
      // An admin records by booking; a pass closes the subject.
      expect(await t.call(await staff('admin'), 'exams.recordResult', { bookingId: bookings.get(a)!, result: 'pass' })).toMatchObject({
        ok: true,
        value: { status: 'completed', result: { outcome: 'pass', at: '2026-12-08T01:00:00.000Z' }, resultRecordable: false }
      })
      expect(rule(await t.call(await serving(a), 'exams.recordResult', { bookingId: bookings.get(a)!, result: 'fail' }))).toBe('EXAM_RESULT_RECORDED')
      const overview = (await t.call(await serving(a), 'exams.overview', {})).value as Overview & { passed: { subject: string; on: string }[] }
      expect(overview.passed).toContainEqual({ subject: 'k2', on: '2026-12-08' })
    })

    it('counts a no-show as a failed attempt: one booking used, and no new 科目二 booking for 10 days', async () => {
      at('2026-12-09')
      const clerk = await serving(b)
      const absent = await t.call(clerk, 'exams.recordResult', { bookingId: bookings.get(b)!, result: 'absent' })
      expect(absent).toMatchObject({ ok: true, value: { status: 'completed', result: { outcome: 'absent' } } })
      expect(t.app.db.raw.prepare(`SELECT result, booking_id FROM exam_attempts WHERE booking_id = ?`).get(bookings.get(b)!)).toEqual({ result: 'absent', booking_id: bookings.get(b)! })
      expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM outbox WHERE command = 'exams.recordResult'`).get()).toEqual({ n: 2 })
      // The seat and its result are one booking of the five, not two (E8).
      expect(((await t.call(clerk, 'exams.overview', {})).value as Overview).permit.bookingsUsed.k2).toBe(1)

      const next = await createK2Plan('2026-12-09', '2026-12-20', '2026-12-21', '2027-01-05')
      const plan = ((await t.call(await serving(b), 'exams.plans', {})).value as Plans).plans.find((p) => p.id === next)!
      expect(plan.eligibility).toMatchObject({ ok: false, rule: 'EXAM_RETAKE_WAIT' })
      const refused = await bookPlan(b, next)
      expect(refused.error?.details).toMatchObject({ rule: 'EXAM_RETAKE_WAIT', failedOn: '2026-12-08', earliestOn: '2026-12-18' })

      at('2026-12-17')
      expect(rule(await bookPlan(b, next))).toBe('EXAM_RETAKE_WAIT')
      at('2026-12-18')
      expect(await bookPlan(b, next)).toMatchObject({ ok: true, value: { status: 'pending', ranking: { reason: 'previous_exam', at: '2026-12-08T01:00:00.000Z' } } })
    })
  })
})
