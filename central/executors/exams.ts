import { chinaDateOf } from '../../src-shared/domain/civil-date'
import {
  allocatePlanRows,
  applicantFromRows,
  applicationRefusal,
  heldClasses,
  checkEligibility,
  permitIssuedByResult,
  planFromRow,
  sessionStartInstant,
  type ExamApplicant,
  type ExamAttemptRow,
  type ExamBookingRow,
  type ExamPlanRow,
  type LearnerPermitRow,
  type PlanSessionRow
} from '../../src-shared/domain/exams'
import { earliestFirstExam, PUBLISH_DAYS_AHEAD } from '../../src-shared/domain/exams/plan-rules'
import { CENTRAL_RULES, examAllocatedSchema, examApplicationSchema, examBookedSchema, examCancelledSchema, examPlanSchema, examResultSchema } from '../../src-shared/sync/commands'
import type { ExamResultsResponse, PushedCommand } from '../../src-shared/sync/protocol'
import { entityOf, getRecord, putRecord, restoreAuthoritative, rowObject, type CentralTrx } from '../store'
import { centralExamSettings } from './reference'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/**
 * `exams.createPlan` v2: the plan and its sessions under the ids the terminal gave them, so
 * the terminal's own rows and the central records are the same rows. The publication rule is
 * checked again on the central side, and every venue must belong to the plan's office.
 */
export async function executeExamPlan(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  if (command.version !== 2) {
    return review(command, CENTRAL_RULES.COMMAND_UNSUPPORTED_VERSION, `${command.command} 版本 ${command.version} 不受支持 (unsupported version)`, { version: command.version, supported: 2 })
  }
  const parsed = parsePayload(command, examPlanSchema)
  if (!parsed.ok) return parsed.result
  const { plan, sessions } = parsed.payload
  const firstExamOn = sessions.map((session) => session.exam_date).sort()[0]!
  if (plan.first_exam_on !== firstExamOn || firstExamOn < earliestFirstExam(plan.published_on)) {
    return review(command, CENTRAL_RULES.EXAM_PLAN_PUBLISHED_LATE, `考试计划须至少提前${PUBLISH_DAYS_AHEAD}日公布：首场考试 ${firstExamOn} 早于 ${earliestFirstExam(plan.published_on)}`, {
      planId: plan.id,
      firstExamOn
    })
  }
  for (const session of sessions) {
    const venue = await getRecord(trx, 'exam_venues', session.venue_id)
    const region = venue ? await getRecord(trx, 'exam_regions', String(venue.row.region_id)) : undefined
    if (session.plan_id !== plan.id || !region || region.row.office_code !== plan.office_code) {
      return review(command, CENTRAL_RULES.EXAM_PLAN_VENUE_ELSEWHERE, `考试计划的场次 ${session.id} 的考场不属于 ${plan.office_code}`, { planId: plan.id, sessionId: session.id })
    }
  }
  await putRecord(trx, 'exam_plans', plan.id, plan, context.at)
  for (const session of sessions) await putRecord(trx, 'exam_sessions', session.id, session, context.at)
  return applied(command)
}


// ── Learners' bookings, cancellations, results and allocation ─────────────────────────────
// The terminal has done each of these locally; the central service reads the same rules on its
// own records (src-shared/domain/exams/rows.ts builds the applicant the same way on both
// sides), so two kiosks booking for one person offline, or an allocation run on a terminal that
// had not yet pulled every booking, end in the central answer, which every terminal then pulls.

async function recordsOfCitizen<T>(trx: CentralTrx, entity: string, citizenId: string): Promise<T[]> {
  const rows = await trx.selectFrom('records').select('row').where('citizen_id', '=', citizenId).where('entity', '=', entity).execute()
  return rows.map((record) => rowObject(entityOf(entity), record.row) as unknown as T)
}

/** The applicant as the central records show them, or null without a learner record. */
async function centralApplicant(trx: CentralTrx, citizenId: string): Promise<ExamApplicant | null> {
  const permit = await getRecord(trx, 'learner_permits', citizenId)
  if (!permit) return null
  const attempts = await recordsOfCitizen<ExamAttemptRow>(trx, 'exam_attempts', citizenId)
  const bookings = await recordsOfCitizen<ExamBookingRow>(trx, 'exam_bookings', citizenId)
  return applicantFromRows(permit.row as unknown as LearnerPermitRow, attempts, bookings)
}

