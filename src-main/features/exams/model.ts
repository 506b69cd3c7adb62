import { countingPasses, type ExamApplicant, type ExamPlan, type ExamSubject, type LicenceClass } from '../../../src-shared/domain/exams'
import type { ExamPlansTable } from '../../../db/schema'
import type { AppDatabase } from '../../core/database'

/** The domain's plan from its row. */
export function planOf(row: ExamPlansTable): ExamPlan {
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

export function planRow(db: AppDatabase, planId: string): ExamPlansTable | undefined {
  return db.first(db.kysely.selectFrom('exam_plans').selectAll().where('id', '=', planId))
}

/** The domain's applicant, assembled from the learner's record, exams sat and bookings. */
export function applicantOf(db: AppDatabase, citizenId: string): ExamApplicant | null {
  const permit = db.first(db.kysely.selectFrom('learner_permits').selectAll().where('citizen_id', '=', citizenId))
  if (!permit) return null
  const attempts = db.all(db.kysely.selectFrom('exam_attempts').selectAll().where('citizen_id', '=', citizenId).orderBy('at'))
  const bookings = db.all(db.kysely.selectFrom('exam_bookings').selectAll().where('citizen_id', '=', citizenId))
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
    id: citizenId,
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
