import { ruleViolation } from '../../../src-shared/contract'
import type { AccountsTable } from '../../../db/schema'
import type { AppDatabase } from '../../core/database'
import type { Session } from '../../core/session'
import type { HandlerContext } from '../../core/dispatcher'

/** Five failed sign-ins lock the account for 15 minutes (issue #3; common platform practice). */
export const MAX_FAILED_SIGN_INS = 5
export const LOCK_MINUTES = 15

export type AccountRow = AccountsTable & { failed_attempts: number; disabled: number }

export function accountById(db: AppDatabase, id: string): AccountRow | undefined {
  return db.first(db.kysely.selectFrom('accounts').selectAll().where('id', '=', id)) as AccountRow | undefined
}

export function citizenAccount(db: AppDatabase, citizenId: string): AccountRow | undefined {
  return db.first(db.kysely.selectFrom('accounts').selectAll().where('kind', '=', 'citizen').where('citizen_id', '=', citizenId)) as AccountRow | undefined
}

/** The citizen record a call is about: the signed-in citizen, or the citizen a clerk serves. */
export function subjectCitizenId(ctx: Pick<HandlerContext, 'session'>): string {
  const { session } = ctx
  if (session.role === 'clerk') {
    if (!session.actingForCitizenId) throw ruleViolation('COUNTER_NOT_SERVING', '请先查询并核验办理人身份')
    return session.actingForCitizenId
  }
  if (session.citizenId) return session.citizenId
  throw ruleViolation('COUNTER_NOT_SERVING', '当前会话没有办理人')
}

/** The account whose bindings a call uses: the citizen's own, or the served citizen's. */
export function subjectAccountId(ctx: Pick<HandlerContext, 'session' | 'db'>): string | null {
  if (ctx.session.role === 'citizen' || ctx.session.role === 'org_agent') return ctx.session.userId
  return citizenAccount(ctx.db, subjectCitizenId(ctx))?.id ?? null
}

export function signInSession(session: Session, account: AccountRow): void {
  session.role = account.kind
  session.userId = account.id
  session.displayName = account.display_name
  session.citizenId = account.citizen_id
  session.organisationId = account.org_id
  session.actingForCitizenId = null
}
