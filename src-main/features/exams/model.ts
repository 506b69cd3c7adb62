import { applicantFromRows, type ExamApplicant } from '../../../src-shared/domain/exams'
import type { ExamPlansTable } from '../../../db/schema'
import type { AppDatabase } from '../../core/database'

export function planRow(db: AppDatabase, planId: string): ExamPlansTable | undefined {
  return db.first(db.kysely.selectFrom('exam_plans').selectAll().where('id', '=', planId))
}

/** The domain's applicant, assembled from the learner's record, exams sat and bookings (as the central service does). */
export function applicantOf(db: AppDatabase, citizenId: string): ExamApplicant | null {
  const permit = db.first(db.kysely.selectFrom('learner_permits').selectAll().where('citizen_id', '=', citizenId))
  if (!permit) return null
  const attempts = db.all(db.kysely.selectFrom('exam_attempts').selectAll().where('citizen_id', '=', citizenId))
  const bookings = db.all(db.kysely.selectFrom('exam_bookings').selectAll().where('citizen_id', '=', citizenId))
  return applicantFromRows(permit, attempts, bookings)
}
