import { uuidv7 } from 'uuidv7'
import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { hashPassword } from './password'

export function listStaff(db: AppDatabase): OutputOf<AppContract, 'staff.list'> {
  return db
    .all(db.kysely.selectFrom('accounts').select(['id', 'username', 'display_name', 'kind', 'disabled', 'locked_until']).where('kind', 'in', ['clerk', 'admin']).orderBy('username'))
    .map((a) => ({ id: a.id, username: a.username ?? '', displayName: a.display_name, role: a.kind as 'clerk' | 'admin', disabled: a.disabled === 1, lockedUntil: a.locked_until }))
}

/** Insert a staff account; used by the admin screen, the demo set-up and `npm run staff:create`. */
export function insertStaff(db: AppDatabase, account: { username: string; displayName: string; role: 'clerk' | 'admin'; passwordHash: string }, at: Date): string {
  if (db.first(db.kysely.selectFrom('accounts').select('id').where('username', '=', account.username))) {
    throw ruleViolation('STAFF_USERNAME_TAKEN', '该用户名已存在')
  }
  const id = uuidv7()
  db.run(
    db.kysely.insertInto('accounts').values({
      id,
      kind: account.role,
      citizen_id: null,
      org_id: null,
      username: account.username,
      display_name: account.displayName,
      phone: null,
      password_hash: account.passwordHash,
      locked_until: null,
      created_at: at.toISOString(),
      updated_at: at.toISOString()
    })
  )
  return id
}

export async function createStaff(input: ParsedInputOf<AppContract, 'staff.create'>, ctx: HandlerContext): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password)
  const id = ctx.commit(() => {
    const created = insertStaff(ctx.db, { username: input.username, displayName: input.displayName, role: input.role, passwordHash }, ctx.now)
    ctx.record({ subject: created, payload: { id: created, username: input.username, displayName: input.displayName, role: input.role } })
    return created
  })
  return { id }
}

export async function updateStaff(input: ParsedInputOf<AppContract, 'staff.update'>, ctx: HandlerContext): Promise<{ id: string }> {
  const { db, session } = ctx
  const passwordHash = input.password ? await hashPassword(input.password) : null
  ctx.commit(() => {
    const account = db.first(db.kysely.selectFrom('accounts').select(['id', 'kind']).where('id', '=', input.id).where('kind', 'in', ['clerk', 'admin']))
    if (!account) throw ruleViolation('BIND_NOT_FOUND', '没有该工作人员账户')
    if (input.disabled && account.kind === 'admin') {
      // An admin cannot lock themself or the terminal's last admin out.
      const otherAdmins = db.all(db.kysely.selectFrom('accounts').select('id').where('kind', '=', 'admin').where('disabled', '=', 0).where('id', '<>', account.id))
      if (account.id === session.userId || otherAdmins.length === 0) throw ruleViolation('STAFF_LAST_ADMIN', '不能停用自己或最后一个管理员账户')
    }
    db.run(
      db.kysely
        .updateTable('accounts')
        .set({
          ...(input.disabled !== undefined ? { disabled: input.disabled ? 1 : 0 } : {}),
          ...(passwordHash ? { password_hash: passwordHash } : {}),
          ...(input.unlock ? { locked_until: null, failed_attempts: 0 } : {}),
          updated_at: ctx.now.toISOString()
        })
        .where('id', '=', account.id)
    )
    ctx.record({ subject: account.id, payload: { id: account.id, disabled: input.disabled, passwordReset: Boolean(passwordHash), unlock: input.unlock } })
  })
  return { id: input.id }
}
