import { addDays, ageOn } from '../../src-shared/domain/civil-date'
import { stableHash32, type ExamAttemptRow, type LearnerPermitRow } from '../../src-shared/domain/exams'

export interface LearnerCandidate {
  readonly id: string
  readonly birth_date: string
  /** The office that accepted the application (where the learner books exams). */
  readonly office_code: string
}

/**
 * Demo learners (C1), deterministically from the citizens' ids: application accepted 60–400
 * days before `today`, 科目一 passed 20 days later with the permit issued that day, and about a
 * third with 科目二 passed as well. Citizens outside 18–60 years are left out. The demo terminal
 * and the demo central service make their learners with this one function.
 */
export function demoLearnerRows(candidates: readonly LearnerCandidate[], today: string): { permits: LearnerPermitRow[]; attempts: ExamAttemptRow[] } {
  const permits: LearnerPermitRow[] = []
  const attempts: ExamAttemptRow[] = []
  for (const c of candidates) {
    const age = ageOn(c.birth_date, today)
    if (age < 18 || age > 60) continue
    const hash = stableHash32([c.id, 'learner'])
    const accepted = addDays(today, -(60 + (hash % 340)))
    const permitOn = addDays(accepted, 20)
    permits.push({ citizen_id: c.id, licence_class: 'C1', application_accepted_at: `${accepted}T01:30:00.000Z`, adding_to_car_class: 0, permit_issued_on: permitOn, office_code: c.office_code })
    attempts.push({ id: `demo-k1-${c.id}`, citizen_id: c.id, subject: 'k1', at: `${permitOn}T01:00:00.000Z`, result: 'pass', booking_id: null })
    if (hash % 3 === 0) attempts.push({ id: `demo-k2-${c.id}`, citizen_id: c.id, subject: 'k2', at: `${addDays(permitOn, 40)}T01:00:00.000Z`, result: 'pass', booking_id: null })
  }
  return { permits, attempts }
}
