import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, civilDateFromDayNumber, dayNumber } from './civil-date'
import { lateFee } from './late-fee'

const delivered = '2026-01-01'
const onDay = (n: number) => addDays(delivered, n)

describe('lateFee worked examples: a 200-yuan fine delivered on day 0', () => {
  it.each([
    [15, 0, 0, 20000],
    [16, 1, 600, 20600],
    [48, 33, 19800, 39800],
    [49, 34, 20000, 40000],
    [50, 35, 20000, 40000],
    [400, 385, 20000, 40000]
  ])('paid on day %i: %i overdue days, surcharge %i fen, total %i fen', (day, overdueDays, surchargeFen, totalFen) => {
    expect(lateFee(20000, delivered, onDay(day))).toEqual({ dueOn: '2026-01-16', overdueDays, fineFen: 20000, surchargeFen, totalFen })
  })

  it('charges nothing when paid early, on the day of delivery or before it is due', () => {
    expect(lateFee(20000, delivered, onDay(0)).surchargeFen).toBe(0)
    expect(lateFee(20000, delivered, onDay(-3)).surchargeFen).toBe(0)
  })

  it('rounds a part of a fen down', () => {
    // 3 % of 3.33 yuan = 9.99 fen per day → 9 fen after one day, 19 fen (19.98) after two.
    expect(lateFee(333, delivered, onDay(16)).surchargeFen).toBe(9)
    expect(lateFee(333, delivered, onDay(17)).surchargeFen).toBe(19)
  })

  it('refuses a negative or fractional fine', () => {
    expect(() => lateFee(-1, delivered, delivered)).toThrow(RangeError)
    expect(() => lateFee(1.5, delivered, delivered)).toThrow(RangeError)
  })
})

describe('lateFee properties', () => {
  const fine = fc.integer({ min: 0, max: 10_000_000 })
  const day = fc.integer({ min: dayNumber('2020-01-01'), max: dayNumber('2035-12-31') }).map(civilDateFromDayNumber)

  it('is never negative and never above the fine', () => {
    fc.assert(
      fc.property(fine, day, day, (f, d, p) => {
        const fee = lateFee(f, d, p)
        expect(fee.surchargeFen).toBeGreaterThanOrEqual(0)
        expect(fee.surchargeFen).toBeLessThanOrEqual(f)
        expect(fee.totalFen).toBe(f + fee.surchargeFen)
        expect(Number.isInteger(fee.surchargeFen)).toBe(true)
      })
    )
  })

  it('is monotone in the payment date', () => {
    fc.assert(
      fc.property(fine, day, day, fc.integer({ min: 0, max: 500 }), (f, d, p, later) => {
        expect(lateFee(f, d, addDays(p, later)).surchargeFen).toBeGreaterThanOrEqual(lateFee(f, d, p).surchargeFen)
      })
    )
  })
})
