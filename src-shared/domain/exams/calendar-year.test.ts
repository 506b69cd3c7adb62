import { describe, expect, it } from 'vitest'
import { checkCalendarYear } from './calendar-year'
import { CHINA_2026_CALENDAR_DATA } from './holidays-2026'

describe('checkCalendarYear', () => {
  it('accepts the built-in 2026 data, sorted and without duplicates', () => {
    const result = checkCalendarYear({ year: 2026, holidays: [...CHINA_2026_CALENDAR_DATA.holidays].reverse(), makeUpWorkdays: [...CHINA_2026_CALENDAR_DATA.makeUpWorkdays, '2026-01-04'] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.holidays).toEqual([...CHINA_2026_CALENDAR_DATA.holidays].sort())
    expect(result.data.makeUpWorkdays).toEqual([...CHINA_2026_CALENDAR_DATA.makeUpWorkdays].sort())
  })

  it('refuses a make-up day on a weekday, naming the date', () => {
    expect(checkCalendarYear({ year: 2026, holidays: [], makeUpWorkdays: ['2026-03-04'] })).toMatchObject({
      ok: false,
      rule: 'CALENDAR_MAKEUP_NOT_WEEKEND',
      params: { date: '2026-03-04' },
      message: expect.stringContaining('2026-03-04')
    })
  })

  it('refuses a date in both lists, an impossible date, a date of another year and a year out of range', () => {
    expect(checkCalendarYear({ year: 2026, holidays: ['2026-03-07'], makeUpWorkdays: ['2026-03-07'] })).toMatchObject({ ok: false, rule: 'CALENDAR_DATE_IN_BOTH', params: { date: '2026-03-07' } })
    expect(checkCalendarYear({ year: 2026, holidays: ['2026-02-30'], makeUpWorkdays: [] })).toMatchObject({ ok: false, rule: 'CALENDAR_DATE_INVALID', params: { date: '2026-02-30' } })
    expect(checkCalendarYear({ year: 2026, holidays: ['2027-01-01'], makeUpWorkdays: [] })).toMatchObject({ ok: false, rule: 'CALENDAR_DATE_OUTSIDE_YEAR', params: { date: '2027-01-01' } })
    expect(checkCalendarYear({ year: 1999, holidays: [], makeUpWorkdays: [] })).toMatchObject({ ok: false, rule: 'CALENDAR_YEAR_INVALID' })
  })

  it('accepts an empty year: weekends only', () => {
    expect(checkCalendarYear({ year: 2027, holidays: [], makeUpWorkdays: [] })).toEqual({ ok: true, data: { year: 2027, holidays: [], makeUpWorkdays: [] } })
  })
})
