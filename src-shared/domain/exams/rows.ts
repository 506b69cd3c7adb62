import { chinaInstant } from '../civil-date'
import { allocatePlan, type AllocationResult, type ExamApplication } from './allocation'
import type { ExamApplicant, ExamPlan, ExamSubject, LicenceClass, OfficeExamSettings } from './model'
import { permitLastValidDay } from './permit'
import { rankKey } from './ranking'
import { countingPasses } from './results-void'

/**
 * The exam records as stored — the terminal's SQLite rows and the central service's records
 * have the same columns — and the domain objects the rules read, built from them the same way
 * on both sides, so the central service re-checks a booking or re-runs an allocation with
 * exactly the terminal's reading of the data.
 */
export interface ExamPlanRow {
  readonly id: string
  readonly office_code: string
  readonly subject: ExamSubject
  readonly licence_classes: string
  readonly booking_by: 'venue' | 'region'
  readonly published_on: string
  readonly window_opens_on: string
  readonly window_closes_on: string
  readonly results_on: string
  readonly first_exam_on: string
}

export interface LearnerPermitRow {
  readonly citizen_id: string
  readonly licence_class: string
  readonly application_accepted_at: string
  readonly adding_to_car_class: number
  readonly permit_issued_on: string | null
  readonly office_code: string
}

export interface ExamAttemptRow {
  readonly id: string
  readonly citizen_id: string
  readonly subject: ExamSubject
  readonly at: string
  readonly result: 'pass' | 'fail' | 'absent'
  readonly booking_id: string | null
}

export interface ExamBookingRow {
  readonly id: string
  readonly citizen_id: string
  readonly plan_id: string
  readonly subject: ExamSubject
  readonly mode: 'self_select' | 'arrangement'
  readonly booking_by: 'venue' | 'region'
  readonly place_id: string
  readonly range_from: string
  readonly range_to: string
  /** JSON array of session ids (self-select). */
  readonly session_ids: string
  readonly submitted_at: string
  readonly priority: number
  readonly status: 'pending' | 'cancelled' | 'seated' | 'not_seated'
  readonly seated_session_id: string | null
  readonly not_seated_reason: string | null
  readonly rank_position: number | null
  readonly cancelled_at: string | null
  readonly was_seated: number
}

/** A session with the region of its venue (region bookings are drawn a venue within it). */
export interface PlanSessionRow {
  readonly id: string
  readonly venue_id: string
  readonly region_id: string
  readonly exam_date: string
  readonly capacity: number
}

export function planFromRow(row: ExamPlanRow): ExamPlan {
  return {
    id: row.id,
    subject: row.subject,
    licenceClasses: row.licence_classes.split(',') as LicenceClass[],
    bookingBy: row.booking_by,
    window: { opensOn: row.window_opens_on, closesOn: row.window_closes_on },
    firstExamDay: row.first_exam_on,
    resultsDay: row.results_on
  }
}

/**
 * The domain's applicant from the learner's record, exams sat (any order) and bookings. Only
 * what happened under the current application counts: after a new application (重新申请, when
 * E8 voided the passes or the permit ran out) the earlier exams and bookings stay on record but
 * no longer count toward passes, the five-booking limit or the ranking time.
 */
export function applicantFromRows(permit: LearnerPermitRow, attemptRows: readonly ExamAttemptRow[], bookingRows: readonly ExamBookingRow[]): ExamApplicant {
  const since = Date.parse(permit.application_accepted_at)
  const attempts = attemptRows.filter((a) => Date.parse(a.at) >= since).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  const bookings = bookingRows.filter((b) => Date.parse(b.submitted_at) >= since)
  const exams = attempts.map((a) => ({ subject: a.subject, at: a.at, result: a.result }))
  // Only passes that still count: a failed fifth 科目二/科目三 road booking voids them all (E8).
  const { passed } = countingPasses(exams)
  const bookingsUsed: Partial<Record<ExamSubject, number>> = {}
  // Each exam sat or missed, and each seat still held, uses one of the five bookings (E8, E9). A
  // seat whose result is recorded is already counted by its attempt, so it does not count twice.
  const closed = new Set(attempts.map((a) => a.booking_id).filter((id) => id !== null))
  for (const a of attempts) bookingsUsed[a.subject] = (bookingsUsed[a.subject] ?? 0) + 1
  for (const b of bookings) if (b.status === 'seated' && !closed.has(b.id)) bookingsUsed[b.subject] = (bookingsUsed[b.subject] ?? 0) + 1
  return {
    id: permit.citizen_id,
    licenceClass: permit.licence_class as LicenceClass,
    applicationAcceptedAt: permit.application_accepted_at,
    addingToCarClassLicence: permit.adding_to_car_class === 1,
    permitIssuedOn: permit.permit_issued_on,
    ageLimitLastDay: null,
    passed,
    exams,
    // Only the cancellation of a successful booking moves the ranking time (E13).
    cancelledBookings: bookings.filter((b) => b.status === 'cancelled' && b.was_seated === 1 && b.cancelled_at).map((b) => ({ subject: b.subject, at: b.cancelled_at! })),
    bookingsUsed,
    pending: bookings.filter((b) => b.status === 'pending').map((b) => ({ subject: b.subject, planId: b.plan_id, submittedAt: b.submitted_at })),
    priorityUsed: [...new Set(bookings.filter((b) => b.priority === 1 && b.status !== 'cancelled').map((b) => b.subject))]
  }
}

