import { checkCalendarYear, type OfficeExamSettings } from '../../src-shared/domain/exams'
import { CENTRAL_RULES, holidayCalendarSchema, officeExamSettingsSchema } from '../../src-shared/sync/commands'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { getRecord, putRecord, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

/**
 * Reference data an administrator sets at one terminal for many: the province's holiday
 * calendar and an office's exam settings. The central service checks the row again and
 * publishes it; the last change to arrive wins, and every terminal converges on it.
 */

/** `exams.updateCalendar` v2: one year of the holiday calendar, checked with the calendar's rules. */
export async function executeCalendarYear(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  // Version 1 (before the calendar was replicated) changed only the terminal that made it: kept as a record.
  if (command.version === 1) return applied(command)
  const parsed = parsePayload(command, holidayCalendarSchema)
  if (!parsed.ok) return parsed.result
  const { calendar } = parsed.payload
  const dates = (text: string): string[] | null => {
    try {
      const value: unknown = JSON.parse(text)
      return Array.isArray(value) && value.every((date) => typeof date === 'string') ? (value as string[]) : null
    } catch {
      return null
    }
  }
  const holidays = dates(calendar.holidays)
  const makeUpWorkdays = dates(calendar.make_up_workdays)
  const check = holidays && makeUpWorkdays ? checkCalendarYear({ year: Number(calendar.year), holidays, makeUpWorkdays }) : null
  if (!check?.ok) {
    return review(command, CENTRAL_RULES.CALENDAR_YEAR_REFUSED, `中心复核未采用 ${calendar.year} 年的节假日安排：${check?.message ?? '日期列表无法识别'}`, {
      year: calendar.year,
      rule: check?.rule ?? 'CALENDAR_DATE_INVALID'
    })
  }
  const row = { ...calendar, holidays: JSON.stringify(check.data.holidays), make_up_workdays: JSON.stringify(check.data.makeUpWorkdays) }
  await putRecord(trx, 'holiday_calendars', calendar.year, row, context.at)
  return applied(command)
}

/** `exams.updateSettings` v1: a terminal sets its own office's exam settings, never another's. */
export async function executeOfficeExamSettings(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, officeExamSettingsSchema)
  if (!parsed.ok) return parsed.result
  const { settings } = parsed.payload
  const terminal = await trx.selectFrom('terminals').select('office_code').where('id', '=', context.terminalId).executeTakeFirst()
  if (terminal?.office_code !== settings.office_code) {
    return review(command, CENTRAL_RULES.EXAM_SETTINGS_OFFICE_MISMATCH, `终端只能设置本车管所的考试预约规则（本终端属 ${terminal?.office_code ?? '未知'}，设置的是 ${settings.office_code}）`, {
      officeCode: settings.office_code,
      terminalOffice: terminal?.office_code ?? null
    })
  }
  await putRecord(trx, 'office_exam_settings', settings.office_code, settings, context.at)
  return applied(command)
}

/**
 * The settings an office's bookings and allocations are checked with centrally: the office's
 * own once set, else those the terminal checked with (its configuration).
 */
export async function centralExamSettings(trx: CentralTrx, officeCode: string, terminal: OfficeExamSettings): Promise<OfficeExamSettings> {
  const record = await getRecord(trx, 'office_exam_settings', officeCode)
  if (!record) return terminal
  return { allowConcurrentK2K3: Number(record.row.allow_concurrent_k2k3) === 1, priorityBooking: Number(record.row.priority_booking) === 1 }
}
