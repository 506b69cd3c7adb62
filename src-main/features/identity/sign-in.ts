import { ruleViolation, type AppContract, type ParsedInputOf } from '../../../src-shared/contract'
import { maskResidentId } from '../../../src-shared/domain/identifiers'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import type { IdCardReader } from '../../ports/id-card-reader'
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, signInSession, citizenAccount, type AccountRow } from './accounts'
import { hashPassword, verifyPassword } from './password'

type SignInInput = ParsedInputOf<AppContract, 'auth.signIn'>

function findAccount(db: AppDatabase, input: SignInInput): AccountRow | undefined {
  const accounts = db.kysely.selectFrom('accounts').selectAll()
  if (input.kind === 'staff') return db.first(accounts.where('username', '=', input.username.toLowerCase()).where('kind', 'in', ['clerk', 'admin'])) as AccountRow | undefined
  if (input.kind === 'organisation') return db.first(accounts.where('username', '=', input.uscc).where('kind', '=', 'org_agent')) as AccountRow | undefined
  const citizen = db.first(db.kysely.selectFrom('citizens').select('id').where('id_number', '=', input.idNumber))
  return citizen ? citizenAccount(db, citizen.id) : undefined
}

function subjectLabel(input: SignInInput): string {
  if (input.kind === 'staff') return input.username
  if (input.kind === 'organisation') return input.uscc
  return maskResidentId(input.idNumber)
}

/** Refusals that do not depend on the password: lock-out, disabled accounts, unapproved organisations. */
function assertMaySignIn(db: AppDatabase, account: AccountRow, now: Date): void {
  if (account.locked_until && account.locked_until > now.toISOString()) {
    throw ruleViolation('AUTH_LOCKED', `连续${MAX_FAILED_SIGN_INS}次密码错误，账户已锁定${LOCK_MINUTES}分钟`, { lockedUntil: account.locked_until })
  }
  if (account.disabled) throw ruleViolation('AUTH_DISABLED', '该账户已停用，请联系管理员')
  if (account.kind === 'org_agent' && account.org_id) {
    const org = db.first(db.kysely.selectFrom('organisations').select('status').where('id', '=', account.org_id))
    if (org?.status === 'pending') throw ruleViolation('AUTH_ORG_PENDING', '单位注册尚待窗口审核')
    if (org?.status === 'rejected') throw ruleViolation('AUTH_ORG_REJECTED', '单位注册未通过审核')
  }
}

// Compared against when no account matches, so a wrong user name costs the same time as a
// wrong password and does not reveal which accounts exist.
let decoyHash: Promise<string> | null = null

/**
 * Password sign-in. A failure is counted (and a fifth one locks the account for 15 minutes)
 * in its own committed transaction before the refusal is answered; both are audited.
 */
export async function signIn(input: SignInInput, ctx: HandlerContext): Promise<void> {
  const { db, session, now } = ctx
  const account = findAccount(db, input)
  if (!account) {
    decoyHash ??= hashPassword('decoy-password-Aa1!')
    await verifyPassword(input.password, await decoyHash)
    db.transaction(() => ctx.audit('auth.signIn.failed', subjectLabel(input), { kind: input.kind, reason: 'unknown_account' }))
    throw ruleViolation('AUTH_BAD_CREDENTIALS', '账号或密码错误', { remainingAttempts: null })
  }
  assertMaySignIn(db, account, now)
  const valid = await verifyPassword(input.password, account.password_hash)

  if (!valid) {
    const attempts = account.failed_attempts + 1
    const locks = attempts >= MAX_FAILED_SIGN_INS
    const lockedUntil = locks ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null
    db.transaction(() => {
      // The lock-out is this terminal's own state: `updated_at` is the replicated account's edit time and stays.
      db.run(
        db.kysely
          .updateTable('accounts')
          .set({ failed_attempts: locks ? 0 : attempts, locked_until: lockedUntil ?? account.locked_until })
          .where('id', '=', account.id)
      )
      ctx.audit('auth.signIn.failed', account.id, { kind: input.kind, attempts })
      if (locks) ctx.audit('auth.lockout', account.id, { lockedUntil, minutes: LOCK_MINUTES })
    })
    if (locks) throw ruleViolation('AUTH_LOCKED', `连续${MAX_FAILED_SIGN_INS}次密码错误，账户已锁定${LOCK_MINUTES}分钟`, { lockedUntil })
    throw ruleViolation('AUTH_BAD_CREDENTIALS', '账号或密码错误', { remainingAttempts: MAX_FAILED_SIGN_INS - attempts })
  }

  db.transaction(() => {
    db.run(db.kysely.updateTable('accounts').set({ failed_attempts: 0, locked_until: null }).where('id', '=', account.id))
    signInSession(session, account)
    ctx.audit('auth.signIn', account.id, { kind: input.kind, method: 'password' })
  })
}

/** Sign-in by placing the resident ID card on the reader; only registered citizens. */
export async function signInWithCard(reader: IdCardReader, ctx: HandlerContext): Promise<void> {
  const { db, session, now } = ctx
  const read = await reader.read()
  if (!read.ok) {
    if (read.reason === 'unplugged') throw ruleViolation('CARD_NO_READER', '读卡器未连接')
    if (read.reason === 'empty') throw ruleViolation('CARD_NO_CARD', '请将身份证放在读卡区')
    throw ruleViolation('CARD_UNREADABLE', '无法读取身份证，请重新放置或到窗口办理')
  }
  const citizen = db.first(db.kysely.selectFrom('citizens').select('id').where('id_number', '=', read.card.idNumber))
  const account = citizen ? citizenAccount(db, citizen.id) : undefined
  if (!account) throw ruleViolation('CARD_NOT_REGISTERED', '该身份证尚未注册，请先注册', { maskedIdNumber: maskResidentId(read.card.idNumber) })
  assertMaySignIn(db, account, now)
  db.transaction(() => {
    signInSession(session, account)
    ctx.audit('auth.signIn', account.id, { kind: 'citizen', method: 'id_card' })
  })
}
