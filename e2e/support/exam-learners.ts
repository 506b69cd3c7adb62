import Database from 'better-sqlite3'

/** A C1 learner of the demo data: permit issued, 科目一 passed, 科目二 not yet, no booking and no account. */
export interface ExamLearner {
  readonly citizenId: string
  readonly name: string
  readonly idNumber: string
  /** A vehicle the learner owns, for registering at a kiosk; null when they own none. */
  readonly plate: string | null
  readonly vinLastSix: string | null
}

export const COUNTER_DATABASE = 'test-results/e2e-data/terminal.sqlite'
export const KIOSK_DATABASE = 'test-results/e2e-kiosk/terminal.sqlite'

/**
 * Reads a terminal's database (read-only; the server keeps running) for learners of office
 * 370100 who may book 科目二. `withVehicle` keeps only those who own a vehicle, so they can
 * register with its plate and VIN.
 */
export function examLearners(databaseFile: string, { withVehicle = false } = {}): ExamLearner[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const rows = db
      .prepare(
        `SELECT c.id AS citizenId, c.name, c.id_number AS idNumber,
                (SELECT v.plate FROM vehicles v WHERE v.owner_citizen_id = c.id ORDER BY v.plate LIMIT 1) AS plate,
                (SELECT v.vin FROM vehicles v WHERE v.owner_citizen_id = c.id ORDER BY v.plate LIMIT 1) AS vin
         FROM learner_permits p
         JOIN citizens c ON c.id = p.citizen_id
         WHERE p.licence_class = 'C1' AND p.permit_issued_on IS NOT NULL AND p.office_code = '370100'
           AND EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = c.id AND a.subject = 'k1' AND a.result = 'pass')
           AND NOT EXISTS (SELECT 1 FROM exam_attempts a WHERE a.citizen_id = c.id AND a.subject = 'k2')
           AND NOT EXISTS (SELECT 1 FROM exam_bookings b WHERE b.citizen_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.citizen_id = c.id)
         ORDER BY c.id`
      )
      .all() as (Omit<ExamLearner, 'vinLastSix'> & { vin: string | null })[]
    const learners = rows.map(({ vin, ...learner }) => ({ ...learner, vinLastSix: vin ? vin.slice(-6) : null }))
    const found = withVehicle ? learners.filter((learner) => learner.plate !== null) : learners
    if (found.length === 0) throw new Error(`no C1 learner of office 370100 who passed 科目一 only in ${databaseFile}`)
    return found
  } finally {
    db.close()
  }
}

/** A C1 licence holder of office 370100 with a vehicle (found by its plate) and no learner record: a class addition at the counter. */
export function licenceHolderWithoutApplication(databaseFile: string): { citizenId: string; plate: string } {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const row = db
      .prepare(
        `SELECT l.citizen_id AS citizenId, (SELECT v.plate FROM vehicles v WHERE v.owner_citizen_id = l.citizen_id ORDER BY v.plate LIMIT 1) AS plate
         FROM licences l
         WHERE l.classes = 'C1' AND l.status = 'valid' AND l.office_code = '370100'
           AND EXISTS (SELECT 1 FROM vehicles v WHERE v.owner_citizen_id = l.citizen_id)
           AND NOT EXISTS (SELECT 1 FROM learner_permits p WHERE p.citizen_id = l.citizen_id)
         ORDER BY l.citizen_id DESC LIMIT 1`
      )
      .get() as { citizenId: string; plate: string } | undefined
    if (!row) throw new Error(`no C1 licence holder with a vehicle in ${databaseFile}`)
    return row
  } finally {
    db.close()
  }
}