/**
 * `exams.book` v2: eligibility checked again on the central records, on the day the booking was
 * made, with the office's settings (the terminal's while the office has none).
 */
export async function executeExamBooking(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  // Version 1 bookings (before bookings were replicated) carried only the form: kept as a record.
  if (command.version === 1) return applied(command)
  const parsed = parsePayload(command, examBookedSchema)
  if (!parsed.ok) return parsed.result
  const { booking, settings } = parsed.payload
  if (await getRecord(trx, 'exam_bookings', booking.id)) return applied(command)
  const plan = await getRecord(trx, 'exam_plans', booking.plan_id)
  const refuse = async (rule: string, message: string, params: Record<string, unknown> = {}) => {
    // The booking exists only on the terminal that took it: its partition is told to drop it.
    if (plan) await restoreAuthoritative(trx, 'exam_bookings', booking.id, plan.partition, context.at)
    return review(command, CENTRAL_RULES.EXAM_BOOKING_REFUSED, `中心复核未受理该考试预约：${message}`, { bookingId: booking.id, citizenId: booking.citizen_id, rule, ...params })
  }
  if (!plan) return refuse('EXAM_PLACE_NOT_IN_PLAN', '中心没有该考试计划')
  // Taken offline before the window closed, but arriving after the plan was allocated: too late for it.
  if (await getRecord(trx, 'exam_allocations', booking.plan_id)) return refuse('EXAM_WINDOW_CLOSED', '该考试计划已排考并公布结果，预约到达中心时已经截止', { planId: booking.plan_id })
  const applicant = await centralApplicant(trx, booking.citizen_id)
  if (!applicant) return refuse('EXAM_NO_PERMIT', '中心没有该申请人的驾驶人考试申请记录')
  const officeSettings = await centralExamSettings(trx, String(plan.row.office_code), settings)
  const verdict = checkEligibility(applicant, planFromRow(plan.row as unknown as ExamPlanRow), chinaDateOf(new Date(booking.submitted_at)), officeSettings)
  if (!verdict.ok) return refuse(verdict.rule, verdict.message, verdict.params ?? {})
  await putRecord(trx, 'exam_bookings', booking.id, booking, context.at)
  return applied(command)
}

/** `exams.cancel`: a pending request withdrawn, or a seat given back (freed for the next allocation). */
export async function executeExamCancel(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, examCancelledSchema)
  if (!parsed.ok) return parsed.result
  const { bookingId } = parsed.payload
  const booking = await getRecord(trx, 'exam_bookings', bookingId)
  if (booking?.row.status === 'cancelled') return applied(command)
  if (!booking || (booking.row.status !== 'pending' && booking.row.status !== 'seated')) {
    if (booking) await restoreAuthoritative(trx, 'exam_bookings', bookingId, booking.partition, context.at)
    return review(command, CENTRAL_RULES.EXAM_BOOKING_CHANGED, '中心记录中该考试预约不能取消（没有该预约，或已排考未获安排）', { bookingId, status: booking?.row.status ?? null })
  }
  const wasSeated = booking.row.status === 'seated' ? 1 : 0
  await putRecord(trx, 'exam_bookings', bookingId, { ...booking.row, status: 'cancelled', cancelled_at: command.createdAt, was_seated: wasSeated, seated_session_id: null }, context.at)
  return applied(command)
}

/** `exams.recordResult`: one result per seated booking; a 科目一 pass issues the learner's permit. */
export async function executeExamResult(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, examResultSchema)
  if (!parsed.ok) return parsed.result
  const result = parsed.payload
  const booking = await getRecord(trx, 'exam_bookings', result.bookingId)
  const permitRecord = await getRecord(trx, 'learner_permits', result.citizenId)
  // A refused result exists only on the terminal that recorded it: the learner's partition drops it.
  const retract = async () => {
    if (permitRecord) await restoreAuthoritative(trx, 'exam_attempts', result.attemptId, permitRecord.partition, context.at)
  }
  if (!booking || booking.row.status !== 'seated') {
    await retract()
    return review(command, CENTRAL_RULES.EXAM_BOOKING_CHANGED, '中心记录中该考试预约没有考试安排，成绩未予记录', { bookingId: result.bookingId, status: booking?.row.status ?? null })
  }
  const recorded = (await recordsOfCitizen<ExamAttemptRow>(trx, 'exam_attempts', result.citizenId)).find((attempt) => attempt.booking_id === result.bookingId)
  if (recorded) {
    if (recorded.id === result.attemptId) return applied(command)
    await retract()
    return review(command, CENTRAL_RULES.EXAM_BOOKING_CHANGED, `该预约的考试结果已在其他终端录入（${recorded.result}），本次录入未予记录`, { bookingId: result.bookingId, recorded: recorded.result })
  }
  const attempt: ExamAttemptRow = { id: result.attemptId, citizen_id: result.citizenId, subject: result.subject, at: result.at, result: result.result, booking_id: result.bookingId }
  await putAttempt(trx, context.at, attempt, result.permitIssuedOn)
  return applied(command)
}