/** What allocation writes into a booking. */
export type BookingOutcomeFields =
  | { readonly status: 'seated'; readonly seated_session_id: string; readonly rank_position: number }
  | { readonly status: 'not_seated'; readonly not_seated_reason: string; readonly rank_position: number }

export interface PlanAllocation {
  readonly result: AllocationResult
  readonly applications: number
  readonly seated: number
  /** Per pending booking id, the fields allocation sets. */
  readonly outcomes: ReadonlyMap<string, BookingOutcomeFields>
}

/**
 * Allocate a whole plan from its rows (E14): the pending bookings ranked with the applicants'
 * records, region bookings drawn a venue from `seed`, seats assigned by allocatePlan. The same
 * rows, seed and settings give the same outcome on the terminal and on the central service.
 */
export function allocatePlanRows(input: {
  readonly plan: ExamPlanRow
  readonly sessions: readonly PlanSessionRow[]
  readonly pending: readonly ExamBookingRow[]
  readonly applicantOf: (citizenId: string) => ExamApplicant | null
  readonly seed: number
  readonly settings: OfficeExamSettings
}): PlanAllocation {
  const plan = planFromRow(input.plan)
  const pending = input.pending.filter((booking) => booking.status === 'pending' && booking.plan_id === input.plan.id)
  const applications: ExamApplication[] = pending.map((b) => {
    const applicant = input.applicantOf(b.citizen_id)
    if (!applicant) throw new Error(`booking ${b.id}: applicant ${b.citizen_id} has no learner record`)
    return {
      rank: rankKey(applicant, plan, b.submitted_at, input.settings),
      place: b.booking_by === 'venue' ? { by: 'venue', venue: b.place_id } : { by: 'region', region: b.place_id },
      choice: b.mode === 'self_select' ? { mode: 'self_select', sessionIds: JSON.parse(b.session_ids) as string[] } : { mode: 'arrangement', from: b.range_from, to: b.range_to },
      lastExamDay: permitLastValidDay(applicant)
    }
  })
  const venues = [...new Map(input.sessions.map((s) => [s.venue_id, { id: s.venue_id, region: s.region_id }])).values()]
  const result = allocatePlan({
    planId: input.plan.id,
    seed: input.seed,
    venues,
    sessions: input.sessions.map((s) => ({ id: s.id, venue: s.venue_id, date: s.exam_date, capacity: s.capacity })),
    applications
  })
  const byApplicant = new Map(pending.map((b) => [b.citizen_id, b]))
  const outcomes = new Map<string, BookingOutcomeFields>()
  for (const outcome of result.outcomes) {
    const booking = byApplicant.get(outcome.applicantId)!
    outcomes.set(
      booking.id,
      outcome.seated
        ? { status: 'seated', seated_session_id: outcome.sessionId, rank_position: outcome.rankPosition }
        : { status: 'not_seated', not_seated_reason: outcome.reason, rank_position: outcome.rankPosition }
    )
  }
  return { result, applications: applications.length, seated: result.outcomes.filter((o) => o.seated).length, outcomes }
}

/** The instant a session starts (its China date and `HH:MM`): when its exam counts as sat or missed. */
export function sessionStartInstant(examDate: string, startsAt: string): string {
  const [hours, minutes] = startsAt.split(':').map(Number)
  return chinaInstant(examDate, (hours ?? 0) * 60 + (minutes ?? 0))
}
