import type { DisputeItem } from '../../../src-shared/contract/disputes'
import type { ViolationItem } from '../../../src-shared/contract/violations'
import { isDisputeOverdue, mayDecideDispute } from '../../../src-shared/domain/disputes'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import type { Selectable } from 'kysely'
import type { DisputesTable } from '../../../db/schema'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import { checkPaymentEvidence } from './evidence'

export type DisputeRow = Selectable<DisputesTable>

export function officeName(code: string): string {
  return OFFICE_BY_CODE.get(code)?.name ?? code
}

export function loadDispute(db: AppDatabase, id: string): DisputeRow | undefined {
  return db.first(db.kysely.selectFrom('disputes').selectAll().where('id', '=', id))
}

/** A dispute as the screens show it, with the record's current facts (null once deleted). */
export function disputeItem(ctx: Pick<HandlerContext, 'db' | 'session' | 'terminal'>, row: DisputeRow, today: string): DisputeItem {
  const { db, session, terminal } = ctx
  const record = db.first(
    db.kysely.selectFrom('violations').select(['plate', 'decision_number', 'state', 'fine_fen', 'occurred_at', 'place']).where('id', '=', row.violation_id)
  )
  const clerk = session.role === 'clerk'
  return {
    id: row.id,
    violationId: row.violation_id,
    recordNumber: row.record_number,
    description: row.description,
    record: record
      ? { plate: record.plate, decisionNumber: record.decision_number, state: record.state, fineFen: record.fine_fen, occurredAt: record.occurred_at, place: record.place }
      : null,
    kind: row.kind,
    reason: row.reason,
    evidence: row.evidence,
    raisedByRole: row.raised_by_role,
    raisedAt: row.raised_at,
    raisedHere: row.raised_terminal === terminal.id,
    officeCode: row.office_code,
    officeName: officeName(row.office_code),
    dueOn: row.due_on,
    overdue: isDisputeOverdue(row.state, row.due_on, today),
    state: row.state,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    decidable: clerk && terminal.mode === 'counter' && row.state === 'open' && mayDecideDispute(terminal.officeCode, row.office_code),
    // The verification result is for the clerk deciding; a citizen sees their own evidence as typed.
    evidenceCheck: clerk && row.kind === 'payment_not_cleared' ? checkPaymentEvidence(db, row.evidence, record?.decision_number ?? null) : null
  }
}

/** The latest dispute of each record (an open one always being the latest), for the record cards. */
export function latestDisputes(db: AppDatabase, violationIds: readonly string[]): Map<string, NonNullable<ViolationItem['dispute']>> {
  const found = new Map<string, NonNullable<ViolationItem['dispute']>>()
  if (violationIds.length === 0) return found
  // Runs on every listing of records: one prepared statement whatever the number of ids (json_each), no query building per call.
  const rows = db
    .prepare(`SELECT * FROM disputes WHERE violation_id IN (SELECT value FROM json_each(?)) ORDER BY raised_at`)
    .all(JSON.stringify(violationIds)) as Selectable<DisputesTable>[]
  for (const row of rows) {
    found.set(row.violation_id, { id: row.id, kind: row.kind, state: row.state, dueOn: row.due_on, officeName: officeName(row.office_code), decidedAt: row.decided_at, decisionNote: row.decision_note })
  }
  return found
}
