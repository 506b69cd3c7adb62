import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import { CHINA_2026_CALENDAR_DATA, checkCalendarYear, createHolidayCalendar, type HolidayCalendar } from '../../../src-shared/domain/exams'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'

/** The year the built-in data covers (src-shared/domain/exams/holidays-2026.ts). */
const BUILT_IN_YEAR = 2026

/**
 * Seeds the built-in 2026 data while the calendar knows no year at all. Once any year is
 * listed — even one an administrator emptied on purpose — the table is the only source, so a
 * restart never undoes an edit.
 */
export function ensureHolidayCalendar(db: AppDatabase, now: Date): void {
  db.transaction(() => {
    if (db.first(db.kysely.selectFrom('holiday_calendar_years').select('year').limit(1))) return
    db.run(db.kysely.insertInto('holiday_calendar_years').values({ year: BUILT_IN_YEAR, source: 'builtin', updated_at: now.toISOString(), updated_by: null }))
    writeDays(db, BUILT_IN_YEAR, CHINA_2026_CALENDAR_DATA.holidays, CHINA_2026_CALENDAR_DATA.makeUpWorkdays)
  })
}

function writeDays(db: AppDatabase, year: number, holidays: readonly string[], makeUpWorkdays: readonly string[]): void {
  db.run(db.kysely.deleteFrom('holiday_calendar_days').where('year', '=', year))
  const rows = [...holidays.map((date) => ({ date, year, kind: 'holiday' as const })), ...makeUpWorkdays.map((date) => ({ date, year, kind: 'makeup' as const }))]
  db.insertMany('holiday_calendar_days', rows)
}

/**
 * The working-day calendar as the table holds it now. Read per request (a few dozen rows a
 * year), so an administrator's edit applies to the very next deadline computed — there is no
 * cached copy to go stale.
 */
export function loadHolidayCalendar(db: AppDatabase): HolidayCalendar {
  const days = db.all(db.kysely.selectFrom('holiday_calendar_days').select(['date', 'kind']))
  return createHolidayCalendar({ holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date), makeUpWorkdays: days.filter((d) => d.kind === 'makeup').map((d) => d.date) })
}

type CalendarOutput = OutputOf<AppContract, 'exams.calendar'>

export function calendarYear(input: ParsedInputOf<AppContract, 'exams.calendar'>, ctx: HandlerContext): CalendarOutput {
  const { db } = ctx
  const row = db.first(db.kysely.selectFrom('holiday_calendar_years').selectAll().where('year', '=', input.year))
  const days = db.all(db.kysely.selectFrom('holiday_calendar_days').select(['date', 'kind']).where('year', '=', input.year).orderBy('date'))
  const years = db.all(db.kysely.selectFrom('holiday_calendar_years').select('year').orderBy('year')).map((y) => y.year)
  return {
    year: input.year,
    known: row !== undefined,
    source: row?.source ?? null,
    updatedAt: row?.updated_at ?? null,
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    makeUpWorkdays: days.filter((d) => d.kind === 'makeup').map((d) => d.date),
    years
  }
}

/**
 * Replaces one year's holidays and make-up days. The year is checked with the calendar's own
 * rules before anything is written, so a refused edit leaves the old year in force; the dispatcher
 * records the command in the outbox and the audit log.
 */
export function updateCalendarYear(input: ParsedInputOf<AppContract, 'exams.updateCalendar'>, ctx: HandlerContext): CalendarOutput {
  const { db } = ctx
  const check = checkCalendarYear(input)
  if (!check.ok) throw ruleViolation(check.rule, check.message, check.params)
  const { year, holidays, makeUpWorkdays } = check.data
  const updatedAt = ctx.now.toISOString()
  db.run(
    db.kysely
      .insertInto('holiday_calendar_years')
      .values({ year, source: 'admin', updated_at: updatedAt, updated_by: ctx.session.userId })
      .onConflict((oc) => oc.column('year').doUpdateSet({ source: 'admin', updated_at: updatedAt, updated_by: ctx.session.userId }))
  )
  writeDays(db, year, holidays, makeUpWorkdays)
  ctx.record({ subject: String(year), payload: { year, holidays, makeUpWorkdays } })
  return calendarYear({ year }, ctx)
}
