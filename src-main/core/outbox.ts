import { uuidv7 } from 'uuidv7'
import type { AppDatabase } from './database'
import type { Session } from './session'

export interface OutboxEntry {
  command: string
  version: number
  payload: unknown
  /** Defaults to a fresh UUIDv7; payments use the decision number so a decision is paid once. */
  idempotencyKey?: string
}

export interface TerminalIdentity {
  id: string
  epoch: number
}

/**
 * Append one command to the outbox. Callers are already inside the transaction that applied
 * the command's effect, so the effect and its record commit or roll back together.
 */
export function appendOutbox(db: AppDatabase, terminal: TerminalIdentity, session: Session, entry: OutboxEntry, now: Date): number {
  if (!db.inTransaction) throw new Error('appendOutbox must run inside the transaction of the change it records')
  const { sql, parameters } = db.kysely
    .insertInto('outbox')
    .values({
      terminal_id: terminal.id,
      epoch: terminal.epoch,
      idempotency_key: entry.idempotencyKey ?? uuidv7(),
      command: entry.command,
      command_version: entry.version,
      payload: JSON.stringify(entry.payload ?? null),
      actor_role: session.role,
      actor_id: session.userId,
      created_at: now.toISOString()
    })
    .compile()
  return Number(db.prepare(sql).run(...(parameters as unknown[])).lastInsertRowid)
}

export function pendingOutbox(db: AppDatabase): { depth: number; oldestAt: string | null } {
  const row = db.first(
    db.kysely
      .selectFrom('outbox')
      .select((eb) => [eb.fn.countAll<number>().as('depth'), eb.fn.min('created_at').as('oldest')])
      .where('state', '=', 'pending')
  )
  return { depth: Number(row?.depth ?? 0), oldestAt: (row?.oldest as string | null | undefined) ?? null }
}
