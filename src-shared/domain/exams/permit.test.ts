import { describe, expect, it } from 'vitest'
import { permitLastValidDay, permitUnderSixMonthsLeft } from './permit'

const permit = (permitIssuedOn: string | null, ageLimitLastDay: string | null = null) => ({ permitIssuedOn, ageLimitLastDay })

describe('permitLastValidDay (E4)', () => {
  it('is the day before the third anniversary', () => {
    expect(permitLastValidDay(permit('2023-03-15'))).toBe('2026-03-14')
    expect(permitLastValidDay(permit('2026-01-01'))).toBe('2028-12-31')
  })

  it('handles a permit issued on 29 February', () => {
    expect(permitLastValidDay(permit('2024-02-29'))).toBe('2027-02-27')
  })

  it('stops at the age limit when that comes first', () => {
    expect(permitLastValidDay(permit('2025-01-01', '2026-06-30'))).toBe('2026-06-30')
    expect(permitLastValidDay(permit('2025-01-01', '2030-06-30'))).toBe('2027-12-31')
  })

  it('is null without a permit', () => {
    expect(permitLastValidDay(permit(null))).toBeNull()
  })
})

describe('permitUnderSixMonthsLeft (E15)', () => {
  // Issued 2023-03-15: valid to 2026-03-14, lapses at the start of 2026-03-15.
  it('is false with exactly six months left and true a day later', () => {
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2025-09-15')).toBe(false)
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2025-09-16')).toBe(true)
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2026-03-14')).toBe(true)
  })

  it('is false once expired, and without a permit', () => {
    expect(permitUnderSixMonthsLeft(permit('2023-03-15'), '2026-03-15')).toBe(false)
    expect(permitUnderSixMonthsLeft(permit(null), '2026-03-15')).toBe(false)
  })

  it('clamps to the month end (31 August + 6 months = end of February)', () => {
    // Issued 2023-03-01: lapses at the start of 2026-03-01; from 2025-08-31, six months reach 2026-02-28.
    expect(permitUnderSixMonthsLeft(permit('2023-03-01'), '2025-08-31')).toBe(false)
    expect(permitUnderSixMonthsLeft(permit('2023-03-01'), '2025-09-02')).toBe(true)
  })
})