/** Store a booking's exam attempt, and the permit a 科目一 pass issues when none is on record (E4). */
async function putAttempt(trx: CentralTrx, at: string, attempt: ExamAttemptRow, permitIssuedOn: string | null): Promise<void> {
  await putRecord(trx, 'exam_attempts', attempt.id, { ...attempt }, at)
  const permit = await getRecord(trx, 'learner_permits', attempt.citizen_id)
  if (permitIssuedOn !== null && permit && permit.row.permit_issued_on === null) {
    await putRecord(trx, 'learner_permits', attempt.citizen_id, { ...permit.row, permit_issued_on: permitIssuedOn }, at)
  }
}

/**
 * Results from the exam system (考试系统), `POST /v1/admin/exam-results`: each seated booking gets
 * its attempt once, dated at its session's start; a counter that recorded the same seat first
 * keeps its record, and a counter recording it later is refused (EXAM_BOOKING_CHANGED).
 */
export async function importExamResults(trx: CentralTrx, at: string, results: readonly { bookingId: string; result: 'pass' | 'fail' | 'absent' }[]): Promise<ExamResultsResponse> {
  const answers: ExamResultsResponse['results'] = []
  for (const { bookingId, result } of results) {
    const booking = await getRecord(trx, 'exam_bookings', bookingId)
    if (!booking) {
      answers.push({ bookingId, status: 'unknown', attemptId: null })
      continue
    }
    const row = booking.row as unknown as ExamBookingRow
    const session = row.status === 'seated' && row.seated_session_id ? await getRecord(trx, 'exam_sessions', row.seated_session_id) : undefined
    if (!session) {
      answers.push({ bookingId, status: 'not_seated', attemptId: null })
      continue
    }
    const recorded = (await recordsOfCitizen<ExamAttemptRow>(trx, 'exam_attempts', row.citizen_id)).find((attempt) => attempt.booking_id === bookingId)
    if (recorded) {
      answers.push({ bookingId, status: 'already_recorded', attemptId: recorded.id })
      continue
    }
    const examDate = String(session.row.exam_date)
    const attempt: ExamAttemptRow = { id: `exam-system-${bookingId}`, citizen_id: row.citizen_id, subject: row.subject, at: sessionStartInstant(examDate, String(session.row.starts_at)), result, booking_id: bookingId }
    const permit = await getRecord(trx, 'learner_permits', row.citizen_id)
    await putAttempt(trx, at, attempt, permitIssuedByResult((permit?.row.permit_issued_on as string | null | undefined) ?? null, row.subject, result, examDate))
    answers.push({ bookingId, status: 'recorded', attemptId: attempt.id })
  }
  return { results: answers }
}

/**
 * `exams.allocate` v2: the whole plan allocated again on the central records with the
 * terminal's seed and the office's settings (the terminal's while the office has none). When the terminal saw every booking the outcome is the same;
 * when it had missed some, the central outcome is the one published.
 */
