import { civilDateFromDayNumber, dayNumber } from '../civil-date'

/**
 * Working-day arithmetic for the periods the rules count in working days: S1 art.110 (一日/三日/五日,
 * e.g. the 1-day cancellation deadline E9, the permit issued within 1 day E4, results 3–5 working
 * days before the exam E14), S3 and S4's short periods, and S2 art.36's holiday roll-over
 * (platform-rules §0). A working day is a Monday–Friday that is not a public holiday, or a weekend
 * day the State Council lists as a make-up working day (调休上班).
 */
export interface HolidayCalendarData {
  /** Days off: statutory holidays and the weekdays moved into the holiday by 调休. */
  readonly holidays: readonly string[]
  /** Weekend days worked instead (调休上班). */
  readonly makeUpWorkdays: readonly string[]
}

export interface HolidayCalendar {
  isWorkingDay(date: string): boolean
  /**
   * The `n`-th working day after `date` (n > 0), or before it (n < 0); `date` itself never counts.
   * n = 0 returns `date` unchanged.
   */
  addWorkingDays(date: string, n: number): string
  /**
   * The working days in (from, to] — after `from`, up to and including `to` — or minus the working
   * days in (to, from] when `to` is earlier; so it is antisymmetric and adds up over consecutive
   * spans. It undoes addWorkingDays: workingDaysBetween(from, addWorkingDays(from, n)) === n for
   * n >= 0, and for n < 0 when `from` is a working day.
   */
  workingDaysBetween(from: string, to: string): number
  /** `date` if it is a working day, else the next working day (S2 art.36: a deadline on a holiday moves to the next working day). */
  onOrNextWorkingDay(date: string): string
}

/** 0 = Sunday … 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** 0 = Sunday … 6 = Saturday of a civil date. */
export function weekdayOf(date: string): number {
  return weekday(dayNumber(date))
}

/** Why holiday data was refused; the admin's calendar editor names these as rule codes. */
export type CalendarDataRule = 'CALENDAR_DATE_INVALID' | 'CALENDAR_DATE_IN_BOTH' | 'CALENDAR_MAKEUP_NOT_WEEKEND'

/**
 * Bad holiday data. It stays a RangeError (a date outside what the calendar can mean) but also
 * names the rule and the date, so an editor can say which entry to fix rather than just "invalid".
 */
export class CalendarDataError extends RangeError {
  constructor(
    readonly rule: CalendarDataRule,
    readonly date: string,
    message: string
  ) {
    super(message)
    this.name = 'CalendarDataError'
  }
}

function dayOf(date: string): number {
  try {
    return dayNumber(date)
  } catch {
    throw new CalendarDataError('CALENDAR_DATE_INVALID', date, `${date} 不是有效日期（not a civil date）`)
  }
}

/**
 * A calendar from holiday data. Throws CalendarDataError (a RangeError) for a malformed date, a
 * date listed as both a holiday and a make-up day, or a make-up day on a weekday (a make-up day
 * is by definition a weekend worked; a weekday there is a data-entry slip).
 */
export function createHolidayCalendar(data: HolidayCalendarData): HolidayCalendar {
  const holidays = new Set(data.holidays.map(dayOf))
  const makeUp = new Set<number>()
  for (const date of data.makeUpWorkdays) {
    const day = dayOf(date)
    if (holidays.has(day)) throw new CalendarDataError('CALENDAR_DATE_IN_BOTH', date, `${date} 不能既是节假日又是调休上班日（listed both as a holiday and as a make-up working day）`)
    const wd = weekday(day)
    if (wd !== 0 && wd !== 6) throw new CalendarDataError('CALENDAR_MAKEUP_NOT_WEEKEND', date, `调休上班日 ${date} 不是周六或周日（make-up working day is not a Saturday or Sunday）`)
    makeUp.add(day)
  }

  const working = (day: number): boolean => {
    if (holidays.has(day)) return false
    const wd = weekday(day)
    return (wd !== 0 && wd !== 6) || makeUp.has(day)
  }

  return {
    isWorkingDay: (date) => working(dayNumber(date)),
    addWorkingDays(date, n) {
      if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer, got ${n}`)
      let day = dayNumber(date)
      const step = n < 0 ? -1 : 1
      for (let left = Math.abs(n); left > 0; ) {
        day += step
        if (working(day)) left--
      }
      return civilDateFromDayNumber(day)
    },
    workingDaysBetween(from, to) {
      const start = dayNumber(from)
      const end = dayNumber(to)
      const [low, high] = start <= end ? [start, end] : [end, start]
      let count = 0
      for (let day = low + 1; day <= high; day++) if (working(day)) count++
      return start <= end ? count : 0 - count
    },
    onOrNextWorkingDay(date) {
      let day = dayNumber(date)
      while (!working(day)) day++
      return civilDateFromDayNumber(day)
    }
  }
}
