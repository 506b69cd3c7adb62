import type { HolidayCalendarData } from './calendar'

/**
 * Default holiday data for 2026. The State Council (国务院办公厅) publishes each year's arrangement
 * (关于XXXX年部分节假日安排的通知) around November of the year before; an administrator updates this
 * data from that notice every year. Outside the years listed here the calendar knows only weekends.
 *
 * Source: recalled from 《国务院办公厅关于2026年部分节假日安排的通知》, written without network access, and
 * checked only for consistency with the statutory days of 《全国年节及纪念日放假办法》 as amended in
 * 2024 (元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3) and with the weekdays
 * of each date. Dates in `uncertain` are the ones recalled with less confidence: make-up working
 * days, whose placement arithmetic alone does not fix. Confirm them against the published notice
 * before relying on a deadline that depends on them.
 */
export interface HolidayPeriod {
  readonly name: string
  /** Every day off in the period, weekends included. */
  readonly daysOff: readonly string[]
  /** Weekend days worked instead (调休上班). */
  readonly makeUpWorkdays: readonly string[]
  /** Dates of this period to confirm against the notice. */
  readonly uncertain: readonly string[]
}

export const CHINA_HOLIDAYS_2026: readonly HolidayPeriod[] = [
  // 1 Jan (Thu) statutory; 2 Jan (Fri) moved to Sunday 4 Jan.
  { name: '元旦', daysOff: ['2026-01-01', '2026-01-02', '2026-01-03'], makeUpWorkdays: ['2026-01-04'], uncertain: [] },
  // 除夕 16 Feb, 初一 17 Feb; statutory 16–19 Feb; 9 days off from 腊月二十八 (Sun 15 Feb) to 23 Feb (Mon).
  {
    name: '春节',
    daysOff: ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
    makeUpWorkdays: ['2026-02-14', '2026-02-28'],
    uncertain: ['2026-02-14', '2026-02-28']
  },
  // 清明 solar term 5 Apr (Sun); Monday 6 Apr off in its place.
  { name: '清明节', daysOff: ['2026-04-04', '2026-04-05', '2026-04-06'], makeUpWorkdays: [], uncertain: [] },
  // Statutory 1–2 May (Fri, Sat); 5 days off to Tue 5 May, one make-up Saturday.
  { name: '劳动节', daysOff: ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'], makeUpWorkdays: ['2026-05-09'], uncertain: ['2026-05-09'] },
  // 端午 (五月初五) 19 Jun (Fri).
  { name: '端午节', daysOff: ['2026-06-19', '2026-06-20', '2026-06-21'], makeUpWorkdays: [], uncertain: [] },
  // 中秋 (八月十五) 25 Sep (Fri).
  { name: '中秋节', daysOff: ['2026-09-25', '2026-09-26', '2026-09-27'], makeUpWorkdays: [], uncertain: [] },
  // Statutory 1–3 Oct (Thu–Sat); 7 days off to Wed 7 Oct, two make-up weekend days.
  {
    name: '国庆节',
    daysOff: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    makeUpWorkdays: ['2026-09-20', '2026-10-10'],
    uncertain: ['2026-09-20', '2026-10-10']
  }
]

/** The 2026 periods flattened for createHolidayCalendar. */
export const CHINA_2026_CALENDAR_DATA: HolidayCalendarData = {
  holidays: CHINA_HOLIDAYS_2026.flatMap((p) => p.daysOff),
  makeUpWorkdays: CHINA_HOLIDAYS_2026.flatMap((p) => p.makeUpWorkdays)
}
