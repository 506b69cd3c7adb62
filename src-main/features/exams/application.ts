import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import { applicationRefusal, heldClasses, type LearnerPermitRow } from '../../../src-shared/domain/exams'
import type { HandlerContext } from '../../core/dispatcher'
import { subjectCitizenId } from '../identity/accounts'
import { applicantOf } from './model'

/**
 * 受理驾驶证申请 at the counter, for the citizen being served (identity checked by the clerk):
 * the learner's record starts — or, after E8 voided the passes or the permit ran out, starts
 * again — accepted now, at this office, with no permit until 科目一 is passed. The row goes to
 * the central service as it was written, which checks the same rule on its records.
 */
export function acceptApplication(input: ParsedInputOf<AppContract, 'exams.acceptApplication'>, ctx: HandlerContext): OutputOf<AppContract, 'exams.acceptApplication'> {
  const { db } = ctx
  const citizenId = subjectCitizenId(ctx)
  const current = applicantOf(db, citizenId)
  const held = heldClasses(db.all(db.kysely.selectFrom('licences').select('classes').where('citizen_id', '=', citizenId).where('status', 'not in', ['revoked', 'cancelled'])).map((l) => l.classes))
  const refusal = applicationRefusal(current, held, input, chinaDateOf(ctx.now))
  if (refusal) throw ruleViolation(refusal.rule, refusal.message, refusal.params)
  const permit: LearnerPermitRow = {
    citizen_id: citizenId,
    licence_class: input.licenceClass,
    application_accepted_at: ctx.now.toISOString(),
    adding_to_car_class: input.addingToCarClass ? 1 : 0,
    permit_issued_on: null,
    office_code: ctx.terminal.officeCode
  }
  db.run(
    db.kysely
      .insertInto('learner_permits')
      .values(permit)
      .onConflict((oc) => oc.column('citizen_id').doUpdateSet({ ...permit }))
  )
  ctx.record({ subject: citizenId, payload: { permit, replaced: current !== null } })
  return { licenceClass: input.licenceClass, acceptedAt: permit.application_accepted_at, replaced: current !== null }
}
