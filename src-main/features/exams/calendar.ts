import { ruleViolation, type AppContract, type OutputOf, type ParsedInputOf } from '../../../src-shared/contract'
import { CHINA_2026_CALENDAR_DATA, checkCalendarYear, createHolidayCalendar, type CalendarYear, type HolidayCalendar } from '../../../src-shared/domain/exams'
import type { HolidayCalendarPayload, HolidayCalendarRow } from '../../../src-shared/sync/commands'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'

/** The year the built-in data covers (src-shared/domain/exams/holidays-2026.ts). */
const BUILT_IN_YEAR = 2026

/**
 * Seeds the built-in 2026 data while the calendar knows no year at all. Once any year is
 * listed — even one an administrator emptied on purpose — the table is the only source, so a
 * restart never undoes an edit. The built-in row has no update time: it is the same data on
 * every terminal, and only years an administrator set are replicated (entities.ts).
 */
export function ensureHolidayCalendar(db: AppDatabase): void {
  db.transaction(() => {
    if (db.first(db.kysely.selectFrom('holiday_calendars').select('year').limit(1))) return
    db.run(db.kysely.insertInto('holiday_calendars').values(builtInRow({ year: BUILT_IN_YEAR, ...CHINA_2026_CALENDAR_DATA })))
  })
}

/** The stored row of a year the terminal ships with; an administrator's adds who and when. */
function builtInRow(data: CalendarYear): HolidayCalendarRow {
  return {
    year: yearKey(data.year),
    holidays: JSON.stringify([...data.holidays].sort()),
    make_up_workdays: JSON.stringify([...data.makeUpWorkdays].sort()),
    source: 'builtin',
    updated_at: null,
    updated_by: null
  }
}

/** Years are stored as text, like every replicated key. */
function yearKey(year: number): string {
  return String(year).padStart(4, '0')
}

function datesOf(text: string): string[] {
  return JSON.parse(text) as string[]
}

/**
 * The working-day calendar as the table holds it now. Read per request (a few rows), so an
 * administrator's edit — here or pulled from the central service — applies to the very next
 * deadline computed: there is no cached copy to go stale.
 */
export function loadHolidayCalendar(db: AppDatabase): HolidayCalendar {
  const years = db.all(db.kysely.selectFrom('holiday_calendars').select(['holidays', 'make_up_workdays']))
  return createHolidayCalendar({ holidays: years.flatMap((y) => datesOf(y.holidays)), makeUpWorkdays: years.flatMap((y) => datesOf(y.make_up_workdays)) })
}

type CalendarOutput = OutputOf<AppContract, 'exams.calendar'>

export function calendarYear(input: ParsedInputOf<AppContract, 'exams.calendar'>, ctx: HandlerContext): CalendarOutput {
  const { db } = ctx
  const row = db.first(db.kysely.selectFrom('holiday_calendars').selectAll().where('year', '=', yearKey(input.year)))
  const years = db.all(db.kysely.selectFrom('holiday_calendars').select('year').orderBy('year')).map((y) => Number(y.year))
  return {
    year: input.year,
    known: row !== undefined,
    source: row?.source ?? null,
    updatedAt: row?.updated_at ?? null,
    holidays: row ? datesOf(row.holidays) : [],
    makeUpWorkdays: row ? datesOf(row.make_up_workdays) : [],
    years
  }
}

/**
 * Replaces one year's holidays and make-up days. The year is checked with the calendar's own
 * rules before anything is written, so a refused edit leaves the old year in force. The
 * command carries the row as written: the central service checks it again and sends it to every
 * terminal of the province.
 */
export function updateCalendarYear(input: ParsedInputOf<AppContract, 'exams.updateCalendar'>, ctx: HandlerContext): CalendarOutput {
  const { db } = ctx
  const check = checkCalendarYear(input)
  if (!check.ok) throw ruleViolation(check.rule, check.message, check.params)
  const row: HolidayCalendarPayload['calendar'] = { ...builtInRow(check.data), source: 'admin', updated_at: ctx.now.toISOString(), updated_by: ctx.session.userId }
  const { year, ...changes } = row
  db.run(db.kysely.insertInto('holiday_calendars').values(row).onConflict((oc) => oc.column('year').doUpdateSet(changes)))
  ctx.record({ subject: String(year), payload: { calendar: row } satisfies HolidayCalendarPayload })
  return calendarYear({ year: Number(year) }, ctx)
}
