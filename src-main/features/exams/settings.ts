import type { AppContract, OutputOf, ParsedInputOf } from '../../../src-shared/contract'
import type { OfficeExamSettings } from '../../../src-shared/domain/exams'
import type { OfficeExamSettingsPayload } from '../../../src-shared/sync/commands'
import type { HandlerContext } from '../../core/dispatcher'

type SettingsView = OutputOf<AppContract, 'exams.settings'>

/**
 * The exam settings every booking, ranking and allocation on this terminal uses: the office's
 * row (set by an administrator of the office, replicated to every terminal of the office), or
 * the terminal's configuration (`exams` in config.json) until the office has set them.
 */
export function officeExamSettings(ctx: Pick<HandlerContext, 'db' | 'terminal'>, fallback: OfficeExamSettings): OfficeExamSettings {
  const { allowConcurrentK2K3, priorityBooking } = settingsView(ctx, fallback)
  return { allowConcurrentK2K3, priorityBooking }
}

export function settingsView(ctx: Pick<HandlerContext, 'db' | 'terminal'>, fallback: OfficeExamSettings): SettingsView {
  const { db } = ctx
  const officeCode = ctx.terminal.officeCode
  const row = db.first(db.kysely.selectFrom('office_exam_settings').selectAll().where('office_code', '=', officeCode))
  if (!row) return { officeCode, ...fallback, source: 'terminal', updatedAt: null, updatedBy: null }
  const by = row.updated_by === null ? undefined : db.first(db.kysely.selectFrom('accounts').select('display_name').where('id', '=', row.updated_by))
  return {
    officeCode,
    allowConcurrentK2K3: row.allow_concurrent_k2k3 === 1,
    priorityBooking: row.priority_booking === 1,
    source: 'office',
    updatedAt: row.updated_at,
    updatedBy: by?.display_name ?? null
  }
}

/**
 * An administrator sets the office's settings. The command carries the row as written; the
 * central service stores it and every kiosk and counter of the office pulls it, so they all
 * check eligibility and rank with the same switches.
 */
export function updateExamSettings(input: ParsedInputOf<AppContract, 'exams.updateSettings'>, ctx: HandlerContext, fallback: OfficeExamSettings): SettingsView {
  const { db } = ctx
  const row: OfficeExamSettingsPayload['settings'] = {
    office_code: ctx.terminal.officeCode,
    allow_concurrent_k2k3: input.allowConcurrentK2K3 ? 1 : 0,
    priority_booking: input.priorityBooking ? 1 : 0,
    updated_at: ctx.now.toISOString(),
    updated_by: ctx.session.userId
  }
  const { office_code, ...changes } = row
  db.run(db.kysely.insertInto('office_exam_settings').values(row).onConflict((oc) => oc.column('office_code').doUpdateSet(changes)))
  ctx.record({ subject: office_code, payload: { settings: row } satisfies OfficeExamSettingsPayload })
  return settingsView(ctx, fallback)
}
