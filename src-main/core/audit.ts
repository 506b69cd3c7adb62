import { createHash } from 'node:crypto'
import type { AppDatabase } from './database'
import type { AuditLogTable } from '../../db/schema'

export interface AuditEntry {
  terminalId: string
  actorRole: string
  actorId: string | null
  /** The citizen a clerk acted for, when a clerk acted on someone's behalf. */
  onBehalfOf: string | null
  action: string
  subject: string | null
  details: Record<string, unknown>
}

const GENESIS = '0'.repeat(64)

/** Keys sorted at every level, so the same entry always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

type AuditRow = AuditLogTable

function lineHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256')
    .update(canonical({ ...row, details: JSON.parse(row.details) }))
    .digest('hex')
}

/**
 * Append one line to the hash-chained audit log: each line's hash covers its content, its
 * sequence number and the previous line's hash, so editing, removing or reordering any line
 * breaks every hash after it. Runs inside the caller's transaction.
 */
export function appendAudit(db: AppDatabase, entry: AuditEntry, at: Date): void {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined
  const row: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    terminal_id: entry.terminalId,
    actor_role: entry.actorRole,
    actor_id: entry.actorId,
    on_behalf_of: entry.onBehalfOf,
    action: entry.action,
    subject: entry.subject,
    details: JSON.stringify(entry.details),
    prev_hash: last?.hash ?? GENESIS
  }
  db.prepare(
    `INSERT INTO audit_log (seq, at, terminal_id, actor_role, actor_id, on_behalf_of, action, subject, details, prev_hash, hash)
     VALUES (@seq, @at, @terminal_id, @actor_role, @actor_id, @on_behalf_of, @action, @subject, @details, @prev_hash, @hash)`
  ).run({ ...row, hash: lineHash(row) })
}

export type ChainVerdict = { ok: true; lines: number } | { ok: false; lines: number; brokenAt: number; reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' }

/** Walk the whole chain; report the first broken link. */
export function verifyAuditChain(db: AppDatabase): ChainVerdict {
  let previous = GENESIS
  let expectedSeq = 1
  let lines = 0
  for (const row of db.raw.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    lines++
    if (row.seq !== expectedSeq) return { ok: false, lines, brokenAt: row.seq, reason: 'sequence_gap' }
    if (row.prev_hash !== previous) return { ok: false, lines, brokenAt: row.seq, reason: 'prev_hash_mismatch' }
    const { hash, ...rest } = row
    if (lineHash(rest) !== hash) return { ok: false, lines, brokenAt: row.seq, reason: 'hash_mismatch' }
    previous = hash
    expectedSeq++
  }
  return { ok: true, lines }
}
