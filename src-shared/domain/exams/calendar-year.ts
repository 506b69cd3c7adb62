import { CalendarDataError, createHolidayCalendar, type CalendarDataRule, type HolidayCalendarData } from './calendar'

/**
 * One year of the holiday calendar as an administrator enters it from the State Council's notice
 * (关于XXXX年部分节假日安排的通知). The notice covers one year, so the editor replaces one year at a
 * time; years the data does not list count weekends only.
 */
export interface CalendarYear {
  readonly year: number
  readonly holidays: readonly string[]
  readonly makeUpWorkdays: readonly string[]
}

/** Years the editor accepts: wide enough for any permit or exam the terminal meets. */
export const CALENDAR_FIRST_YEAR = 2000
export const CALENDAR_LAST_YEAR = 2099

export type CalendarYearRule = CalendarDataRule | 'CALENDAR_DATE_OUTSIDE_YEAR' | 'CALENDAR_YEAR_INVALID'

export type CalendarYearCheck =
  | { readonly ok: true; readonly data: CalendarYear }
  | { readonly ok: false; readonly rule: CalendarYearRule; readonly message: string; readonly params: Record<string, string | number> }

/**
 * Checks one year's entries and returns them sorted and without duplicates. The checks are the
 * calendar's own (createHolidayCalendar: real dates, no date in both lists, make-up days on
 * weekends only) plus one of its own: every date lies in `year`, because saving a year replaces
 * exactly that year's entries and a stray date would silently land in another year.
 */
export function checkCalendarYear(input: CalendarYear): CalendarYearCheck {
  const { year } = input
  if (!Number.isInteger(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) {
    return { ok: false, rule: 'CALENDAR_YEAR_INVALID', message: `年份须在 ${CALENDAR_FIRST_YEAR} 至 ${CALENDAR_LAST_YEAR} 之间`, params: { year } }
  }
  const holidays = [...new Set(input.holidays)].sort()
  const makeUpWorkdays = [...new Set(input.makeUpWorkdays)].sort()
  const data: HolidayCalendarData = { holidays, makeUpWorkdays }
  try {
    createHolidayCalendar(data)
  } catch (caught) {
    if (!(caught instanceof CalendarDataError)) throw caught
    const messages: Record<CalendarDataRule, string> = {
      CALENDAR_DATE_INVALID: `${caught.date} 不是有效日期`,
      CALENDAR_DATE_IN_BOTH: `${caught.date} 不能既是节假日又是调休上班日`,
      CALENDAR_MAKEUP_NOT_WEEKEND: `调休上班日 ${caught.date} 不是周六或周日：调休上班日是补上班的周末，工作日本来就上班`
    }
    return { ok: false, rule: caught.rule, message: messages[caught.rule], params: { date: caught.date, year } }
  }
  const outside = [...holidays, ...makeUpWorkdays].find((date) => !date.startsWith(`${String(year).padStart(4, '0')}-`))
  if (outside !== undefined) {
    return { ok: false, rule: 'CALENDAR_DATE_OUTSIDE_YEAR', message: `${outside} 不在 ${year} 年内：每次只能修改一个年度的节假日安排`, params: { date: outside, year } }
  }
  return { ok: true, data: { year, holidays, makeUpWorkdays } }
}
