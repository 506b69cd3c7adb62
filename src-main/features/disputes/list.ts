import type { AppContract, OutputOf, ParsedInputOf } from '../../../src-shared/contract'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import type { HandlerContext } from '../../core/dispatcher'
import { paymentScope, scopeViolations } from '../violations/scope'
import { disputeItem } from './records'

/**
 * A citizen (or organisation agent) sees the disputes about their records and the ones they
 * raised — the latter still after an upheld dispute deleted the record. A clerk sees what this
 * office decides and what was raised at this terminal (for another office, to follow up).
 */
export function listDisputes(input: ParsedInputOf<AppContract, 'disputes.list'>, ctx: HandlerContext): OutputOf<AppContract, 'disputes.list'> {
  const { db, session, terminal, now } = ctx
  const today = chinaDateOf(now)
  let query = db.kysely.selectFrom('disputes').selectAll()
  if (session.role === 'clerk') {
    query = query.where((eb) => eb.or([eb('office_code', '=', terminal.officeCode), eb('raised_terminal', '=', terminal.id)]))
  } else {
    const scope = paymentScope(ctx)
    const ids = scopeViolations(db, scope, null).map((row) => row.id)
    query = query.where((eb) =>
      eb.or([eb('raised_for_citizen', '=', scope.citizenId), ...(session.userId ? [eb('raised_by_account', '=', session.userId)] : []), ...(ids.length ? [eb('violation_id', 'in', ids)] : [])])
    )
  }
  if (input.state === 'open') query = query.where('state', '=', 'open')
  else if (input.state === 'decided') query = query.where('state', '!=', 'open')
  // Open ones by due date (the most urgent first), then the decided, newest first.
  const rows = db.all(query).sort((a, b) => {
    if ((a.state === 'open') !== (b.state === 'open')) return a.state === 'open' ? -1 : 1
    if (a.state === 'open') return a.due_on.localeCompare(b.due_on) || a.raised_at.localeCompare(b.raised_at)
    return (b.decided_at ?? '').localeCompare(a.decided_at ?? '')
  })
  return { items: rows.map((row) => disputeItem(ctx, row, today)), today, officeCode: terminal.officeCode }
}
