import { addDays, ageOn, chinaDateOf } from '../../../src-shared/domain/civil-date'
import { stableHash32 } from '../../../src-shared/domain/exams'
import type { AppDatabase } from '../../core/database'

/**
 * A demo terminal turns citizens without a licence into learners (C1), deterministically from
 * their ids: application accepted 60–400 days ago, 科目一 passed 20 days later with the permit
 * issued that day, and about a third with 科目二 passed as well.
 */
export function ensureDemoLearners(db: AppDatabase, officeCode: string, now: Date): void {
  if (db.first(db.kysely.selectFrom('learner_permits').select('citizen_id').limit(1))) return
  const today = chinaDateOf(now)
  const candidates = db.all(
    db.kysely
      .selectFrom('citizens')
      .select(['id', 'birth_date'])
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('licences').select('licences.id').whereRef('licences.citizen_id', '=', 'citizens.id'))))
      .orderBy('id')
      .limit(500)
  )
  db.transaction(() => {
    for (const c of candidates) {
      if (ageOn(c.birth_date, today) < 18 || ageOn(c.birth_date, today) > 60) continue
      const hash = stableHash32([c.id, 'learner'])
      const accepted = addDays(today, -(60 + (hash % 340)))
      const permitOn = addDays(accepted, 20)
      db.run(
        db.kysely.insertInto('learner_permits').values({ citizen_id: c.id, licence_class: 'C1', application_accepted_at: `${accepted}T01:30:00.000Z`, permit_issued_on: permitOn, office_code: officeCode })
      )
      db.run(db.kysely.insertInto('exam_attempts').values({ id: `demo-k1-${c.id}`, citizen_id: c.id, subject: 'k1', at: `${permitOn}T01:00:00.000Z`, result: 'pass' }))
      if (hash % 3 === 0) {
        db.run(db.kysely.insertInto('exam_attempts').values({ id: `demo-k2-${c.id}`, citizen_id: c.id, subject: 'k2', at: `${addDays(permitOn, 40)}T01:00:00.000Z`, result: 'pass' }))
      }
    }
  })
}
