import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { civilDateFromDayNumber, dayNumber } from '../civil-date'
import { createHolidayCalendar } from './calendar'
import { CHINA_2026_CALENDAR_DATA } from './holidays-2026'

const cal = createHolidayCalendar(CHINA_2026_CALENDAR_DATA)
const plain = createHolidayCalendar({ holidays: [], makeUpWorkdays: [] })

describe('isWorkingDay', () => {
  it('counts Monday–Friday and not the weekend', () => {
    expect(plain.isWorkingDay('2026-03-02')).toBe(true) // Monday
    expect(plain.isWorkingDay('2026-03-06')).toBe(true) // Friday
    expect(plain.isWorkingDay('2026-03-07')).toBe(false) // Saturday
    expect(plain.isWorkingDay('2026-03-08')).toBe(false) // Sunday
  })

  it('takes public holidays off and works the make-up weekend days (调休)', () => {
    expect(cal.isWorkingDay('2026-01-01')).toBe(false) // Thursday, 元旦
    expect(cal.isWorkingDay('2026-01-04')).toBe(true) // Sunday worked
    expect(cal.isWorkingDay('2026-02-16')).toBe(false) // Monday, 除夕
    expect(cal.isWorkingDay('2026-02-14')).toBe(true) // Saturday worked
    expect(cal.isWorkingDay('2026-10-07')).toBe(false) // Wednesday, 国庆
    expect(cal.isWorkingDay('2026-10-10')).toBe(true) // Saturday worked
  })
})

describe('addWorkingDays', () => {
  it('steps over weekends', () => {
    expect(plain.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09')
    expect(plain.addWorkingDays('2026-03-09', -1)).toBe('2026-03-06')
    expect(plain.addWorkingDays('2026-03-02', 5)).toBe('2026-03-09')
  })

  it('steps over the Spring Festival and lands on a make-up Saturday', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14')
    expect(cal.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24')
    expect(cal.addWorkingDays('2026-02-24', -1)).toBe('2026-02-14')
  })

  it('steps over National Day: one working day before the first exam day after it (E9)', () => {
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08')
    expect(cal.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30')
  })

  it('counts back from a weekend to the Friday before it', () => {
    expect(plain.addWorkingDays('2026-07-04', -1)).toBe('2026-07-03')
  })

  it('returns the date itself for n = 0, even on a holiday', () => {
    expect(cal.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03')
  })

  it('refuses a fractional n and a malformed date', () => {
    expect(() => cal.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError)
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow(RangeError)
  })
})

describe('workingDaysBetween', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2)
    expect(cal.workingDaysBetween('2026-02-24', '2026-02-13')).toBe(-2)
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0)
    expect(plain.workingDaysBetween('2026-03-06', '2026-03-08')).toBe(0)
  })
})

describe('onOrNextWorkingDay (S2 art.36 holiday roll-over)', () => {
  it('keeps a working day and moves a holiday to the next working day', () => {
    expect(cal.onOrNextWorkingDay('2026-03-02')).toBe('2026-03-02')
    expect(cal.onOrNextWorkingDay('2026-10-03')).toBe('2026-10-08')
    expect(cal.onOrNextWorkingDay('2026-02-14')).toBe('2026-02-14')
  })
})

describe('calendar data checks', () => {
  it('refuses a date that is both a holiday and a make-up day', () => {
    expect(() => createHolidayCalendar({ holidays: ['2026-03-07'], makeUpWorkdays: ['2026-03-07'] })).toThrow(RangeError)
  })

  it('refuses a make-up day on a weekday', () => {
    expect(() => createHolidayCalendar({ holidays: [], makeUpWorkdays: ['2026-03-04'] })).toThrow(/not a Saturday or Sunday/)
  })

  it('refuses a malformed date', () => {
    expect(() => createHolidayCalendar({ holidays: ['2026-13-01'], makeUpWorkdays: [] })).toThrow(RangeError)
  })
})

describe('calendar properties', () => {
  const day = fc.integer({ min: dayNumber('2025-12-01'), max: dayNumber('2027-01-31') }).map(civilDateFromDayNumber)
  const n = fc.integer({ min: -40, max: 40 })

  it('workingDaysBetween undoes addWorkingDays (backwards: from a working day), which lands on a working day', () => {
    fc.assert(
      fc.property(day, n, (from, k) => {
        const to = cal.addWorkingDays(from, k)
        if (k >= 0 || cal.isWorkingDay(from)) expect(cal.workingDaysBetween(from, to)).toBe(k)
        if (k !== 0) expect(cal.isWorkingDay(to)).toBe(true)
      })
    )
  })

  it('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, a)).toBe(0)
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(cal.workingDaysBetween(a, c))
      })
    )
  })
})
