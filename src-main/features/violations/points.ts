import { scoringCycle, type ScoringCycle } from '../../../src-shared/domain/scoring'
import type { AppDatabase } from '../../core/database'

/** States in which a violation's points count: once decided (S2 art.13 — points come with the decision). */
export const DECIDED_STATES = ['unpaid', 'paying', 'paid', 'confirmed'] as const

/** Points recorded against a licence in the scoring cycle that contains `today`. */
export function pointsInCycle(db: AppDatabase, licenceId: string, firstIssuedOn: string, today: string): { points: number; cycle: ScoringCycle } {
  const cycle = scoringCycle(firstIssuedOn, today)
  const row = db
    .template(
      'points.inCycle',
      (p) =>
        db.kysely
          .selectFrom('violations')
          .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('points'), eb.val(0)).as('points'))
          .where('licence_id', '=', p.licenceId)
          .where('state', 'in', DECIDED_STATES)
          .where('decided_on', '>=', p.start)
          .where('decided_on', '<=', p.end),
      { licenceId, start: cycle.start, end: cycle.end }
    )
    .first()
  return { points: Number(row?.points ?? 0), cycle }
}
