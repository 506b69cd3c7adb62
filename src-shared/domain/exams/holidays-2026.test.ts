import { describe, expect, it } from 'vitest'
import { dayNumber } from '../civil-date'
import { createHolidayCalendar } from './calendar'
import { CHINA_2026_CALENDAR_DATA, CHINA_HOLIDAYS_2026 } from './holidays-2026'

const weekday = (date: string) => (((dayNumber(date) + 4) % 7) + 7) % 7

describe('2026 holiday data', () => {
  it('builds a calendar (no overlaps, make-up days on weekends)', () => {
    expect(() => createHolidayCalendar(CHINA_2026_CALENDAR_DATA)).not.toThrow()
  })

  it('lists 2026 dates only, each once', () => {
    const all = [...CHINA_2026_CALENDAR_DATA.holidays, ...CHINA_2026_CALENDAR_DATA.makeUpWorkdays]
    expect(new Set(all).size).toBe(all.length)
    for (const date of all) expect(date.startsWith('2026-')).toBe(true)
  })

  it('gives each period consecutive days off', () => {
    for (const period of CHINA_HOLIDAYS_2026) {
      const days = period.daysOff.map(dayNumber)
      for (let i = 1; i < days.length; i++) expect(days[i]).toBe((days[i - 1] ?? 0) + 1)
    }
  })

  it('balances moved weekdays with make-up days: weekdays off = statutory weekdays + statutory days on a weekend + make-up days', () => {
    // Statutory days (《全国年节及纪念日放假办法》, 2024): a statutory day on a weekend is compensated by a weekday off.
    const statutory = ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-04-05', '2026-05-01', '2026-05-02', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-03']
    const weekdaysOff = CHINA_2026_CALENDAR_DATA.holidays.filter((d) => weekday(d) !== 0 && weekday(d) !== 6).length
    expect(weekdaysOff).toBe(statutory.length + CHINA_2026_CALENDAR_DATA.makeUpWorkdays.length)
  })

  it('marks as uncertain only dates of its own period', () => {
    for (const period of CHINA_HOLIDAYS_2026) {
      for (const date of period.uncertain) expect([...period.daysOff, ...period.makeUpWorkdays]).toContain(date)
    }
  })
})
