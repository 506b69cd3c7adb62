import { uuidv7 } from 'uuidv7'
import { ruleViolation, type AppContract, type ParsedInputOf } from '../../../src-shared/contract'
import type { DisputeItem } from '../../../src-shared/contract/disputes'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import { checkDisputeRaise, disputeDueOn } from '../../../src-shared/domain/disputes'
import { DISPUTE_COMMAND_VERSION, type DisputeRaisedPayload } from '../../../src-shared/sync/commands'
import type { HandlerContext } from '../../core/dispatcher'
import { loadHolidayCalendar } from '../exams/calendar'
import { paymentScope, scopeViolations } from '../violations/scope'
import { disputeItem, loadDispute } from './records'

/**
 * Raise a dispute. Whose records may be disputed is exactly whose records may be paid
 * (violations/scope.ts): a citizen's bound licence and vehicles, an organisation's vehicles,
 * or — at the counter — the served citizen's own, identity checked in person. The record is
 * flagged `disputed` in the same transaction, which blocks handling and payment until the
 * office where the violation happened decides (pricing.ts).
 */
export function raiseDispute(input: ParsedInputOf<AppContract, 'disputes.raise'>, ctx: HandlerContext): DisputeItem {
  const { db, session, terminal, now } = ctx
  const scope = paymentScope(ctx)
  const record = scopeViolations(db, scope, null).find((row) => row.id === input.violationId)
  if (!record) {
    throw ruleViolation('DISPUTE_NOT_IN_SCOPE', '只能对本人驾驶证或名下机动车的交通违法记录提出异议', { violationId: input.violationId })
  }
  const open = db.first(db.kysely.selectFrom('disputes').select('id').where('violation_id', '=', record.id).where('state', '=', 'open'))
  const evidence = input.evidence && input.evidence.length > 0 ? input.evidence : null
  const refusal = checkDisputeRaise({ state: record.state, disputed: record.disputed === 1 }, input.kind, open !== undefined, evidence)
  if (refusal) throw ruleViolation(refusal.rule, refusal.message, { violationId: record.id, ...(open ? { disputeId: open.id } : {}) })

  const raisedOn = chinaDateOf(now)
  const dispute: DisputeRaisedPayload['dispute'] = {
    id: uuidv7(),
    violation_id: record.id,
    record_number: record.record_number,
    description: record.description,
    kind: input.kind,
    reason: input.reason,
    evidence,
    raised_by_role: session.role as 'citizen' | 'org_agent' | 'clerk',
    raised_by_account: session.userId,
    raised_for_citizen: scope.citizenId,
    raised_at: now.toISOString(),
    raised_terminal: terminal.id,
    office_code: record.office_code,
    // Read per call: an administrator's calendar edit applies to the next dispute raised.
    due_on: disputeDueOn(raisedOn, loadHolidayCalendar(db))
  }
  db.run(db.kysely.insertInto('disputes').values(dispute))
  db.run(db.kysely.updateTable('violations').set({ disputed: 1 }).where('id', '=', record.id))
  const payload: DisputeRaisedPayload = { dispute }
  ctx.record({ subject: dispute.id, payload, version: DISPUTE_COMMAND_VERSION, idempotencyKey: `dispute:${dispute.id}` })
  return disputeItem(ctx, loadDispute(db, dispute.id)!, raisedOn)
}
