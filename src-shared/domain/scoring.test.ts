import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, civilDateFromDayNumber, dayNumber } from './civil-date'
import { medicalCertificateDue, scoringCycle } from './scoring'

describe('scoringCycle', () => {
  it('runs from the anniversary of first issue', () => {
    expect(scoringCycle('2015-03-10', '2026-11-25')).toEqual({ start: '2026-03-10', end: '2027-03-09' })
    expect(scoringCycle('2015-12-01', '2026-11-25')).toEqual({ start: '2025-12-01', end: '2026-11-30' })
    expect(scoringCycle('2015-11-25', '2026-11-25')).toEqual({ start: '2026-11-25', end: '2027-11-24' })
  })

  it('handles a licence first issued on 29 February', () => {
    expect(scoringCycle('2016-02-29', '2026-11-25')).toEqual({ start: '2026-02-28', end: '2027-02-27' })
  })

  it('always contains today and lasts one year', () => {
    const date = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2030-12-31') }).map(civilDateFromDayNumber)
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [issued, today] = a <= b ? [a, b] : [b, a]
        const cycle = scoringCycle(issued, today)
        expect(cycle.start <= today && today <= cycle.end).toBe(true)
        const length = dayNumber(cycle.end) - dayNumber(cycle.start) + 1
        expect(length === 365 || length === 366 || length === 364).toBe(true)
        expect(addDays(cycle.end, 1) > today).toBe(true)
      })
    )
  })
})

describe('medicalCertificateDue', () => {
  const cycle = { start: '2026-03-10', end: '2027-03-09' }
  it('is 30 days after the cycle end from age 70', () => {
    expect(medicalCertificateDue('1955-01-01', cycle, '2026-11-25')).toBe('2027-04-08')
  })
  it('does not apply under 70', () => {
    expect(medicalCertificateDue('1957-01-01', cycle, '2026-11-25')).toBeNull()
  })
})