export async function executeExamAllocation(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  if (command.version !== 2) {
    return review(command, CENTRAL_RULES.COMMAND_UNSUPPORTED_VERSION, `${command.command} 版本 ${command.version} 不受支持 (unsupported version)`, { version: command.version, supported: 2 })
  }
  const parsed = parsePayload(command, examAllocatedSchema)
  if (!parsed.ok) return parsed.result
  const { planId, seed, settings, runAt } = parsed.payload
  const done = await getRecord(trx, 'exam_allocations', planId)
  if (done) {
    if (Number(done.row.seed) === seed) return applied(command)
    // The terminal seated the plan its own way: its partition gets the published outcome again.
    await restoreAuthoritative(trx, 'exam_allocations', planId, done.partition, context.at)
    const published = await trx.selectFrom('records').select(['key', 'row']).where('partition', '=', done.partition).where('entity', '=', 'exam_bookings').execute()
    for (const booking of published) if (rowObject(entityOf('exam_bookings'), booking.row).plan_id === planId) await restoreAuthoritative(trx, 'exam_bookings', booking.key, done.partition, context.at)
    return review(command, CENTRAL_RULES.EXAM_ALREADY_ALLOCATED, '该考试计划已在其他终端排考并公布结果，本次排考未予采用', { planId, seed: done.row.seed })
  }
  const plan = await getRecord(trx, 'exam_plans', planId)
  if (!plan) return review(command, CENTRAL_RULES.EXAM_BOOKING_CHANGED, '中心没有该考试计划', { planId })
  const inPartition = async (entity: string) =>
    (await trx.selectFrom('records').select('row').where('partition', '=', plan.partition).where('entity', '=', entity).execute()).map((record) => rowObject(entityOf(entity), record.row))
  const venues = new Map((await inPartition('exam_venues')).map((venue) => [String(venue.id), String(venue.region_id)]))
  const sessions: PlanSessionRow[] = (await inPartition('exam_sessions'))
    .filter((session) => session.plan_id === planId)
    .map((session) => ({ id: String(session.id), venue_id: String(session.venue_id), region_id: venues.get(String(session.venue_id)) ?? '', exam_date: String(session.exam_date), capacity: Number(session.capacity) }))
    .sort((a, b) => (a.exam_date < b.exam_date ? -1 : a.exam_date > b.exam_date ? 1 : 0))
  const bookings = (await inPartition('exam_bookings')) as unknown as ExamBookingRow[]
  const pending = bookings.filter((booking) => booking.plan_id === planId && booking.status === 'pending')
  const applicants = new Map<string, ExamApplicant | null>()
  for (const booking of pending) applicants.set(booking.citizen_id, await centralApplicant(trx, booking.citizen_id))
  const officeSettings = await centralExamSettings(trx, String(plan.row.office_code), settings)
  const allocation = allocatePlanRows({
    plan: plan.row as unknown as ExamPlanRow,
    sessions,
    pending,
    applicantOf: (citizenId) => applicants.get(citizenId) ?? null,
    seed,
    settings: officeSettings
  })
  for (const booking of pending) {
    const fields = allocation.outcomes.get(booking.id)
    if (fields) await putRecord(trx, 'exam_bookings', booking.id, { ...booking, ...fields }, context.at)
  }
  await putRecord(
    trx,
    'exam_allocations',
    planId,
    { plan_id: planId, seed, run_at: runAt, run_by: command.actorId, applications: allocation.applications, seated: allocation.seated, draws: JSON.stringify(allocation.result.draws) },
    context.at
  )
  return applied(command, { applications: allocation.applications, seated: allocation.seated })
}

/**
 * `exams.acceptApplication`: the application rule read on the central records (the licence
 * held, the application in force); a refused one is dropped from the terminal that took it.
 */
export async function executeExamApplication(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, examApplicationSchema)
  if (!parsed.ok) return parsed.result
  const { permit } = parsed.payload
  const existing = await getRecord(trx, 'learner_permits', permit.citizen_id)
  if (existing?.row.application_accepted_at === permit.application_accepted_at) return applied(command)
  const licences = await recordsOfCitizen<{ classes: string; status: string }>(trx, 'licences', permit.citizen_id)
  const held = heldClasses(licences.filter((licence) => licence.status !== 'revoked' && licence.status !== 'cancelled').map((licence) => licence.classes))
  const current = await centralApplicant(trx, permit.citizen_id)
  const refusal = applicationRefusal(current, held, { licenceClass: permit.licence_class, addingToCarClass: permit.adding_to_car_class === 1 }, chinaDateOf(new Date(permit.application_accepted_at)))
  if (refusal) {
    await restoreAuthoritative(trx, 'learner_permits', permit.citizen_id, existing?.partition ?? permit.office_code, context.at)
    return review(command, CENTRAL_RULES.EXAM_APPLICATION_REFUSED, `中心复核未受理该驾驶证申请：${refusal.message}`, { citizenId: permit.citizen_id, rule: refusal.rule, ...refusal.params })
  }
  await putRecord(trx, 'learner_permits', permit.citizen_id, { ...permit }, context.at)
  return applied(command)
}
