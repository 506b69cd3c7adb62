import { earliestFirstExam, PUBLISH_DAYS_AHEAD } from '../../src-shared/domain/exams/plan-rules'
import { CENTRAL_RULES, examPlanSchema } from '../../src-shared/sync/commands'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { getRecord, putRecord, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/**
 * `exams.createPlan` v2: the plan and its sessions under the ids the terminal gave them, so
 * the terminal's own rows and the central records are the same rows. The publication rule is
 * checked again on the central side, and every venue must belong to the plan's office.
 */
export async function executeExamPlan(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  if (command.version !== 2) {
    return review(command, CENTRAL_RULES.COMMAND_UNSUPPORTED_VERSION, `${command.command} 版本 ${command.version} 不受支持 (unsupported version)`, { version: command.version, supported: 2 })
  }
  const parsed = parsePayload(command, examPlanSchema)
  if (!parsed.ok) return parsed.result
  const { plan, sessions } = parsed.payload
  const firstExamOn = sessions.map((session) => session.exam_date).sort()[0]!
  if (plan.first_exam_on !== firstExamOn || firstExamOn < earliestFirstExam(plan.published_on)) {
    return review(command, CENTRAL_RULES.EXAM_PLAN_PUBLISHED_LATE, `考试计划须至少提前${PUBLISH_DAYS_AHEAD}日公布：首场考试 ${firstExamOn} 早于 ${earliestFirstExam(plan.published_on)}`, {
      planId: plan.id,
      firstExamOn
    })
  }
  for (const session of sessions) {
    const venue = await getRecord(trx, 'exam_venues', session.venue_id)
    const region = venue ? await getRecord(trx, 'exam_regions', String(venue.row.region_id)) : undefined
    if (session.plan_id !== plan.id || !region || region.row.office_code !== plan.office_code) {
      return review(command, CENTRAL_RULES.EXAM_PLAN_VENUE_ELSEWHERE, `考试计划的场次 ${session.id} 的考场不属于 ${plan.office_code}`, { planId: plan.id, sessionId: session.id })
    }
  }
  await putRecord(trx, 'exam_plans', plan.id, plan, context.at)
  for (const session of sessions) await putRecord(trx, 'exam_sessions', session.id, session, context.at)
  return applied(command)
}

