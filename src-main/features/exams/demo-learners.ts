import { demoLearnerRows } from '../../../db/demo/learners'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import type { AppDatabase } from '../../core/database'

/** A demo terminal turns up to 500 citizens without a licence into learners of its own office (db/demo/learners.ts). */
export function ensureDemoLearners(db: AppDatabase, officeCode: string, now: Date): void {
  if (db.first(db.kysely.selectFrom('learner_permits').select('citizen_id').limit(1))) return
  const candidates = db.all(
    db.kysely
      .selectFrom('citizens')
      .select(['id', 'birth_date'])
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('licences').select('licences.id').whereRef('licences.citizen_id', '=', 'citizens.id'))))
      .orderBy('id')
      .limit(500)
  )
  const { permits, attempts } = demoLearnerRows(
    candidates.map((c) => ({ ...c, office_code: officeCode })),
    chinaDateOf(now)
  )
  db.transaction(() => {
    for (const permit of permits) db.run(db.kysely.insertInto('learner_permits').values(permit))
    for (const attempt of attempts) db.run(db.kysely.insertInto('exam_attempts').values(attempt))
  })
}
