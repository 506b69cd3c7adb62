import { AppError } from '../../../src-shared/contract'
import type { AppDatabase } from '../../core/database'

export type NumberKind = 'receipt' | 'decision'

/**
 * Human-facing numbers come from per-terminal ranges, so two offline terminals never issue
 * the same receipt or decision number. A demo terminal gives itself a range; enrolment with
 * the central service (issue #6) replaces it with an assigned one.
 */
export function ensureDemoRanges(db: AppDatabase, divisionCode: string, terminalId: string): void {
  // Demo slots 90–99, picked from the terminal id, so two demo terminals side by side rarely
  // share a range; enrolled terminals get slots below 90 from the central service.
  const slot = String(90 + (parseInt(terminalId.replace(/-/g, '').slice(-6), 16) % 10))
  const defaults: Record<NumberKind, string> = {
    // 罚没款收据: JF + division code + terminal slot + 8-digit sequence.
    receipt: `JF${divisionCode}${slot}`,
    // 处罚决定书编号: 16 digits, treated as opaque elsewhere (research §2).
    decision: `${divisionCode}${slot}`
  }
  for (const kind of Object.keys(defaults) as NumberKind[]) {
    db.run(
      db.kysely
        .insertInto('number_ranges')
        .values({ kind, prefix: defaults[kind], next: 1, last: 99_999_999 })
        .onConflict((oc) => oc.column('kind').doNothing())
    )
  }
}

/** Take the next number of a range; inside the caller's transaction, so a rollback gives it back. */
export function takeNumber(db: AppDatabase, kind: NumberKind): string {
  const range = db.first(db.kysely.selectFrom('number_ranges').selectAll().where('kind', '=', kind))
  if (!range) throw new AppError('CONFLICT', `本终端没有${kind === 'receipt' ? '收据' : '决定书'}号段，请先登记终端`)
  if (range.next > range.last) throw new AppError('CONFLICT', `${kind === 'receipt' ? '收据' : '决定书'}号段已用完，请同步以获取新号段`)
  db.run(db.kysely.updateTable('number_ranges').set({ next: range.next + 1 }).where('kind', '=', kind))
  return `${range.prefix}${String(range.next).padStart(8, '0')}`
}
