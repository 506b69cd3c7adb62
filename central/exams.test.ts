import { afterEach, describe, expect, it } from 'vitest'
import { allocatePlanRows, applicantFromRows, type ExamAttemptRow, type ExamBookingRow, type ExamPlanRow, type LearnerPermitRow } from '../src-shared/domain/exams'
import type { RowObject } from '../src-shared/sync/entities'
import { enrolTestTerminal, pushCommand, readRecords, startCentral, testDatabases, TEST_DEMO_TODAY, type StartedCentral } from './testing'

const SETTINGS = { allowConcurrentK2K3: false, priorityBooking: false }

/**
 * The central side of exam appointments: bookings checked again with the eligibility rules on
 * the central records, cancellations, results, and the allocation re-run with the terminal's
 * seed on everything the central service holds.
 */
describe.each(testDatabases())('exam executors ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  /** An open 科目二 plan for C1 and three of its office's learners who have not passed 科目二. */
  async function setup() {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 12_000 }))
    const permits = (await readRecords(c, 'learner_permits')) as unknown as LearnerPermitRow[]
    const attempts = (await readRecords(c, 'exam_attempts')) as unknown as ExamAttemptRow[]
    const plans = (await readRecords(c, 'exam_plans')) as unknown as ExamPlanRow[]
    const sessions = await readRecords(c, 'exam_sessions')
    const venues = await readRecords(c, 'exam_venues')
    const eligible = (office: string) => permits.filter((p) => p.office_code === office && !attempts.some((a) => a.citizen_id === p.citizen_id && a.subject === 'k2'))
    const plan = plans.find(
      (p) => p.subject === 'k2' && p.licence_classes.split(',').includes('C1') && p.window_opens_on <= TEST_DEMO_TODAY && p.window_closes_on >= TEST_DEMO_TODAY && eligible(p.office_code).length >= 3
    )
    if (!plan) throw new Error('no open 科目二 plan with three learners in the demo data')
    const planSessions = sessions.filter((s) => s.plan_id === plan.id)
    const firstVenue = venues.find((v) => v.id === planSessions[0]!.venue_id)!
    const place = plan.booking_by === 'venue' ? String(firstVenue.id) : String(firstVenue.region_id)
    const terminal = await enrolTestTerminal(c, { officeCode: plan.office_code })
    return { c, plan, place, planSessions, learners: eligible(plan.office_code).slice(0, 3).map((p) => p.citizen_id), terminal }
  }

  function booking(id: string, citizenId: string, plan: ExamPlanRow, place: string, sessions: RowObject[]): ExamBookingRow {
    const dates = sessions.map((s) => String(s.exam_date)).sort()
    return {
      id,
      citizen_id: citizenId,
      plan_id: plan.id,
      subject: 'k2',
      mode: 'arrangement',
      booking_by: plan.booking_by,
      place_id: place,
      range_from: dates[0]!,
      range_to: dates.at(-1)!,
      session_ids: '[]',
      submitted_at: `${TEST_DEMO_TODAY}T03:00:00.000Z`,
      priority: 0,
      status: 'pending',
      seated_session_id: null,
      not_seated_reason: null,
      rank_position: null,
      cancelled_at: null,
      was_seated: 0
    }
  }

  it.skipIf(database.skip)('accepts a first licence application, and refuses one while another is in progress', async () => {
    const { c, learners, terminal, plan } = await setup()
    const apply = (citizenId: string, acceptedAt: string) =>
      pushCommand(terminal, 'exams.acceptApplication', {
        permit: { citizen_id: citizenId, licence_class: 'C1', application_accepted_at: acceptedAt, adding_to_car_class: 0, permit_issued_on: null, office_code: plan.office_code }
      })
    const inProgress = await apply(learners[0]!, `${TEST_DEMO_TODAY}T03:00:00.000Z`)
    expect(inProgress).toMatchObject({ status: 'rejected', code: 'EXAM_APPLICATION_REFUSED', details: { rule: 'EXAM_APPLICATION_IN_PROGRESS' } })
    expect((await readRecords(c, 'learner_permits')).find((row) => row.citizen_id === learners[0])?.application_accepted_at).not.toBe(`${TEST_DEMO_TODAY}T03:00:00.000Z`)

    const holders = new Set((await readRecords(c, 'licences')).map((row) => row.citizen_id))
    const learnersNow = new Set((await readRecords(c, 'learner_permits')).map((row) => row.citizen_id))
    const newcomer = (await readRecords(c, 'citizens')).find((row) => !holders.has(row.id) && !learnersNow.has(row.id))!
    expect((await apply(String(newcomer.id), `${TEST_DEMO_TODAY}T03:00:00.000Z`)).status).toBe('applied')
    expect((await apply(String(newcomer.id), `${TEST_DEMO_TODAY}T03:00:00.000Z`)).status).toBe('applied')
    expect((await readRecords(c, 'learner_permits', plan.office_code)).find((row) => row.citizen_id === newcomer.id)).toMatchObject({ licence_class: 'C1', permit_issued_on: null })
  })

  it.skipIf(database.skip)('re-checks bookings, re-runs the allocation with the terminal\'s seed, and takes cancellations and results once', async () => {
    const { c, plan, place, planSessions, learners, terminal } = await setup()
    const [first, second, third] = learners as [string, string, string]
    const book = (row: ExamBookingRow) => pushCommand(terminal, 'exams.book', { booking: row, settings: SETTINGS }, { version: 2 })

    expect((await book(booking('bk-1', first, plan, place, planSessions))).status).toBe('applied')
    expect((await book(booking('bk-1', first, plan, place, planSessions))).status).toBe('applied')
    expect((await book(booking('bk-2', second, plan, place, planSessions))).status).toBe('applied')
    // The same learner booked again elsewhere while offline: refused by the eligibility rule, and
    // the terminal that took it is told to drop it (a null row in the plan's partition).
    const twice = await book(booking('bk-1b', first, plan, place, planSessions))
    expect(twice).toMatchObject({ status: 'rejected', code: 'EXAM_BOOKING_REFUSED', details: { rule: 'EXAM_ALREADY_PENDING' }, followUp: { kind: 'review' } })
    const dropped = await c.db.db.selectFrom('changes').select(['partition', 'row']).where('entity', '=', 'exam_bookings').where('key', '=', 'bk-1b').execute()
    expect(dropped).toEqual([{ partition: plan.office_code, row: null }])

    // Allocation with the terminal's seed gives what the shared rule gives on the same records.
    const allocate = (seed: number) => pushCommand(terminal, 'exams.allocate', { planId: plan.id, seed, settings: SETTINGS, runAt: `${plan.results_on}T02:00:00.000Z` }, { version: 2, actorRole: 'admin' })
    const before = (await readRecords(c, 'exam_bookings')) as unknown as ExamBookingRow[]
    const permits = (await readRecords(c, 'learner_permits')) as unknown as LearnerPermitRow[]
    const attempts = (await readRecords(c, 'exam_attempts')) as unknown as ExamAttemptRow[]
    const venues = await readRecords(c, 'exam_venues')
    const expected = allocatePlanRows({
      plan,
      sessions: planSessions
        .map((s) => ({ id: String(s.id), venue_id: String(s.venue_id), region_id: String(venues.find((v) => v.id === s.venue_id)!.region_id), exam_date: String(s.exam_date), capacity: Number(s.capacity) }))
        .sort((x, y) => (x.exam_date < y.exam_date ? -1 : x.exam_date > y.exam_date ? 1 : 0)),
      pending: before.filter((b) => b.plan_id === plan.id),
      applicantOf: (id) => applicantFromRows(permits.find((p) => p.citizen_id === id)!, attempts.filter((a) => a.citizen_id === id), before.filter((b) => b.citizen_id === id)),
      seed: 7,
      settings: SETTINGS
    })
    expect(expected.seated).toBe(2)
    expect(await allocate(7)).toMatchObject({ status: 'applied', details: { applications: 2, seated: 2 } })
    const after = ((await readRecords(c, 'exam_bookings')) as unknown as ExamBookingRow[]).filter((b) => b.plan_id === plan.id)
    for (const row of after) expect(row).toMatchObject(expected.outcomes.get(row.id)!)
    expect(await readRecords(c, 'exam_allocations')).toEqual([expect.objectContaining({ plan_id: plan.id, seed: 7, applications: 2, seated: expected.seated })])
    expect((await allocate(7)).status).toBe('applied')
    expect(await allocate(8)).toMatchObject({ status: 'rejected', code: 'EXAM_ALREADY_ALLOCATED' })

    // A booking taken offline before the window closed but arriving after allocation is too late.
    expect(await book(booking('bk-3', third, plan, place, planSessions))).toMatchObject({ status: 'rejected', code: 'EXAM_BOOKING_REFUSED', details: { rule: 'EXAM_WINDOW_CLOSED' } })

    const seated = after.find((row) => row.status === 'seated')
    if (!seated) throw new Error('nobody seated')
    const other = after.find((row) => row.id !== seated.id)!
    expect((await pushCommand(terminal, 'exams.cancel', { bookingId: seated.id, wasSeated: true })).status).toBe('applied')
    expect((await pushCommand(terminal, 'exams.cancel', { bookingId: seated.id, wasSeated: true })).status).toBe('applied')
    expect((await readRecords(c, 'exam_bookings')).find((row) => row.id === seated.id)).toMatchObject({ status: 'cancelled', was_seated: 1, seated_session_id: null })
    expect((await pushCommand(terminal, 'exams.cancel', { bookingId: 'no-such-booking', wasSeated: false })).code).toBe('EXAM_BOOKING_CHANGED')

    expect(other.status).toBe('seated')
    const result = { bookingId: other.id, attemptId: 'att-1', citizenId: other.citizen_id, subject: 'k2', result: 'pass', at: `${other.range_to}T01:00:00.000Z`, permitIssuedOn: null }
    expect((await pushCommand(terminal, 'exams.recordResult', result)).status).toBe('applied')
    expect((await readRecords(c, 'exam_attempts')).filter((row) => row.booking_id === other.id)).toEqual([expect.objectContaining({ id: 'att-1', result: 'pass' })])
    expect(await pushCommand(terminal, 'exams.recordResult', { ...result, attemptId: 'att-2', result: 'fail' })).toMatchObject({ status: 'rejected', code: 'EXAM_BOOKING_CHANGED' })
    // The exam system's results: recorded once, whoever came first; a seat given back or unknown has none.
    const imported = await fetch(`${c.url}/v1/admin/exam-results`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${c.adminToken}` },
      body: JSON.stringify({ results: [{ bookingId: other.id, result: 'fail' }, { bookingId: seated.id, result: 'pass' }, { bookingId: 'no-such-booking', result: 'pass' }] })
    })
    expect(await imported.json()).toEqual({
      results: [
        { bookingId: other.id, status: 'already_recorded', attemptId: 'att-1' },
        { bookingId: seated.id, status: 'not_seated', attemptId: null },
        { bookingId: 'no-such-booking', status: 'unknown', attemptId: null }
      ]
    })
    const refusedImport = await fetch(`${c.url}/v1/admin/exam-results`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ results: [] }) })
    expect(refusedImport.status).toBe(401)
    // A result for a booking that holds no seat is refused.
    expect(await pushCommand(terminal, 'exams.recordResult', { bookingId: seated.id, attemptId: 'att-3', citizenId: seated.citizen_id, subject: 'k2', result: 'fail', at: `${TEST_DEMO_TODAY}T01:00:00.000Z`, permitIssuedOn: null })).toMatchObject({
      status: 'rejected',
      code: 'EXAM_BOOKING_CHANGED'
    })
  })
})
