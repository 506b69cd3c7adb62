import { afterEach, describe, expect, it } from 'vitest'
import { addDays } from '../src-shared/domain/civil-date'
import type { ExamAttemptRow, ExamBookingRow, LearnerPermitRow } from '../src-shared/domain/exams'
import { enrolTestTerminal, pushCommand, readRecords, startCentral, testDatabases, TEST_DEMO_TODAY, type StartedCentral } from './testing'

const AT = `${TEST_DEMO_TODAY}T03:00:00.000Z`

/**
 * Reference data set at one terminal for many: the province's holiday calendar and an office's
 * exam settings. The central service checks and publishes them, and its own copy of the office's
 * settings — not the terminal's — decides bookings it re-checks.
 */
describe.each(testDatabases())('reference data executors ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  const calendar = (year: number, holidays: string[], makeUpWorkdays: string[]) => ({
    calendar: { year: String(year), holidays: JSON.stringify(holidays), make_up_workdays: JSON.stringify(makeUpWorkdays), source: 'admin', updated_at: AT, updated_by: 'admin-1' }
  })

  it.skipIf(database.skip)('publishes a checked calendar year province-wide and refuses a year that breaks a calendar rule, naming it', async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 2_000 }))
    const terminal = await enrolTestTerminal(c, { officeCode: '370100' })
    expect(await pushCommand(terminal, 'exams.updateCalendar', calendar(2027, ['2027-02-08', '2027-01-01'], ['2027-02-06']), { version: 2 })).toMatchObject({ status: 'applied' })
    // Stored sorted, in the province partition every terminal pulls.
    expect(await readRecords(c, 'holiday_calendars', 'province')).toEqual([
      { year: '2027', holidays: '["2027-01-01","2027-02-08"]', make_up_workdays: '["2027-02-06"]', source: 'admin', updated_at: AT, updated_by: 'admin-1' }
    ])

    const weekday = await pushCommand(terminal, 'exams.updateCalendar', calendar(2027, [], ['2027-03-03']), { version: 2 })
    expect(weekday).toMatchObject({ status: 'rejected', code: 'CALENDAR_YEAR_REFUSED', details: { year: '2027', rule: 'CALENDAR_MAKEUP_NOT_WEEKEND' }, followUp: { kind: 'review' } })
    const outside = await pushCommand(terminal, 'exams.updateCalendar', calendar(2027, ['2028-01-01'], []), { version: 2 })
    expect(outside).toMatchObject({ status: 'rejected', details: { rule: 'CALENDAR_DATE_OUTSIDE_YEAR' } })
    const garbled = await pushCommand(terminal, 'exams.updateCalendar', { calendar: { ...calendar(2027, [], []).calendar, holidays: 'not json' } }, { version: 2 })
    expect(garbled).toMatchObject({ status: 'rejected', code: 'CALENDAR_YEAR_REFUSED', details: { rule: 'CALENDAR_DATE_INVALID' } })
    // The refused edits left the published year as it was.
    expect((await readRecords(c, 'holiday_calendars'))[0]?.holidays).toBe('["2027-01-01","2027-02-08"]')
    // Version 1 (a terminal's own calendar, before it was replicated) is kept as a record only.
    expect(await pushCommand(terminal, 'exams.updateCalendar', { year: 2028, holidays: [], makeUpWorkdays: [] })).toMatchObject({ status: 'applied' })
    expect(await readRecords(c, 'holiday_calendars')).toHaveLength(1)
  })

  it.skipIf(database.skip)("decides re-checked bookings with the office's settings, not the settings the terminal sent", async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 12_000 }))
    const permits = (await readRecords(c, 'learner_permits')) as unknown as LearnerPermitRow[]
    const attempts = (await readRecords(c, 'exam_attempts')) as unknown as ExamAttemptRow[]
    const venues = await readRecords(c, 'exam_venues')
    const regions = await readRecords(c, 'exam_regions')
    // Learners with a C1 permit old enough for 科目三 (E6) who have not sat 科目二.
    const office = '370100'
    const learners = permits
      .filter((p) => p.office_code === office && p.licence_class === 'C1' && p.permit_issued_on !== null && p.permit_issued_on <= addDays(TEST_DEMO_TODAY, -60))
      .filter((p) => addDays(p.permit_issued_on!, 3 * 365) > addDays(TEST_DEMO_TODAY, 40) && !attempts.some((a) => a.citizen_id === p.citizen_id && a.subject !== 'k1'))
      .map((p) => p.citizen_id)
    expect(learners.length).toBeGreaterThanOrEqual(2)
    const venueFor = (subject: string) => venues.find((v) => String(v.subjects).includes(subject) && regions.some((r) => r.id === v.region_id && r.office_code === office))!
    const terminal = await enrolTestTerminal(c, { officeCode: office })
    const other = await enrolTestTerminal(c, { officeCode: '370200' })

    // Two plans published today by this office: 科目二 and 科目三 road, first exams in twelve days.
    for (const subject of ['k2', 'k3_road'] as const) {
      const venue = venueFor(subject)
      const plan = {
        id: `plan-${subject}`,
        office_code: office,
        subject,
        licence_classes: 'C1',
        booking_by: 'venue',
        published_on: TEST_DEMO_TODAY,
        window_opens_on: TEST_DEMO_TODAY,
        window_closes_on: addDays(TEST_DEMO_TODAY, 5),
        results_on: addDays(TEST_DEMO_TODAY, 6),
        first_exam_on: addDays(TEST_DEMO_TODAY, 12)
      }
      const sessions = [{ id: `session-${subject}`, plan_id: plan.id, venue_id: String(venue.id), exam_date: plan.first_exam_on, starts_at: '09:00', capacity: 10 }]
      expect(await pushCommand(terminal, 'exams.createPlan', { plan, sessions }, { version: 2 })).toMatchObject({ status: 'applied' })
    }
    const booking = (id: string, citizenId: string, subject: 'k2' | 'k3_road'): ExamBookingRow => ({
      id,
      citizen_id: citizenId,
      plan_id: `plan-${subject}`,
      subject,
      mode: 'self_select',
      booking_by: 'venue',
      place_id: String(venueFor(subject).id),
      range_from: addDays(TEST_DEMO_TODAY, 12),
      range_to: addDays(TEST_DEMO_TODAY, 12),
      session_ids: JSON.stringify([`session-${subject}`]),
      submitted_at: AT,
      priority: 0,
      status: 'pending',
      seated_session_id: null,
      not_seated_reason: null,
      rank_position: null,
      cancelled_at: null,
      was_seated: 0
    })
    const book = (row: ExamBookingRow, allowConcurrentK2K3: boolean) => pushCommand(terminal, 'exams.book', { booking: row, settings: { allowConcurrentK2K3, priorityBooking: false } }, { version: 2 })
    const settings = (from: typeof terminal, office_code: string, allow: 0 | 1) =>
      pushCommand(from, 'exams.updateSettings', { settings: { office_code, allow_concurrent_k2k3: allow, priority_booking: 0, updated_at: AT, updated_by: 'admin-1' } })
    const [first, second] = learners as [string, string]
    for (const learner of [first, second]) expect(await book(booking(`k2-${learner}`, learner, 'k2'), false)).toMatchObject({ status: 'applied' })

    // No office settings yet: the terminal's settings (its configuration) decide.
    expect(await book(booking(`k3-${first}`, first, 'k3_road'), true)).toMatchObject({ status: 'applied' })

    // The office says one subject at a time: a terminal still sending "both at once" is refused by rule.
    expect(await settings(terminal, office, 0)).toMatchObject({ status: 'applied' })
    expect(await readRecords(c, 'office_exam_settings', office)).toEqual([{ office_code: office, allow_concurrent_k2k3: 0, priority_booking: 0, updated_at: AT, updated_by: 'admin-1' }])
    expect(await book(booking(`k3-${second}`, second, 'k3_road'), true)).toMatchObject({
      status: 'rejected',
      code: 'EXAM_BOOKING_REFUSED',
      details: { rule: 'EXAM_ONE_PENDING', citizenId: second }
    })
    // …and the other way round: the office allows both, a terminal with an older "no" is overruled.
    expect(await settings(terminal, office, 1)).toMatchObject({ status: 'applied' })
    expect(await book(booking(`k3b-${second}`, second, 'k3_road'), false)).toMatchObject({ status: 'applied' })

    // A terminal of another office cannot set this office's rules.
    expect(await settings(other, office, 0)).toMatchObject({ status: 'rejected', code: 'EXAM_SETTINGS_OFFICE_MISMATCH', details: { officeCode: office, terminalOffice: '370200' } })
    expect((await readRecords(c, 'office_exam_settings', office))[0]?.allow_concurrent_k2k3).toBe(1)
  })
})
