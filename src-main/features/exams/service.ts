import { randomInt } from 'node:crypto'
import { earliestFirstExam, PUBLISH_DAYS_AHEAD } from '../../../src-shared/domain/exams/plan-rules'
import { uuidv7 } from 'uuidv7'
import { AppError, ruleViolation, type AppContract, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import type { ExamBookingView } from '../../../src-shared/contract/exams'
import { addDays, chinaDateOf } from '../../../src-shared/domain/civil-date'
import {
  BOOKING_LIMIT,
  allocatePlanRows,
  planFromRow,
  checkEligibility,
  compareApplicants,
  countingPasses,
  earliestBookingDays,
  isPriorityBooking,
  permitLastValidDay,
  rankKey,
  rankingTime,
  SUBJECT_NAMES,
  type OfficeExamSettings
} from '../../../src-shared/domain/exams'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import { maskResidentId } from '../../../src-shared/domain/identifiers'
import { renderSlipPdf, signSlip, verifySlip, type SlipClaims } from './slip'
import type { Selectable } from 'kysely'
import type { ExamBookingsTable, ExamSessionsTable } from '../../../db/schema'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { subjectCitizenId } from '../identity/accounts'
import { loadHolidayCalendar } from './calendar'
import { applicantOf, planRow } from './model'

type SessionRow = ExamSessionsTable & { venue_name: string; region_id: string; region_name: string }

function planSessions(db: AppDatabase, planId: string): SessionRow[] {
  return db.all(
    db.kysely
      .selectFrom('exam_sessions')
      .innerJoin('exam_venues', 'exam_venues.id', 'exam_sessions.venue_id')
      .innerJoin('exam_regions', 'exam_regions.id', 'exam_venues.region_id')
      .selectAll('exam_sessions')
      .select(['exam_venues.name as venue_name', 'exam_venues.region_id as region_id', 'exam_regions.name as region_name'])
      .where('exam_sessions.plan_id', '=', planId)
      .orderBy('exam_sessions.exam_date')
      .orderBy('exam_sessions.starts_at')
  ) as SessionRow[]
}

const placeOf = (bookingBy: 'venue' | 'region', s: SessionRow) => (bookingBy === 'venue' ? s.venue_id : s.region_id)

/** Sessions a booking accepts: the ones picked, or every session of its place within its range. */
function acceptable(booking: Pick<ExamBookingsTable, 'mode' | 'booking_by' | 'place_id' | 'range_from' | 'range_to' | 'session_ids'>, sessions: SessionRow[]): SessionRow[] {
  const picked = new Set(JSON.parse(booking.session_ids) as string[])
  return sessions.filter((s) =>
    booking.mode === 'self_select' ? picked.has(s.id) : placeOf(booking.booking_by, s) === booking.place_id && s.exam_date >= booking.range_from && s.exam_date <= booking.range_to
  )
}

function requireApplicant(ctx: HandlerContext) {
  const citizenId = subjectCitizenId(ctx)
  const applicant = applicantOf(ctx.db, citizenId)
  if (!applicant) throw ruleViolation('EXAM_NO_PERMIT', '没有该市民的驾驶人考试申请记录，请先在窗口受理驾驶证申请')
  return applicant
}

/**
 * What the applicant sees of one booking. A seat whose exam day has gone by without a result
 * reads "result pending" rather than "seated" (the applicant is no longer waiting for an exam but
 * for its outcome); one with a recorded result reads "completed" with the outcome.
 */
export function bookingView(ctx: HandlerContext, booking: Selectable<ExamBookingsTable>, settings: OfficeExamSettings): ExamBookingView {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  const row = planRow(db, booking.plan_id)!
  const plan = planFromRow(row)
  const applicant = applicantOf(db, booking.citizen_id)!
  const sessions = planSessions(db, booking.plan_id)
  const mine = acceptable(booking, sessions)
  const place = sessions.find((s) => placeOf(booking.booking_by, s) === booking.place_id)
  let standing: ExamBookingView['standing'] = null
  if (booking.status === 'pending') {
    // Everyone pending for the same plan and place, ranked the way allocation will rank them.
    const rivals = db.all(db.kysely.selectFrom('exam_bookings').selectAll().where('plan_id', '=', booking.plan_id).where('status', '=', 'pending').where('place_id', '=', booking.place_id))
    const keys = rivals.map((r) => rankKey(applicantOf(db, r.citizen_id)!, plan, r.submitted_at, settings)).sort(compareApplicants)
    standing = { position: keys.findIndex((k) => k.applicantId === booking.citizen_id) + 1, applicants: keys.length, seats: mine.reduce((sum, s) => sum + s.capacity, 0) }
  }
  const seat = booking.seated_session_id ? sessions.find((s) => s.id === booking.seated_session_id) : undefined
  // The calendar is read from its table each time, so an administrator's edit moves the deadline at once (E9).
  const cancelDeadline = seat ? loadHolidayCalendar(db).addWorkingDays(seat.exam_date, -1) : booking.status === 'pending' ? plan.window.closesOn : null
  const ranking = rankingTime(applicant, booking.subject)
  const attempt = booking.status === 'seated' ? db.first(db.kysely.selectFrom('exam_attempts').select(['result', 'at']).where('booking_id', '=', booking.id)) : undefined
  const status: ExamBookingView['status'] = attempt ? 'completed' : booking.status === 'seated' && seat && today > seat.exam_date ? 'result_pending' : booking.status
  return {
    id: booking.id,
    planId: booking.plan_id,
    subject: booking.subject,
    status,
    mode: booking.mode,
    bookingBy: booking.booking_by,
    placeName: place ? (booking.booking_by === 'venue' ? place.venue_name : place.region_name) : booking.place_id,
    from: booking.range_from,
    to: booking.range_to,
    sessionIds: JSON.parse(booking.session_ids) as string[],
    submittedAt: booking.submitted_at,
    ranking: { at: ranking.at, reason: ranking.reason, explanation: ranking.explanation },
    priority: booking.priority === 1,
    standing,
    seat: seat ? { sessionId: seat.id, venueName: seat.venue_name, date: seat.exam_date, startsAt: seat.starts_at } : null,
    notSeatedReason: (booking.not_seated_reason as ExamBookingView['notSeatedReason']) ?? null,
    cancellable: (booking.status === 'pending' || booking.status === 'seated') && cancelDeadline !== null && today <= cancelDeadline,
    cancelDeadline,
    result: attempt ? { outcome: attempt.result, at: attempt.at } : null,
    resultRecordable: !attempt && booking.status === 'seated' && seat !== undefined && today >= seat.exam_date
  }
}

export function overview(ctx: HandlerContext, settings: OfficeExamSettings): OutputOf<AppContract, 'exams.overview'> {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const applicant = applicantOf(db, citizenId)
  const permit = db.first(db.kysely.selectFrom('learner_permits').selectAll().where('citizen_id', '=', citizenId))
  const bookings = db.all(db.kysely.selectFrom('exam_bookings').selectAll().where('citizen_id', '=', citizenId).orderBy('submitted_at', 'desc'))
  // The same E8 reading the rules make, so the applicant sees why their passes no longer count.
  const counting = applicant ? countingPasses(applicant.exams) : null
  return {
    permit:
      applicant && permit
        ? {
            licenceClass: permit.licence_class,
            applicationAcceptedAt: permit.application_accepted_at,
            permitIssuedOn: permit.permit_issued_on,
            lastValidDay: permitLastValidDay(applicant),
            bookingsUsed: { k2: applicant.bookingsUsed.k2 ?? 0, k3_road: applicant.bookingsUsed.k3_road ?? 0 },
            bookingLimit: BOOKING_LIMIT,
            earliestBooking: earliestBookingDays(applicant)
          }
        : null,
    passed: applicant ? Object.entries(applicant.passed).map(([subject, on]) => ({ subject: subject as 'k1', on: on! })) : [],
    resultsVoid: counting?.void ? { ...counting.void, passes: [...counting.voided] } : null,
    bookings: bookings.map((b) => bookingView(ctx, b, settings))
  }
}

export function plans(ctx: HandlerContext, settings: OfficeExamSettings): OutputOf<AppContract, 'exams.plans'> {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  const applicant = applicantOf(db, subjectCitizenId(ctx))
  // A learner takes exams at the office that accepted the application (moving it is E10's counter business).
  const office = db.first(db.kysely.selectFrom('learner_permits').select('office_code').where('citizen_id', '=', subjectCitizenId(ctx)))?.office_code ?? ctx.terminal.officeCode
  const rows = db.all(
    db.kysely.selectFrom('exam_plans').selectAll().where('office_code', '=', office).where('window_opens_on', '<=', today).where('window_closes_on', '>=', today).where('published_on', '<=', today).orderBy('first_exam_on')
  )
  return {
    plans: rows.map((row) => {
      const plan = planFromRow(row)
      const sessions = planSessions(db, row.id)
      const demand = new Map<string, number>()
      for (const b of db.all(db.kysely.selectFrom('exam_bookings').selectAll().where('plan_id', '=', row.id).where('status', '=', 'pending'))) {
        for (const s of acceptable(b, sessions)) demand.set(s.id, (demand.get(s.id) ?? 0) + 1)
      }
      const places = new Map<string, { id: string; name: string; venues: Set<string> }>()
      for (const s of sessions) {
        const id = placeOf(row.booking_by, s)
        const place = places.get(id) ?? { id, name: row.booking_by === 'venue' ? s.venue_name : s.region_name, venues: new Set<string>() }
        place.venues.add(s.venue_name)
        places.set(id, place)
      }
      const verdict = applicant ? checkEligibility(applicant, plan, today, settings) : { ok: false as const, rule: 'EXAM_NO_PERMIT', message: '没有驾驶人考试申请记录' }
      return {
        id: row.id,
        subject: row.subject,
        licenceClasses: plan.licenceClasses as string[],
        bookingBy: row.booking_by,
        opensOn: row.window_opens_on,
        closesOn: row.window_closes_on,
        resultsOn: row.results_on,
        firstExamOn: row.first_exam_on,
        officeName: OFFICE_BY_CODE.get(row.office_code)?.name ?? row.office_code,
        places: [...places.values()].map((p) => ({ id: p.id, name: p.name, venues: [...p.venues] })),
        sessions: sessions.map((s) => ({ id: s.id, placeId: placeOf(row.booking_by, s), venueName: s.venue_name, date: s.exam_date, startsAt: s.starts_at, capacity: s.capacity, demand: demand.get(s.id) ?? 0 })),
        eligibility: verdict.ok ? { ok: true, rule: null, message: null } : { ok: false, rule: verdict.rule, message: verdict.message }
      }
    })
  }
}

export function book(input: ParsedInputOf<AppContract, 'exams.book'>, ctx: HandlerContext, settings: OfficeExamSettings): ExamBookingView {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  const applicant = requireApplicant(ctx)
  const row = planRow(db, input.planId)
  if (!row) throw ruleViolation('EXAM_PLACE_NOT_IN_PLAN', '没有该考试计划')
  const plan = planFromRow(row)
  const verdict = checkEligibility(applicant, plan, today, settings)
  if (!verdict.ok) throw ruleViolation(verdict.rule, verdict.message, verdict.params)
  const sessions = planSessions(db, row.id)
  const atPlace = sessions.filter((s) => placeOf(row.booking_by, s) === input.placeId)
  if (atPlace.length === 0) throw ruleViolation('EXAM_PLACE_NOT_IN_PLAN', row.booking_by === 'venue' ? '该考场不在此考试计划中' : '该考区不在此考试计划中')
  let from: string
  let to: string
  let sessionIds: string[] = []
  if (input.mode === 'self_select') {
    sessionIds = [...new Set(input.sessionIds)]
    const picked = atPlace.filter((s) => sessionIds.includes(s.id))
    if (picked.length !== sessionIds.length) throw ruleViolation('EXAM_SESSION_NOT_IN_PLACE', '所选场次不属于所选考场或考区')
    from = picked.map((s) => s.exam_date).sort()[0]!
    to = picked.map((s) => s.exam_date).sort().at(-1)!
  } else {
    if (input.from > input.to) throw ruleViolation('EXAM_RANGE_INVALID', '开始日期不能晚于结束日期', { from: input.from, to: input.to })
    if (!atPlace.some((s) => s.exam_date >= input.from && s.exam_date <= input.to)) {
      throw ruleViolation('EXAM_RANGE_INVALID', '所选日期范围内没有该考场或考区的考试场次')
    }
    from = input.from
    to = input.to
  }
  const id = uuidv7()
  db.run(
    db.kysely.insertInto('exam_bookings').values({
      id,
      citizen_id: applicant.id,
      plan_id: row.id,
      subject: row.subject,
      mode: input.mode,
      booking_by: row.booking_by,
      place_id: input.placeId,
      range_from: from,
      range_to: to,
      session_ids: JSON.stringify(sessionIds),
      submitted_at: ctx.now.toISOString(),
      priority: isPriorityBooking(applicant, row.subject, today, settings) ? 1 : 0,
      status: 'pending',
      seated_session_id: null,
      not_seated_reason: null,
      rank_position: null,
      cancelled_at: null
    })
  )
  const booking = db.first(db.kysely.selectFrom('exam_bookings').selectAll().where('id', '=', id))!
  // The row as written and the office settings it was checked with (command version 2): the central service checks it again.
  ctx.record({ subject: id, payload: { booking, settings } })
  return bookingView(ctx, booking, settings)
}

/**
 * A pending request can be withdrawn while the window is open; a seat can be given back until
 * one working day before the exam (E9), freeing it — and that cancellation time becomes the
 * applicant's next ranking time (E13).
 */
export function cancel(input: ParsedInputOf<AppContract, 'exams.cancel'>, ctx: HandlerContext, settings: OfficeExamSettings): ExamBookingView {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const booking = db.first(db.kysely.selectFrom('exam_bookings').selectAll().where('id', '=', input.bookingId).where('citizen_id', '=', citizenId))
  if (!booking) throw new AppError('NOT_FOUND', '没有该预约', { bookingId: input.bookingId })
  if (booking.status !== 'pending' && booking.status !== 'seated') throw ruleViolation('EXAM_NOT_CANCELLABLE', '该预约不能取消')
  const view = bookingView(ctx, booking, settings)
  if (!view.cancellable) throw ruleViolation('EXAM_CANCEL_TOO_LATE', `已过取消期限（${view.cancelDeadline ?? ''}）`, { deadline: view.cancelDeadline ?? '' })
  db.run(
    db.kysely
      .updateTable('exam_bookings')
      .set({ status: 'cancelled', cancelled_at: ctx.now.toISOString(), was_seated: booking.status === 'seated' ? 1 : 0, seated_session_id: null })
      .where('id', '=', booking.id)
  )
  ctx.record({ subject: booking.id, payload: { bookingId: booking.id, wasSeated: booking.status === 'seated' } })
  return bookingView(ctx, db.first(db.kysely.selectFrom('exam_bookings').selectAll().where('id', '=', booking.id))!, settings)
}

/** Rank and seat a whole plan at once on its results day; the seed and every region draw are recorded. */
export function allocate(input: ParsedInputOf<AppContract, 'exams.allocate'>, ctx: HandlerContext, settings: OfficeExamSettings) {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  const row = planRow(db, input.planId)
  if (!row) throw ruleViolation('EXAM_PLACE_NOT_IN_PLAN', '没有该考试计划')
  if (today < row.results_on) throw ruleViolation('EXAM_NOT_RESULTS_DAY', `考试计划在 ${row.results_on} 才能排考`, { resultsOn: row.results_on })
  if (db.first(db.kysely.selectFrom('exam_allocations').select('plan_id').where('plan_id', '=', row.id))) throw ruleViolation('EXAM_ALREADY_ALLOCATED', '该考试计划已排考并公布结果')
  const sessions = planSessions(db, row.id)
  const pending = db.all(db.kysely.selectFrom('exam_bookings').selectAll().where('plan_id', '=', row.id).where('status', '=', 'pending'))
  const seed = randomInt(0, 2 ** 32 - 1)
  // The central service re-runs this with the same seed and settings on its own rows (command version 2).
  const allocation = allocatePlanRows({ plan: row, sessions, pending, applicantOf: (citizenId) => applicantOf(db, citizenId), seed, settings })
  for (const [bookingId, fields] of allocation.outcomes) db.run(db.kysely.updateTable('exam_bookings').set(fields).where('id', '=', bookingId))
  const { applications, seated, result } = allocation
  const runAt = ctx.now.toISOString()
  db.run(db.kysely.insertInto('exam_allocations').values({ plan_id: row.id, seed, run_at: runAt, run_by: ctx.session.userId, applications, seated, draws: JSON.stringify(result.draws) }))
  ctx.record({ subject: row.id, payload: { planId: row.id, seed, settings, runAt, seated, applications } })
  return { planId: row.id, seed, applications, seated, draws: result.draws.length }
}

/** Plans are published at least 10 days before their first exam (E12: S1 art.52). */
export { PUBLISH_DAYS_AHEAD } from '../../../src-shared/domain/exams/plan-rules'

export function createPlan(input: ParsedInputOf<AppContract, 'exams.createPlan'>, ctx: HandlerContext): { planId: string; firstExamOn: string } {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  const firstExamOn = input.sessions.map((s) => s.date).sort()[0]!
  if (firstExamOn <= input.resultsOn) throw ruleViolation('EXAM_PLAN_ORDER', '考试场次须在结果公布日之后', { resultsOn: input.resultsOn, firstExamOn })
  const earliest = earliestFirstExam(today)
  if (firstExamOn < earliest) throw ruleViolation('EXAM_PLAN_TOO_LATE', `考试计划须至少提前${PUBLISH_DAYS_AHEAD}日公布：首场考试不得早于 ${earliest}`, { earliest, firstExamOn })
  const venues = new Map(
    db
      .all(db.kysely.selectFrom('exam_venues').innerJoin('exam_regions', 'exam_regions.id', 'exam_venues.region_id').select(['exam_venues.id', 'exam_venues.subjects', 'exam_regions.office_code']))
      .map((v) => [v.id, v])
  )
  for (const session of input.sessions) {
    const venue = venues.get(session.venueId)
    if (!venue || venue.office_code !== ctx.terminal.officeCode) throw ruleViolation('EXAM_PLACE_NOT_IN_PLAN', '考场不属于本车管所', { venueId: session.venueId })
    if (!venue.subjects.split(',').includes(input.subject)) throw ruleViolation('EXAM_VENUE_SUBJECT', '该考场不承担此科目考试', { venueId: session.venueId })
  }
  const planId = uuidv7()
  const plan = {
    id: planId,
    office_code: ctx.terminal.officeCode,
    subject: input.subject,
    licence_classes: input.licenceClasses.join(','),
    booking_by: input.bookingBy,
    published_on: today,
    window_opens_on: input.windowOpensOn,
    window_closes_on: input.windowClosesOn,
    results_on: input.resultsOn,
    first_exam_on: firstExamOn
  }
  db.run(db.kysely.insertInto('exam_plans').values(plan))
  const sessions = input.sessions.map((session) => ({ id: uuidv7(), plan_id: planId, venue_id: session.venueId, exam_date: session.date, starts_at: session.startsAt, capacity: session.capacity }))
  for (const session of sessions) db.run(db.kysely.insertInto('exam_sessions').values(session))
  // The rows as written, so the central service stores the plan under the same ids (command version 2).
  ctx.record({ subject: planId, payload: { plan, sessions } })
  return { planId, firstExamOn }
}

/** The slip of the caller's own seated booking, signed with this terminal's key. */
export async function slip(input: ParsedInputOf<AppContract, 'exams.slip'>, ctx: HandlerContext): Promise<{ qrPayload: string; pdfBase64: string }> {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const booking = db.first(db.kysely.selectFrom('exam_bookings').selectAll().where('id', '=', input.bookingId).where('citizen_id', '=', citizenId))
  if (!booking || booking.status !== 'seated' || !booking.seated_session_id) throw ruleViolation('EXAM_NOT_SEATED', '该预约尚未排考成功，没有预约凭证')
  const session = planSessions(db, booking.plan_id).find((s) => s.id === booking.seated_session_id)!
  const citizen = db.first(db.kysely.selectFrom('citizens').select(['name', 'id_number']).where('id', '=', citizenId))!
  const key = db.first(db.kysely.selectFrom('terminal_keys').select('private_key').where('terminal_id', '=', ctx.terminal.id))
  if (!key?.private_key) throw new Error('terminal signing key missing')
  const claims: SlipClaims = {
    bookingId: booking.id,
    name: citizen.name,
    maskedIdNumber: maskResidentId(citizen.id_number),
    subject: SUBJECT_NAMES[booking.subject],
    venue: session.venue_name,
    date: session.exam_date,
    startsAt: session.starts_at,
    terminalId: ctx.terminal.id
  }
  const qrPayload = signSlip(claims, key.private_key)
  return { qrPayload, pdfBase64: (await renderSlipPdf(claims, qrPayload)).toString('base64') }
}

export function checkSlip(input: ParsedInputOf<AppContract, 'exams.verifySlip'>, ctx: HandlerContext) {
  const { db } = ctx
  const result = verifySlip(input.payload, (terminalId) => db.first(db.kysely.selectFrom('terminal_keys').select('public_key').where('terminal_id', '=', terminalId))?.public_key)
  return { verdict: result.verdict, reason: result.reason, slip: result.claims }
}

export function planList(ctx: HandlerContext): OutputOf<AppContract, 'exams.planList'> {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  const office = ctx.terminal.officeCode
  const venues = db
    .all(
      db.kysely
        .selectFrom('exam_venues')
        .innerJoin('exam_regions', 'exam_regions.id', 'exam_venues.region_id')
        .select(['exam_venues.id', 'exam_venues.name', 'exam_venues.subjects', 'exam_regions.name as region_name'])
        .where('exam_regions.office_code', '=', office)
        .orderBy('exam_venues.name')
    )
    .map((v) => ({ id: v.id, name: v.name, regionName: v.region_name, subjects: v.subjects.split(',') as ('k1' | 'k2' | 'k3_road' | 'k3_safety')[] }))
  const rows = db.all(db.kysely.selectFrom('exam_plans').selectAll().where('office_code', '=', office).where('results_on', '>=', addDays(today, -30)).orderBy('first_exam_on'))
  const plans = rows.map((row) => {
    const sessions = db.all(db.kysely.selectFrom('exam_sessions').select('capacity').where('plan_id', '=', row.id))
    const pending = db.first(db.kysely.selectFrom('exam_bookings').select((eb) => eb.fn.countAll<number>().as('n')).where('plan_id', '=', row.id).where('status', '=', 'pending'))
    const allocation = db.first(db.kysely.selectFrom('exam_allocations').selectAll().where('plan_id', '=', row.id))
    return {
      id: row.id,
      subject: row.subject,
      licenceClasses: row.licence_classes.split(','),
      bookingBy: row.booking_by,
      publishedOn: row.published_on,
      opensOn: row.window_opens_on,
      closesOn: row.window_closes_on,
      resultsOn: row.results_on,
      firstExamOn: row.first_exam_on,
      sessions: sessions.length,
      seats: sessions.reduce((sum, s) => sum + s.capacity, 0),
      pending: Number(pending?.n ?? 0),
      allocation: allocation ? { runAt: allocation.run_at, seed: allocation.seed, applications: allocation.applications, seated: allocation.seated } : null,
      canAllocate: !allocation && today >= row.results_on
    }
  })
  return { venues, plans }
}
