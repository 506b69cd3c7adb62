import { describe, expect, it } from 'vitest'
import { addDays, addYears, ageOn, chinaDateOf, chinaInstant, dayNumber, isCivilDate, parseCivilDate } from './civil-date'

describe('civil dates', () => {
  it('knows which dates exist', () => {
    expect(isCivilDate(2024, 2, 29)).toBe(true)
    expect(isCivilDate(2023, 2, 29)).toBe(false)
    expect(isCivilDate(1900, 2, 29)).toBe(false)
    expect(isCivilDate(2000, 2, 29)).toBe(true)
    expect(parseCivilDate('2025-04-31')).toBeNull()
  })

  it('adds days and years, 29 February falling back to 28', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(addYears('2024-02-29', 6)).toBe('2030-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
  })

  it('counts age in whole years', () => {
    expect(ageOn('2000-06-30', '2018-06-29')).toBe(17)
    expect(ageOn('2000-06-30', '2018-06-30')).toBe(18)
  })

  it('converts between instants and China dates at UTC+8', () => {
    expect(chinaDateOf(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30')
    expect(chinaDateOf(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01')
    expect(chinaInstant('2025-07-01', 8 * 60 + 30)).toBe('2025-07-01T00:30:00.000Z')
  })
})
