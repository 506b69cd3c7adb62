import { ruleViolation } from '../../../src-shared/contract'
import type { EnrolResponse } from '../../../src-shared/sync/protocol'
import type { AppDatabase } from '../../core/database'
import { appendAudit } from '../../core/audit'
import type { TerminalRecord } from '../../app/terminal'
import { withForeignKeysOff } from './apply'
import { CentralClient, CentralRequestError, type CentralClientOptions } from './client'

/**
 * Tables emptied when a demo terminal enrols: everything that hangs from the demo records,
 * and the demo signing key (its receipts go with them); the keys of enrolled terminals arrive
 * by sync. Staff accounts, the audit log, offices and the holiday calendar stay.
 */
const ENROLMENT_WIPE = [
  'receipts', 'payment_lines', 'payment_journal', 'day_closes', 'exam_allocations', 'exam_bookings', 'exam_attempts', 'learner_permits', 'bindings', 'disputes',
  'sync_snapshot_seen', 'sync_partitions', 'sync_tasks', 'sync_released', 'number_ranges', 'terminal_keys',
  'exam_sessions', 'exam_plans', 'exam_venues', 'exam_regions', 'violations', 'vehicles', 'licences'
] as const

/** Ask the central service to enrol this terminal with a one-time code; refusals name their rule. */
export async function requestEnrolment(
  options: Omit<CentralClientOptions, 'clockOffsetMs' | 'onClockOffset'>,
  code: string,
  appVersion: string
): Promise<{ answer: EnrolResponse; clockOffsetMs: number }> {
  let clockOffsetMs = 0
  const client = new CentralClient({ ...options, clockOffsetMs: () => clockOffsetMs, onClockOffset: (ms) => (clockOffsetMs = ms) }, null)
  try {
    return { answer: await client.enrol(code, appVersion), clockOffsetMs }
  } catch (error) {
    if (!(error instanceof CentralRequestError)) throw error
    if (error.code === 'ENROLMENT_CODE_INVALID') throw ruleViolation('SYNC_ENROL_CODE_INVALID', '登记码无效、已使用或已过期', { centralCode: error.code })
    throw ruleViolation('SYNC_ENROL_FAILED', error.message, { centralCode: error.code })
  }
}

/**
 * Take on the identity the central service assigned, in one transaction: the demo data goes
 * (its generated citizens and payments mean nothing to the central service, and its pending
 * commands are discarded and counted in the audit line), the terminal row gets its id, office,
 * mode and a new epoch, the signing key and number ranges arrive, and every partition starts
 * with a snapshot.
 */
export function adoptEnrolment(
  db: AppDatabase,
  enrolment: {
    before: TerminalRecord
    answer: EnrolResponse
    clockOffsetMs: number
    centralUrl: string
    actor: { role: string; id: string | null }
    /** The enrolling administrator's new password (scrypt), replacing the one they signed in with. */
    adminPasswordHash: string
    at: Date
  }
): void {
  const { before, answer, actor } = enrolment
  const at = enrolment.at.toISOString()
  const origin = new URL(enrolment.centralUrl).origin
  withForeignKeysOff(db, () => {
    const discarded = db.run(db.kysely.deleteFrom('outbox').where('state', '=', 'pending'))
    for (const table of ENROLMENT_WIPE) db.prepare(`DELETE FROM ${table}`).run()
    db.prepare(`DELETE FROM accounts WHERE kind IN ('citizen','org_agent')`).run()
    db.prepare('DELETE FROM organisations').run()
    db.prepare('DELETE FROM citizens').run()
    db.prepare('DELETE FROM sync_state').run()
    const disabledStaff = secureStaffAccounts(db, actor.id, enrolment.adminPasswordHash, !answer.demo, at)
    db.run(
      db.kysely
        .updateTable('terminal')
        .set({ id: answer.terminalId, name: answer.name, mode: answer.mode, office_code: answer.officeCode, demo: answer.demo ? 1 : 0, enrolled: 1, epoch: before.epoch + 1 })
        .where('id', '=', before.id)
    )
    db.run(
      db.kysely.insertInto('terminal_keys').values({ terminal_id: answer.terminalId, label: answer.name, public_key: answer.signingKey.publicKeyPem, private_key: answer.signingKey.privateKeyPem })
    )
    db.run(
      db.kysely.insertInto('number_ranges').values([
        { kind: 'receipt', prefix: answer.ranges.receipt.prefix, next: answer.ranges.receipt.first, last: answer.ranges.receipt.last },
        { kind: 'decision', prefix: answer.ranges.decision.prefix, next: answer.ranges.decision.first, last: answer.ranges.decision.last }
      ])
    )
    db.run(
      db.kysely.insertInto('sync_state').values({
        id: 1,
        central_url: origin,
        secret: answer.secret,
        partitions: JSON.stringify(answer.partitions),
        enrolled_at: at,
        central_demo: answer.demo ? 1 : 0,
        clock_offset_ms: enrolment.clockOffsetMs
      })
    )
    for (const partition of answer.partitions) db.run(db.kysely.insertInto('sync_partitions').values({ partition, snapshot_state: 'initial' }))
    appendAudit(
      db,
      {
        terminalId: answer.terminalId,
        actorRole: actor.role,
        actorId: actor.id,
        onBehalfOf: null,
        action: 'sync.enrol',
        subject: answer.terminalId,
        details: {
          previousId: before.id,
          centralUrl: origin,
          officeCode: answer.officeCode,
          mode: answer.mode,
          partitions: answer.partitions,
          discardedDemoCommands: discarded,
          disabledStaff
        }
      },
      enrolment.at
    )
  })
}

/**
 * Staff accounts after enrolment. The enrolling administrator keeps their account under the
 * new password they chose. On a production central service every other staff account is
 * disabled (and its lock-out cleared), because a terminal that started as a demo carries the
 * `admin`/`clerk` accounts whose password the README publishes: the administrator re-enables
 * each one with a new password in 管理 → 工作人员. Answers the disabled user names.
 */
function secureStaffAccounts(db: AppDatabase, adminId: string | null, passwordHash: string, production: boolean, at: string): string[] {
  if (!adminId) throw new Error('enrolment needs the enrolling administrator')
  const changed = db.run(
    db.kysely
      .updateTable('accounts')
      .set({ password_hash: passwordHash, failed_attempts: 0, locked_until: null, updated_at: at })
      .where('id', '=', adminId)
      .where('kind', '=', 'admin')
  )
  if (changed !== 1) throw new Error('the enrolling administrator has no admin account')
  if (!production) return []
  const others = db.all(
    db.kysely.selectFrom('accounts').select(['id', 'username']).where('kind', 'in', ['clerk', 'admin']).where('id', '<>', adminId).where('disabled', '=', 0).orderBy('username')
  )
  if (others.length > 0) {
    db.run(db.kysely.updateTable('accounts').set({ disabled: 1, updated_at: at }).where('id', 'in', others.map((account) => account.id)))
  }
  return others.map((account) => account.username ?? account.id)
}
